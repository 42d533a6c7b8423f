import { describe, expect, it } from 'vitest';
import { answer_record, attempt_record, state_with } from '$testing/progress';
import { MemoryStorage, QuotaStorage, ThrowingStorage } from '$testing/storage';
import { decode, encode } from './codec';
import { merge_states } from './merge';
import { empty_state, type ProgressState } from './schema';
import { BACKUP_PREFIX, DOWNLOADED_KEY, ProgressStore, STORAGE_KEY } from './storage';
import { at } from '$lib/must';

const NOW = 1_700_000_000_000;

const X = state_with({ q1: [answer_record(true, 100, 'x')] });
const Y = state_with({ q2: [answer_record(false, 200, 'y')] });

const store_on = (storage: Storage | undefined, now = NOW) =>
	new ProgressStore(
		() => storage,
		() => now
	);

/** What is stored under the progress key, decoded; fails the test when it does not decode. */
function stored_state(storage: Storage): ProgressState {
	const text = storage.getItem(STORAGE_KEY);
	expect(text).not.toBeNull();
	const decoded = decode(text!);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.state;
}

const attempt = attempt_record;

const backup_keys = (storage: Storage) =>
	Object.keys(storage).filter((key) => key.startsWith(BACKUP_PREFIX));

describe('the fake storage', () => {
	it('behaves like localStorage for the calls the store makes', () => {
		const storage = new MemoryStorage();
		storage.setItem('a', '1');
		storage.setItem('b', '2');
		expect(Object.keys(storage)).toEqual(['a', 'b']);
		expect(storage.getItem('a')).toBe('1');
		expect(storage.getItem('missing')).toBeNull();
		storage.removeItem('a');
		expect(storage.length).toBe(1);
		expect(new ThrowingStorage({}, { k: 'v' }).getItem('k')).toBe('v');
		expect(Object.keys(new ThrowingStorage({ set: 'QuotaExceededError' }, { k: 'v' }))).toEqual([
			'k'
		]);
	});
});

describe('ProgressStore.read', () => {
	it('gives a fresh state and no notice for empty storage', () => {
		expect(store_on(new MemoryStorage()).read()).toEqual({ state: empty_state(), notices: [] });
	});

	it('gives back what was written', () => {
		const storage = new MemoryStorage();
		const store = store_on(storage);
		expect(store.write(X)).toEqual({ state: X, saved: true });
		expect(store.read()).toEqual({ state: X, notices: [] });
		expect(store_on(storage).read().state).toEqual(X);
	});

	it('sets corrupted data aside under a backup key, and offers it for download', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{"version":1,"answ');
		const { state, notices } = store_on(storage).read();
		expect(state).toEqual(empty_state());
		expect(notices).toHaveLength(1);
		const notice = at(notices, 0);
		expect(notice.kind).toBe('set-aside');
		expect(notice.message).toContain('not valid JSON');
		expect(notice.backup).toEqual({ key: `${BACKUP_PREFIX}${NOW}`, text: '{"version":1,"answ' });
		expect(notice.backup!.key!.startsWith('mobilize:backup:')).toBe(true);
		expect(storage.getItem(notice.backup!.key!)).toBe('{"version":1,"answ');
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});

	it('sets data from a newer version aside too, never dropping it', () => {
		const storage = new MemoryStorage();
		const newer = JSON.stringify({ version: 99, answers: { q9: 'future' } });
		storage.setItem(STORAGE_KEY, newer);
		const store = store_on(storage);
		const { notices } = store.read();
		expect(notices.map((n) => n.kind)).toEqual(['set-aside']);
		expect(notices[0]?.message).toMatch(/newer version/);
		expect(notices[0]?.backup?.text).toBe(newer);
		store.write(X);
		expect(store.backups()).toEqual([
			{ key: `${BACKUP_PREFIX}${NOW}`, text: newer, downloaded: false }
		]);
		expect(stored_state(storage)).toEqual(X);
	});

	it('reports storage that throws SecurityError as unavailable', () => {
		const storage = new ThrowingStorage({ get: 'SecurityError', set: 'SecurityError' });
		const store = store_on(storage);
		const { state, notices } = store.read();
		expect(state).toEqual(empty_state());
		expect(notices.map((n) => n.kind)).toEqual(['unavailable']);
		expect(notices[0]?.message).toContain('export');
		expect(() => store.write(X)).not.toThrow();
		expect(store.write(X).state).toEqual(X);
	});

	it('reports a missing storage as unavailable', () => {
		const store = store_on(undefined);
		expect(store.read().notices.map((n) => n.kind)).toEqual(['unavailable']);
		expect(() => store.write(X)).not.toThrow();
		expect(store.backups()).toEqual([]);
	});

	it('reports a storage getter that throws as unavailable', () => {
		const store = new ProgressStore(() => {
			throw new DOMException('x', 'SecurityError');
		});
		expect(store.read().notices.map((n) => n.kind)).toEqual(['unavailable']);
		expect(() => store.write(X)).not.toThrow();
		expect(() => store.forget()).not.toThrow();
	});
});

describe('a stored record that needs repair', () => {
	/** Two attempts: one lists a question twice and sits past its questions; one is sound. */
	const stored = () =>
		JSON.stringify({
			...JSON.parse(encode(X)),
			attempts: {
				bad: { ...attempt('bad'), item_ids: ['q1', 'q2', 'q1'], position: 7 },
				good: attempt('good')
			}
		});

	it('is repaired, not set aside, and the learner is told what was repaired', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, stored());
		const { state, notices } = store_on(storage).read();
		expect(backup_keys(storage)).toEqual([]);
		expect(state.answers.q1).toEqual(X.answers.q1);
		expect(Object.keys(state.attempts).sort()).toEqual(['bad', 'good']);
		expect(state.attempts.bad?.item_ids).toEqual(['q1', 'q2']);
		expect(state.attempts.bad?.position).toBe(1);
		expect(notices).toEqual([
			{
				kind: 'repaired',
				message:
					'Your saved progress did not quite follow the rules of a progress record: 2 things in it were repaired: the list of questions in the mixed quiz started 1 Jan 1970, 00:00 UTC had a question in it twice, so that question is kept once; the current question of the mixed quiz started 1 Jan 1970, 00:00 UTC was question 8, past its 2 questions, so it is set to question 2. (Fields: attempts.bad.item_ids; attempts.bad.position) The repaired progress is saved.'
			}
		]);
	});

	it('is saved repaired, so the next load neither repairs nor reports it again', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, stored());
		const first = store_on(storage).read();
		expect(decode(storage.getItem(STORAGE_KEY)!)).toEqual({ ok: true, state: first.state });
		expect(store_on(storage).read()).toEqual({ state: first.state, notices: [] });
	});

	it('says so when the repaired record cannot be saved, and leaves the stored text as it was', () => {
		const full = new ThrowingStorage({ set: 'QuotaExceededError' }, { [STORAGE_KEY]: stored() });
		const { notices } = store_on(full).read();
		expect(notices.map((n) => n.kind)).toEqual(['repaired']);
		expect(notices[0]?.message).toMatch(/It is repaired here, but could not be saved\.$/);
		expect(full.getItem(STORAGE_KEY)).toBe(stored());
	});
});

describe('ProgressStore.write', () => {
	it('keeps both tabs’ answers when two stores write in turn', () => {
		const storage = new MemoryStorage();
		const tab_a = store_on(storage);
		const tab_b = store_on(storage);
		tab_a.read();
		tab_b.read(); // B reads before A writes, so B's own state does not hold X.
		tab_a.write(X);
		const { state } = tab_b.write(Y);
		const final = stored_state(storage);
		expect(final.answers).toEqual({ ...X.answers, ...Y.answers });
		expect(state).toEqual(final);
	});

	it('keeps both answers when two tabs answer the same item', () => {
		const storage = new MemoryStorage();
		const a = state_with({ q1: [answer_record(true, 100, 'x')] });
		const b = state_with({ q1: [answer_record(false, 150, 'y')] });
		store_on(storage).write(a);
		store_on(storage).write(b);
		expect(stored_state(storage).answers.q1?.map((r) => r.at)).toEqual([100, 150]);
	});

	it('reports full storage when setItem throws QuotaExceededError, and returns the state', () => {
		const storage = new ThrowingStorage({ set: 'QuotaExceededError' });
		const store = store_on(storage);
		expect(store.read().notices).toEqual([]);
		const result = store.write(X);
		expect(result.state).toEqual(X);
		expect(result.notice?.kind).toBe('full');
		expect(result.notice?.message).toContain('full');
	});

	it('reports other write failures as unavailable', () => {
		const storage = new ThrowingStorage({ set: 'SecurityError' });
		const result = store_on(storage).write(X);
		expect(result.notice?.kind).toBe('unavailable');
	});

	it('merges what is already stored before it writes', () => {
		const storage = new ThrowingStorage(
			{ set: 'QuotaExceededError' },
			{ [STORAGE_KEY]: encode(X) }
		);
		const result = store_on(storage).write(Y);
		expect(result.state).toEqual(merge_states(X, Y));
		expect(result.notice?.kind).toBe('full');
		expect(storage.getItem(STORAGE_KEY)).toBe(encode(X));
	});

	it('sets aside unreadable data another tab stored, then saves', () => {
		const storage = new MemoryStorage();
		const store = store_on(storage);
		store.read();
		storage.setItem(STORAGE_KEY, 'garbage');
		expect(store.write(X).state).toEqual(X);
		expect(stored_state(storage)).toEqual(X);
		expect(store.backups()).toEqual([
			{ key: `${BACKUP_PREFIX}${NOW}`, text: 'garbage', downloaded: false }
		]);
	});

	it('leaves unreadable data untouched when it cannot be set aside', () => {
		const original = JSON.stringify({ version: 99, answers: 'precious' });
		const storage = new ThrowingStorage({ set: 'QuotaExceededError' }, { [STORAGE_KEY]: original });
		const store = store_on(storage);
		const { notices } = store.read();
		expect(notices.map((n) => n.kind)).toEqual(['unsaved-backup']);
		expect(notices[0]?.message).toMatch(
			/newer version.* It could not be copied aside, so Mobilize will leave it untouched and not save new progress here\. Download it, then use “Forget this device” to start again\.$/
		);
		expect(notices[0]?.backup).toEqual({ text: original });
		expect(() => store.write(X)).not.toThrow();
		expect(store.write(X).state).toEqual(X);
		expect(storage.getItem(STORAGE_KEY)).toBe(original);
		expect(backup_keys(storage)).toEqual([]);
	});

	it('does not overwrite unreadable data another tab stored when it cannot be set aside', () => {
		const quota = { chars: Infinity };
		const storage = new QuotaStorage(quota);
		const store = store_on(storage);
		expect(store.write(X).saved).toBe(true);
		// Another tab stores something unreadable, and then no copy of it fits, though a record
		// smaller than it would fit in its place.
		const garbage = 'x'.repeat(2000);
		storage.setItem(STORAGE_KEY, garbage);
		quota.chars = storage.used();
		for (const state of [Y, X]) {
			const result = store.write(state);
			expect(result.saved).toBe(false);
			expect(storage.getItem(STORAGE_KEY)).toBe(garbage);
		}
		expect(backup_keys(storage)).toEqual([]);
	});
});

describe('ProgressStore.absorb', () => {
	it('merges another tab’s saved state and ignores what it cannot read', () => {
		const store = store_on(new MemoryStorage());
		expect(store.absorb(X, encode(Y))).toEqual(merge_states(X, Y));
		expect(store.absorb(X, 'garbage')).toBe(X);
		expect(store.absorb(X, null)).toBe(X);
	});
});

describe('ProgressStore.forget', () => {
	it('removes progress and backups, and nothing else', () => {
		const storage = new MemoryStorage();
		storage.setItem('other-app', 'keep me');
		storage.setItem(STORAGE_KEY, 'garbage');
		const store = store_on(storage);
		store.read();
		store.write(X);
		expect(backup_keys(storage)).toHaveLength(1);
		store.mark_downloaded(at(backup_keys(storage), 0));
		expect(storage.getItem(DOWNLOADED_KEY)).not.toBeNull();
		store.forget();
		expect(Object.keys(storage)).toEqual(['other-app']);
		expect(store.read()).toEqual({ state: empty_state(), notices: [] });
	});

	it('lets a store that could not set data aside save again once forgotten', () => {
		const fail: { set?: string } = { set: 'QuotaExceededError' };
		const storage = new ThrowingStorage(fail, { [STORAGE_KEY]: 'garbage' });
		const store = store_on(storage);
		expect(store.read().notices.map((n) => n.kind)).toEqual(['unsaved-backup']);
		store.forget();
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
		delete fail.set; // Room again.
		expect(store.write(X).notice).toBeUndefined();
		expect(stored_state(storage)).toEqual(X);
	});
});

describe('setting unreadable data aside', () => {
	it('keeps backups made in the same millisecond, numbered in turn', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(
			() => storage,
			() => 1000
		);
		storage.setItem(STORAGE_KEY, 'first unreadable');
		store.read();
		for (const text of ['second unreadable', 'third unreadable']) {
			storage.setItem(STORAGE_KEY, text);
			store.write(empty_state());
		}
		// The learner sees these names, on the download buttons and in the files' names.
		expect(store.backups().map((b) => [b.key, b.text])).toEqual([
			['mobilize:backup:1000', 'first unreadable'],
			['mobilize:backup:1000-2', 'second unreadable'],
			['mobilize:backup:1000-3', 'third unreadable']
		]);
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

describe('a verified write that does not read back', () => {
	it('puts back what storage held, so nothing unreadable is left behind', () => {
		const storage = new MemoryStorage();
		const before = encode(state_with({ q: [answer_record(true, 1)] }));
		storage.setItem(STORAGE_KEY, before);
		const store = store_on(storage);
		store.read();
		// A storage that keeps something other than what was written (a broken extension, say).
		const set = storage.setItem.bind(storage);
		storage.setItem = (key: string, value: string) =>
			set(key, key === STORAGE_KEY && value !== before ? value.slice(0, -5) : value);
		const written = store.write(
			state_with({ q: [answer_record(true, 1), answer_record(false, 2)] }),
			{
				verify: true
			}
		);
		expect(written.saved).toBe(false);
		expect(storage.getItem(STORAGE_KEY)).toBe(before);
	});
});
