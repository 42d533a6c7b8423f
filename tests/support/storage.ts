/**
 * Fake Web Storage for tests and the bench: in memory, failing on reads or writes, or full past
 * a quota.
 */

/**
 * An in-memory Web Storage. Stored items are own enumerable properties, as on `localStorage`,
 * so `Object.keys(storage)` lists them.
 */
export class MemoryStorage implements Storage {
	[name: string]: unknown;

	get length() {
		return Object.keys(this).length;
	}

	clear() {
		for (const key of Object.keys(this)) delete this[key];
	}

	getItem(key: string): string | null {
		return Object.prototype.hasOwnProperty.call(this, key) ? String(this[key]) : null;
	}

	key(index: number): string | null {
		return Object.keys(this)[index] ?? null;
	}

	removeItem(key: string) {
		delete this[key];
	}

	setItem(key: string, value: string) {
		this[key] = String(value);
	}
}

/** A storage whose reads or writes throw a DOMException of the given name. */
export class ThrowingStorage extends MemoryStorage {
	// A private field is not an own enumerable property, so it never looks like a stored item.
	readonly #fail: { get?: string; set?: string };

	/**
	 * `items` are stored before any failure applies, as data a browser already holds. `fail` is
	 * read on every call, so a test may change it to make room again.
	 */
	constructor(fail: { get?: string; set?: string }, items: Record<string, string> = {}) {
		super();
		this.#fail = fail;
		Object.assign(this, items);
	}

	getItem(key: string): string | null {
		if (this.#fail.get) throw new DOMException('x', this.#fail.get);
		return super.getItem(key);
	}

	setItem(key: string, value: string) {
		if (this.#fail.set) throw new DOMException('x', this.#fail.set);
		super.setItem(key, value);
	}
}

/**
 * A storage that holds at most `quota` characters of keys and values, as browsers count
 * localStorage (Chromium: 5 MiB of UTF-16), and throws QuotaExceededError past it.
 */
export class QuotaStorage extends MemoryStorage {
	readonly #quota: { chars: number };

	/** `quota.chars` is read on every write, so a test may change it to make room. */
	constructor(quota: number | { chars: number }, items: Record<string, string> = {}) {
		super();
		this.#quota = typeof quota === 'number' ? { chars: quota } : quota;
		Object.assign(this, items);
	}

	/** Characters used now, keys included. */
	used() {
		return Object.keys(this).reduce((n, key) => n + key.length + String(this[key]).length, 0);
	}

	setItem(key: string, value: string) {
		const old = this.getItem(key);
		const after =
			this.used() - (old === null ? 0 : key.length + old.length) + key.length + value.length;
		if (after > this.#quota.chars) throw new DOMException('full', 'QuotaExceededError');
		super.setItem(key, value);
	}
}
