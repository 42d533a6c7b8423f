// What ProgressStore says and stores when storage fails, is full, or keeps something other than
// what was written: the edges storage.test.ts leaves out.
import { describe, expect, it } from 'vitest';
import { answer_record, state_with } from '$testing/progress';
import { MemoryStorage, QuotaStorage } from '$testing/storage';
import { decode, encode } from './codec';
import { merge_states } from './merge';
import { is_full, ProgressStore, STORAGE_KEY, type Reclaim } from './storage';

const NOW = 1_700_000_000_000;
const NOT_KEPT =
	'Progress will not be kept on this device after you close the tab, so export it from the Progress page to keep it.';

const X = () => state_with({ q1: [answer_record(true, 100, 'x')] });
const Y = () => state_with({ q2: [answer_record(false, 200, 'y')] });

const store_on = (storage: Storage) =>
	new ProgressStore(
		() => storage,
		() => NOW
	);

/** A storage whose writes throw a DOMException named `name` with the legacy `code`. */
class Refusing extends MemoryStorage {
	readonly #error: DOMException;

	constructor(name: string, code: number) {
		super();
		// Browsers have set either the name or the legacy code 22 for a full storage.
		this.#error = Object.defineProperty(new DOMException('x', name), 'code', { value: code });
	}

	setItem() {
		throw this.#error;
	}
}

/** A storage that keeps the first progress record written to it, whatever is written after. */
class KeepsFirst extends MemoryStorage {
	setItem(key: string, value: string) {
		if (key !== STORAGE_KEY || this.getItem(key) === null) super.setItem(key, value);
	}
}

/** A storage that cuts the end off every progress record written to it. */
class Truncating extends MemoryStorage {
	setItem(key: string, value: string) {
		super.setItem(key, key === STORAGE_KEY ? value.slice(0, -5) : value);
	}
}

describe('a write storage refuses', () => {
	it('is said to be a full storage when the error is named so, or has the legacy code 22', () => {
		for (const storage of [new Refusing('QuotaExceededError', 0), new Refusing('Quota', 22)]) {
			const written = store_on(storage).write(X());
			expect(written).toEqual({
				state: X(),
				saved: false,
				notice: {
					kind: 'full',
					message: `This browser’s storage for Mobilize is full, so your latest answers are not saved. ${NOT_KEPT}`
				}
			});
		}
		expect(is_full(new Error('QuotaExceededError'))).toBe(false);
	});

	it('is said to have failed, not to be full, for any other error', () => {
		const written = store_on(new Refusing('SecurityError', 18)).write(X());
		expect(written.notice).toEqual({
			kind: 'unavailable',
			message: `Saving to this browser’s storage failed. ${NOT_KEPT}`
		});
	});
});

describe('a store that could not read storage', () => {
	it('never writes over what it could not read, even once storage answers again', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, encode(X()));
		let calls = 0;
		const store = new ProgressStore(() => {
			if (calls++ === 0) throw new DOMException('x', 'SecurityError');
			return storage;
		});
		expect(store.read().notices.map((n) => n.kind)).toEqual(['unavailable']);
		expect(store.write(Y())).toEqual({ state: Y(), saved: false });
		expect(storage.getItem(STORAGE_KEY)).toBe(encode(X()));
	});
});

describe('a store whose progress another tab removed', () => {
	it('saves afresh, without taking the removal for unreadable data', () => {
		const storage = new MemoryStorage();
		const store = store_on(storage);
		expect(store.write(X()).saved).toBe(true);
		storage.removeItem(STORAGE_KEY);
		expect(store.write(Y())).toEqual({ state: Y(), saved: true });
		expect(Object.keys(storage)).toEqual([STORAGE_KEY]);
	});
});

describe('a verified write', () => {
	it('is saved once it reads back, with the state read back', () => {
		const storage = new MemoryStorage();
		const store = store_on(storage);
		expect(store.write(X()).saved).toBe(true);
		storage.setItem(STORAGE_KEY, encode(Y())); // another tab's save
		expect(store.write(X(), { verify: true })).toEqual({
			state: merge_states(Y(), X()),
			saved: true
		});
		expect(decode(storage.getItem(STORAGE_KEY)!)).toEqual({
			ok: true,
			state: merge_states(Y(), X())
		});
	});

	it('is not saved when storage keeps an earlier record, though that one reads', () => {
		const storage = new KeepsFirst();
		const store = store_on(storage);
		expect(store.write(X()).saved).toBe(true);
		expect(store.write(Y(), { verify: true })).toEqual({
			state: Y(),
			saved: false,
			notice: expect.objectContaining({ kind: 'unavailable' })
		});
		expect(storage.getItem(STORAGE_KEY)).toBe(encode(X()));
	});

	it('leaves empty storage empty when what it wrote does not read back', () => {
		const storage = new Truncating();
		const written = store_on(storage).write(X(), { verify: true });
		expect(written.saved).toBe(false);
		expect(Object.keys(storage)).toEqual([]);
	});

	it('is asked for: a plain write trusts storage and does not read back', () => {
		const storage = new Truncating();
		expect(store_on(storage).write(X())).toEqual({ state: X(), saved: true });
		expect(decode(storage.getItem(STORAGE_KEY)!).ok).toBe(false);
	});
});

describe('a write to full storage with a way to make room', () => {
	/** Makes room by dropping `junk`, then writes; as full.ts does with downloaded backups. */
	const drop_junk: Reclaim = (_store, storage, state) => {
		storage.removeItem('junk');
		const text = encode(state);
		storage.setItem(STORAGE_KEY, text);
		return { state, text };
	};

	it('is saved once room is made, and the next write needs no room made', () => {
		const storage = new QuotaStorage(600, { junk: 'x'.repeat(550) });
		const store = store_on(storage);
		store.reclaim = drop_junk;
		expect(store.write(X())).toEqual({ state: X(), saved: true });
		expect(Object.keys(storage)).toEqual([STORAGE_KEY]);
		store.reclaim = () => {
			throw new Error('no room should be needed');
		};
		expect(store.write(merge_states(X(), Y())).saved).toBe(true);
	});

	it('says how much it needs and about how much is free when no room can be made', () => {
		const store = store_on(new QuotaStorage(10));
		const message = 'It needs 300 characters; about 10 are free.';
		store.reclaim = () => ({ needed: 300, room: 10, message });
		expect(store.write(X())).toEqual({
			state: X(),
			saved: false,
			notice: { kind: 'full', message: `${message} ${NOT_KEPT}` },
			needed: 300,
			room: 10,
			message
		});
	});
});
