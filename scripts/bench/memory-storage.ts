/** The Web Storage interface over a Map, standing in for localStorage outside a browser. */
export class MemoryStorage implements Storage {
	private readonly items = new Map<string, string>();
	[name: string]: unknown;

	get length() {
		return this.items.size;
	}

	clear() {
		this.items.clear();
	}

	getItem(key: string) {
		return this.items.get(key) ?? null;
	}

	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}

	removeItem(key: string) {
		this.items.delete(key);
	}

	setItem(key: string, value: string) {
		this.items.set(key, String(value));
	}
}
