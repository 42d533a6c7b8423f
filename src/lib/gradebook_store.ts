/**
 * The gradebook's storage: results in IndexedDB, through idb-keyval. A class's results outgrow
 * localStorage's few megabytes, and IndexedDB keeps structured values without a JSON pass.
 *
 * Every call is in try/catch: IndexedDB is missing or refuses to open in some private modes, and
 * a full disk fails a write. The page then says so and keeps working with what it has in memory.
 * What is read back is validated: an entry this version cannot read is counted and left alone.
 */
import { clear, createStore, entries, setMany, values, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import type { StoredResult } from './classroom/gradebook_import';
import { result_schema } from './classroom/result';

const DATABASE = 'mobilize-gradebook';
const STORE = 'results';

const stored_schema = v.strictObject({
	key: v.string(),
	assignment: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
	result: result_schema,
	imported: v.number()
});

export type Opened = { ok: true; store: GradebookStore } | { ok: false; problem: string };

const UNAVAILABLE =
	'This browser does not let the page keep data (private browsing, or storage blocked for this site), so results imported now are shown but are not kept: they are gone when you close the page. Use a normal window to keep a gradebook.';

/** Opens the gradebook; never throws. */
export async function open_gradebook(): Promise<Opened> {
	try {
		if (typeof indexedDB === 'undefined') return { ok: false, problem: UNAVAILABLE };
		const store = createStore(DATABASE, STORE);
		// createStore opens lazily: one read proves the database opens here.
		await values(store);
		return { ok: true, store: new GradebookStore(store) };
	} catch {
		return { ok: false, problem: UNAVAILABLE };
	}
}

export class GradebookStore {
	constructor(private readonly store: UseStore) {}

	/**
	 * Every result stored, and the keys of entries that could not be read (left as they are; an
	 * import never writes over them, see `GradebookState.import`).
	 */
	async load(): Promise<{ results: StoredResult[]; unreadable: string[] }> {
		const raw = await entries<IDBValidKey, unknown>(this.store);
		const results: StoredResult[] = [];
		const unreadable: string[] = [];
		for (const [key, value] of raw) {
			const parsed = v.safeParse(stored_schema, value);
			if (parsed.success) results.push(parsed.output);
			else unreadable.push(typeof key === 'string' ? key : JSON.stringify(key));
		}
		return { results, unreadable };
	}

	/** Adds results in one transaction: all of them are kept, or none. */
	async add(results: readonly StoredResult[]): Promise<void> {
		await setMany(
			results.map((r) => [r.key, r]),
			this.store
		);
	}

	async clear(): Promise<void> {
		await clear(this.store);
	}
}

export interface StorageFigures {
	/** Whether the browser has promised not to evict the site's data; undefined if it cannot say. */
	persisted: boolean | undefined;
	usage: number | undefined;
	quota: number | undefined;
}

/** What the site uses and may use, as the browser estimates it; never throws. */
export async function storage_figures(): Promise<StorageFigures> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	const figures: StorageFigures = { persisted: undefined, usage: undefined, quota: undefined };
	try {
		if (storage?.persisted) figures.persisted = await storage.persisted();
		if (storage?.estimate) {
			const { usage, quota } = await storage.estimate();
			figures.usage = usage;
			figures.quota = quota;
		}
	} catch {
		// Some browsers refuse these in private mode; the figures stay unknown.
	}
	return figures;
}

/**
 * Asks the browser to keep the gradebook when space runs low. Chromium decides without asking
 * (by engagement); Firefox asks the user. Returns whether storage is now persistent.
 */
export async function request_persistence(): Promise<boolean | undefined> {
	try {
		return typeof navigator !== 'undefined' && navigator.storage?.persist
			? await navigator.storage.persist()
			: undefined;
	} catch {
		return undefined;
	}
}

/** Bytes as the page shows them: "1.2 MB", "340 KB". */
export function bytes_text(bytes: number) {
	if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
