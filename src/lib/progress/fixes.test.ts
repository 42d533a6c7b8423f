import { describe, expect, it } from 'vitest';
import { answer_record, MemoryStorage, state_with } from '../test-fixtures';
import { decode, encode } from './codec';
import { import_progress } from './import';
import { merge_states } from './merge';
import { empty_state } from './schema';
import { BACKUP_PREFIX, ProgressStore, STORAGE_KEY } from './storage';

const backups = (storage: Storage) =>
	Object.keys(storage)
		.filter((key) => key.startsWith(BACKUP_PREFIX))
		.map((key) => storage.getItem(key));

describe('setting unreadable data aside', () => {
	it('keeps two backups made in the same millisecond', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(
			() => storage,
			() => 1000
		);
		storage.setItem(STORAGE_KEY, 'first unreadable');
		store.read();
		storage.setItem(STORAGE_KEY, 'second unreadable');
		store.write(empty_state());
		expect(backups(storage).sort()).toEqual(['first unreadable', 'second unreadable']);
	});

	it('tells the learner when a save finds unreadable data another tab wrote', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(() => storage);
		store.read();
		storage.setItem(STORAGE_KEY, '{broken');
		const { notice } = store.write(state_with({ q1: [answer_record(true, 5)] }));
		expect(notice?.kind).toBe('set-aside');
		expect(notice?.backup?.text).toBe('{broken');
		expect(decode(storage.getItem(STORAGE_KEY)!).ok).toBe(true);
	});
});

describe('merge order', () => {
	it('sorts and de-duplicates answers that only one side holds', () => {
		const a = state_with({
			q1: [answer_record(true, 30), answer_record(false, 10), answer_record(false, 10)]
		});
		expect(merge_states(a, empty_state()).answers.q1.map((r) => r.at)).toEqual([10, 30]);
	});
});

describe('stored shape', () => {
	it('refuses a list where a record of lessons is expected', () => {
		const result = decode('{"version":1,"lessons_read":[5],"answers":{},"attempts":{}}');
		expect(result).toMatchObject({ ok: false, reason: 'invalid' });
		expect(result.ok ? '' : result.message).toContain('lessons_read');
	});

	it('refuses a list where the answers record is expected', () => {
		const result = decode(encode(empty_state()).replace('"answers":{}', '"answers":[]'));
		expect(result.ok ? '' : result.message).toContain('answers: expected an object');
	});
});

describe('import messages', () => {
	it('start with a capital when no file name is given', () => {
		const result = import_progress(empty_state(), '');
		expect(result.ok ? '' : result.message).toBe('The file is empty. Nothing was changed.');
	});
});
