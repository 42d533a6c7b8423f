import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ProgressContextHarness from '$testing/ProgressContextHarness.svelte';
import { answer_record, state_with } from '$testing/progress';
import { MemoryStorage, ThrowingStorage } from '$testing/storage';
import { new_attempt, type Attempt } from '../quiz/attempt';
import type { Item } from '../quiz/types';
import { decode, encode } from './codec';
import { loaded, type LoadedStore } from './local_store';
import { Progress } from './progress.svelte';
import { ProgressStore, STORAGE_KEY } from './storage';

const item = (id: string) => ({ id }) as Item;
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function progress_on(storage: Storage) {
	const progress = new Progress(loaded(new ProgressStore(() => storage)));
	stops.push(progress.start());
	return progress;
}

function attempt(scope: string, started: number, finished?: number): Attempt {
	const fresh = new_attempt({
		items: [item('q1')],
		scope,
		seed: 1,
		selection: {},
		mode: 'practice',
		now: started
	});
	return finished === undefined ? fresh : { ...fresh, finished };
}

const stored = (storage: Storage) => {
	const decoded = decode(storage.getItem(STORAGE_KEY)!);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.state;
};

describe('Progress before and after storage is read', () => {
	it('is not loaded, and holds nothing, until started', () => {
		const progress = new Progress(loaded(new ProgressStore(() => new MemoryStorage())));
		expect(progress.loaded).toBe(false);
		expect(progress.notices).toEqual([]);
		expect(progress.backups).toEqual([]);
		expect(progress.unsaved).toBe(false);
		stops.push(progress.start());
		expect(progress.loaded).toBe(true);
		// Nothing stored: what is due is the learner's at once (see progress_due).
		expect(progress.due_ready).toBe(true);
	});
});

describe('Progress of lessons and attempts', () => {
	it('marks a lesson read once, keeping the first time', () => {
		const storage = new MemoryStorage();
		const progress = progress_on(storage);
		const now = vi.spyOn(Date, 'now').mockReturnValue(1000);
		progress.mark_read('alpha/first');
		now.mockReturnValue(2000);
		progress.mark_read('alpha/first');
		progress.mark_read('alpha/second');
		now.mockRestore();
		expect(stored(storage).lessons_read).toEqual({ 'alpha/first': 1000, 'alpha/second': 2000 });
	});

	it('resumes the newest unfinished attempt of the scope asked for, and no other', () => {
		const progress = progress_on(new MemoryStorage());
		expect(progress.open_attempt('mixed')).toBeUndefined();
		const older = attempt('mixed', 1000);
		const newer = attempt('mixed', 3000);
		for (const saved of [older, newer, attempt('mixed', 5000, 6000), attempt('alpha/first', 7000)])
			progress.save_attempt(saved);
		expect(progress.open_attempt('mixed')).toEqual(newer);
		expect(progress.open_attempt('alpha/first')?.started).toBe(7000);
		expect(progress.open_attempt('beta')).toBeUndefined();
	});
});

describe('Progress notices', () => {
	it('drops only the notice the learner dismissed', () => {
		const fail: { set?: string } = { set: 'QuotaExceededError' };
		const progress = progress_on(new ThrowingStorage(fail));
		progress.record(item('q1'), { kind: 'option', option: 'a' }, true);
		const [full] = progress.notices;
		expect(full?.kind).toBe('full');
		progress.dismiss({ ...full! });
		expect(progress.notices).toEqual([full]);
		progress.dismiss(full!);
		expect(progress.notices).toEqual([]);
	});

	it('says a thing once, however often it happens', () => {
		const fail: { set?: string } = { set: 'QuotaExceededError' };
		const progress = progress_on(new ThrowingStorage(fail));
		progress.record(item('q1'), { kind: 'option', option: 'a' }, true);
		progress.record(item('q2'), { kind: 'option', option: 'a' }, true);
		expect(progress.notices.map((n) => n.kind)).toEqual(['full']);
	});
});

describe('Progress and other tabs', () => {
	it('ignores storage events for other keys, and all events once stopped', () => {
		const storage = new MemoryStorage();
		const progress = new Progress(loaded(new ProgressStore(() => storage)));
		const stop = progress.start();
		progress.record(item('q1'), { kind: 'option', option: 'a' }, true);
		const state = progress.state;
		window.dispatchEvent(new StorageEvent('storage', { key: 'elsewhere', newValue: 'x' }));
		window.dispatchEvent(new StorageEvent('storage', { key: 'elsewhere', newValue: null }));
		expect(progress.state).toBe(state);
		expect(progress.notices).toEqual([]);

		stop();
		window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
		expect(progress.state).toBe(state);
	});

	it('forgets this device here and in storage', () => {
		const storage = new MemoryStorage();
		const progress = progress_on(storage);
		progress.record(item('q1'), { kind: 'option', option: 'a' }, true);
		progress.forget();
		expect(progress.state.answers).toEqual({});
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
		expect(progress.notices).toEqual([]);
		expect(progress.unsaved).toBe(false);
	});
});

describe('Progress whose store loads after the page has started', () => {
	it('is loaded, with what storage holds and what is due, only once the store arrives', async () => {
		const storage = new MemoryStorage();
		progress_on(storage).record(item('q1'), { kind: 'option', option: 'a' }, false);
		let arrive = (_store: LoadedStore) => {};
		const progress = new Progress(() => new Promise((done) => (arrive = done)));
		progress.known = new Set(['q1']);
		stops.push(progress.start());
		expect(progress.loaded).toBe(false);
		expect(progress.due).toEqual([]);
		arrive(loaded(new ProgressStore(() => storage)));
		await vi.waitFor(() => expect(progress.loaded).toBe(true));
		expect(Object.keys(progress.state.answers)).toEqual(['q1']);
		expect(progress.due.map((d) => d.item)).toEqual(['q1']);
	});

	it('keeps an answer given before the store arrived, with the answers stored before', async () => {
		const storage = new MemoryStorage();
		progress_on(storage).record(item('q1'), { kind: 'option', option: 'a' }, false);
		let arrive = (_store: LoadedStore) => {};
		const progress = new Progress(() => new Promise((done) => (arrive = done)));
		stops.push(progress.start());
		progress.record(item('q2'), { kind: 'option', option: 'b' }, true);
		arrive(loaded(new ProgressStore(() => storage)));
		await vi.waitFor(() => expect(progress.loaded).toBe(true));
		expect(Object.keys(stored(storage).answers).sort()).toEqual(['q1', 'q2']);
		expect(stored(storage).answers.q2).toMatchObject([{ answer: { option: 'b' }, correct: true }]);
		expect(Object.keys(progress.state.answers).sort()).toEqual(['q1', 'q2']);
		expect(progress.unsaved).toBe(false);
	});

	it('says so when the store cannot be loaded, and keeps answers given meanwhile here', async () => {
		const progress = new Progress(() => Promise.reject(new Error('offline')));
		stops.push(progress.start());
		await vi.waitFor(() => expect(progress.loaded).toBe(true));
		expect(progress.notices).toMatchObject([{ kind: 'unavailable' }]);
		expect(progress.notices[0]?.message).toMatch(/could not be loaded/);
		// Storage was never read: no review count, and nothing to export.
		expect(progress.due_ready).toBe(false);
		expect(progress.has_store).toBe(false);
		progress.record(item('q2'), { kind: 'option', option: 'b' }, true);
		expect(progress.state.answers.q2).toHaveLength(1);
		expect(progress.unsaved).toBe(true);
	});
});

describe('the page’s progress, by context', () => {
	it('reads the browser’s own storage, and is the one every component gets', async () => {
		localStorage.setItem(STORAGE_KEY, encode(state_with({ q1: [answer_record(true, 5)] })));
		let made: Progress | undefined;
		let read: Progress | undefined;
		const { unmount } = render(ProgressContextHarness, {
			props: { onready: (m: Progress, r: Progress) => ([made, read] = [m, r]) }
		});
		try {
			expect(read).toBe(made);
			await vi.waitFor(() => expect(made?.loaded).toBe(true), { interval: 5 });
			expect(made?.state.answers.q1).toHaveLength(1);
		} finally {
			unmount();
			localStorage.clear();
		}
	});
});
