// How much room ProgressStore finds used, and what it keeps of backups and their downloads.
import { describe, expect, it } from 'vitest';
import { MemoryStorage, ThrowingStorage } from '$testing/storage';
import { BACKUP_PREFIX, DOWNLOADED_KEY, ProgressStore, STORAGE_KEY } from './storage';

const store_on = (storage: Storage | undefined) => new ProgressStore(() => storage);

const unreachable = () =>
	new ProgressStore(() => {
		throw new DOMException('x', 'SecurityError');
	});

describe('ProgressStore.usage', () => {
	it('counts the characters of keys and values: Mobilize’s own, and the whole site’s', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, 'abc'); // 17 + 3
		storage.setItem(`${BACKUP_PREFIX}1`, 'de'); // 17 + 2
		storage.setItem('other', '12345'); // 5 + 5
		const store = store_on(storage);
		expect(store.usage()).toEqual({ ours: 39, all: 49 });
		expect(store.used(storage, (key) => key === 'other')).toBe(39);
		const elsewhere = new MemoryStorage();
		elsewhere.setItem('k', 'v');
		expect(store.used(elsewhere)).toBe(2);
	});

	it('counts nothing in a storage that is missing or cannot be reached', () => {
		expect(store_on(undefined).usage()).toEqual({ ours: 0, all: 0 });
		expect(unreachable().usage()).toEqual({ ours: 0, all: 0 });
	});
});

describe('ProgressStore.backups', () => {
	it('offers none when storage cannot be read', () => {
		const storage = new ThrowingStorage({ get: 'SecurityError' }, { [`${BACKUP_PREFIX}1`]: 'x' });
		expect(store_on(storage).backups()).toEqual([]);
		expect(unreachable().backups()).toEqual([]);
	});

	it('notes each download in storage, so the next visit knows which were downloaded', () => {
		const keys = [1, 2, 3].map((n) => `${BACKUP_PREFIX}${n}`);
		const storage = new MemoryStorage();
		for (const [i, key] of keys.entries()) storage.setItem(key, `text ${i + 1}`);
		const store = store_on(storage);
		store.mark_downloaded(keys[0]!);
		store.mark_downloaded(keys[2]!);
		expect(storage.getItem(DOWNLOADED_KEY)).toBe(`${keys[0]} ${keys[2]}`);
		expect(store_on(storage).backups()).toEqual([
			{ key: keys[0], text: 'text 1', downloaded: true },
			{ key: keys[1], text: 'text 2', downloaded: false },
			{ key: keys[2], text: 'text 3', downloaded: true }
		]);
	});

	it('remembers a download in this tab when storage is too full to note it', () => {
		const key = `${BACKUP_PREFIX}1`;
		const storage = new ThrowingStorage({ set: 'QuotaExceededError' }, { [key]: 'text' });
		const store = store_on(storage);
		expect(() => store.mark_downloaded(key)).not.toThrow();
		expect(storage.getItem(DOWNLOADED_KEY)).toBeNull();
		expect(store.backups()).toEqual([{ key, text: 'text', downloaded: true }]);
		expect(() => store_on(undefined).mark_downloaded(key)).not.toThrow();
	});
});
