// Progress over its store: what it takes in from other tabs, which notices it keeps as saves
// fail and succeed, and what a page may ask of it before its store has loaded. Nothing of a page
// is needed: the storage events are plain events on `window`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer_record, state_with } from '$testing/progress';
import { MemoryStorage, ThrowingStorage } from '$testing/storage';
import { new_attempt } from '../quiz/attempt';
import type { Item } from '../quiz/types';
import { decode, encode } from './codec';
import { loaded, type LoadedStore } from './local_store';
import { Progress } from './progress.svelte';
import { empty_state } from './schema';
import { BACKUP_PREFIX, ProgressStore, STORAGE_KEY } from './storage';

const item = (id: string) => ({ id }) as Item;
const option = { kind: 'option', option: 'a' } as const;
const stops: (() => void)[] = [];
afterEach(() => {
	stops.splice(0).forEach((stop) => stop());
	vi.useRealTimers();
});

function progress_on(storage: Storage) {
	const progress = new Progress(loaded(new ProgressStore(() => storage)));
	stops.push(progress.start());
	return progress;
}

/** Progress whose store has not loaded yet: `arrive` hands it over, `fail` says it cannot load. */
function progress_waiting() {
	let arrive = (_store: LoadedStore) => {};
	let fail = (_error: Error) => {};
	const progress = new Progress(
		() =>
			new Promise<LoadedStore>((done, refuse) => {
				arrive = done;
				fail = refuse;
			})
	);
	const stop = progress.start();
	return {
		progress,
		stop,
		arrive: (s: Storage) => arrive(loaded(new ProgressStore(() => s))),
		fail
	};
}

/** What another tab's write to `key` looks like here. */
const other_tab = (key: string, value: string | null) =>
	window.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));

const kinds = (progress: Progress) => progress.notices.map((n) => n.kind);
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('Progress and another tab’s saves', () => {
	it('takes in the answers another tab saved, keeping its own', () => {
		const storage = new MemoryStorage();
		const progress = progress_on(storage);
		progress.mark_read('here/l');
		other_tab(STORAGE_KEY, encode(state_with({ q2: [answer_record(false, 200)] })));
		expect(Object.keys(progress.state.answers)).toEqual(['q2']);
		expect(progress.state.lessons_read).toHaveProperty(['here/l']);
		expect(progress.notices).toEqual([]);
	});

	it('leaves the review count ready on another key’s event: no answers came with it', async () => {
		const progress = progress_on(new MemoryStorage());
		progress.record(item('q1'), option, false);
		await progress.settled();
		other_tab('elsewhere', encode(state_with({ q2: [answer_record(false, 200)] })));
		expect(Object.keys(progress.state.answers)).toEqual(['q1']);
		expect(progress.due_ready).toBe(true);
	});

	it('writes nothing on other tabs’ events or the minute’s tick when all is saved', () => {
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const fail: { set?: string } = {};
		const progress = progress_on(new ThrowingStorage(fail));
		progress.mark_read('here/l');
		// Any write from now on fails, and would say so.
		fail.set = 'SecurityError';
		other_tab('elsewhere', 'x');
		vi.advanceTimersByTime(60_000);
		expect(progress.notices).toEqual([]);
		expect(progress.unsaved).toBe(false);
	});
});

describe('Progress notices as saves fail and succeed', () => {
	it('says nothing on start over storage that reads but would not write: nothing needs saving', () => {
		const stored = state_with({ q1: [answer_record(true, 100)] });
		const storage = new ThrowingStorage(
			{ set: 'SecurityError' },
			{ [STORAGE_KEY]: encode(stored) }
		);
		const progress = progress_on(storage);
		expect(progress.state).toEqual(stored);
		expect(progress.notices).toEqual([]);
		expect(progress.unsaved).toBe(false);
	});

	it('adds each new kind of failure, and drops only those once a save succeeds', () => {
		const fail: { set?: string } = {};
		const progress = progress_on(new ThrowingStorage(fail, { [STORAGE_KEY]: 'garbage' }));
		expect(kinds(progress)).toEqual(['set-aside']);
		fail.set = 'QuotaExceededError';
		progress.mark_read('here/a');
		fail.set = 'SecurityError';
		progress.mark_read('here/b');
		expect(kinds(progress)).toEqual(['set-aside', 'full', 'unavailable']);
		delete fail.set;
		progress.mark_read('here/c');
		expect(kinds(progress)).toEqual(['set-aside']);
		expect(progress.unsaved).toBe(false);
	});

	it('offers unreadable data another tab stored for download once a save sets it aside', () => {
		const storage = new MemoryStorage();
		const progress = progress_on(storage);
		expect(progress.backups).toEqual([]);
		storage.setItem(STORAGE_KEY, 'garbage');
		progress.mark_read('here/l');
		expect(kinds(progress)).toEqual(['set-aside']);
		expect(progress.backups.map((b) => [b.text, b.downloaded])).toEqual([['garbage', false]]);
		progress.mark_downloaded(progress.backups[0]!.key);
		expect(progress.backups.map((b) => [b.text, b.downloaded])).toEqual([['garbage', true]]);
		progress.forget();
		expect(progress.backups).toEqual([]);
	});
});

describe('a verified save (a progress file taken in)', () => {
	it('is adopted only once it reads back', () => {
		// A storage that cuts the end off every progress record written to it.
		const storage = new MemoryStorage();
		const set = storage.setItem.bind(storage);
		Object.defineProperty(storage, 'setItem', {
			value: (key: string, value: string) => set(key, key === STORAGE_KEY ? value.slice(1) : value)
		});
		const progress = progress_on(storage);
		const file = state_with({ q1: [answer_record(true, 100)] });
		expect(progress.save_verified(file).saved).toBe(false);
		expect(progress.state).toEqual(empty_state());
	});

	it('makes the review count wait for the item list only when the file brings answers', () => {
		const progress = progress_on(new MemoryStorage());
		expect(progress.save_verified({ ...empty_state(), lessons_read: { 'here/l': 5 } }).saved).toBe(
			true
		);
		expect(progress.due_ready).toBe(true);
		progress.save_verified(state_with({ q1: [answer_record(true, 100)] }));
		expect(progress.due_ready).toBe(false);
		progress.known = new Set(['q1']);
		expect(progress.due_ready).toBe(true);
	});
});

describe('Progress before its store has loaded', () => {
	it('saves, counts, exports and downloads nothing, and forgets what it holds', () => {
		const { progress } = progress_waiting();
		progress.mark_read('here/l');
		expect(progress.save_verified(state_with({ q1: [answer_record(true, 1)] }))).toEqual({
			state: progress.state,
			saved: false
		});
		expect(Object.keys(progress.state.answers)).toEqual([]);
		expect(progress.usage()).toEqual({ ours: 0, all: 0 });
		expect(progress.export_text()).toBe('');
		progress.mark_downloaded(`${BACKUP_PREFIX}1`);
		expect(progress.backups).toEqual([]);
		progress.forget();
		expect(progress.state).toEqual(empty_state());
		expect(progress.unsaved).toBe(false);
	});

	it('exports and counts what its store holds once loaded', () => {
		const storage = new MemoryStorage();
		storage.setItem('other', '12345');
		const progress = progress_on(storage);
		progress.mark_read('here/l');
		expect(decode(progress.export_text())).toEqual({ ok: true, state: progress.state });
		const { ours, all } = progress.usage();
		expect(ours).toBe(STORAGE_KEY.length + storage.getItem(STORAGE_KEY)!.length);
		expect(all).toBe(ours + 10);
	});

	it('neither loads nor says anything once stopped before its store arrives or fails', async () => {
		const arriving = progress_waiting();
		const failing = progress_waiting();
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, encode(state_with({ q1: [answer_record(true, 1)] })));
		arriving.stop();
		failing.stop();
		arriving.arrive(storage);
		failing.fail(new Error('offline'));
		await settle();
		for (const { progress } of [arriving, failing]) {
			expect(progress.loaded).toBe(false);
			expect(progress.state).toEqual(empty_state());
			expect(progress.notices).toEqual([]);
		}
	});
});

describe('Progress with FSRS review', () => {
	it('keeps the cards when a review finds its answers already taken in', async () => {
		const storage = new MemoryStorage();
		const progress = progress_on(storage);
		// Both reviews wait for ts-fsrs; the first takes in both answers, the second finds none.
		progress.record(item('q1'), option, false);
		progress.record(item('q1'), option, true);
		await progress.settled();
		expect(progress.state.cards?.q1?.reps).toBe(2);
		expect(decode(storage.getItem(STORAGE_KEY)!)).toEqual({ ok: true, state: progress.state });
	});

	it('rates a quick right answer in an exam easy: its card waits longer than a plain right one', async () => {
		const progress = progress_on(new MemoryStorage());
		const started = Date.now() - 10_000;
		const exam = new_attempt({
			items: [item('q1')],
			scope: 's',
			seed: 1,
			selection: {},
			mode: 'exam',
			now: started
		});
		const quick = { answer: option, correct: true, score: 1, at: started + 2000 };
		progress.record(item('q1'), option, true, { ...exam, responses: { q1: quick } });
		progress.record(item('q2'), option, true);
		await progress.settled();
		const wait = (id: string) => {
			const card = progress.state.cards?.[id];
			return card ? card.due - card.last : NaN;
		};
		expect(wait('q1')).toBeGreaterThan(wait('q2'));
	});
});
