import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { in_effect } from '$testing/effect.svelte';
import { answer_record, state_with } from '$testing/progress';
import { MemoryStorage, QuotaStorage, ThrowingStorage } from '$testing/storage';
import { new_attempt } from '../quiz/attempt';
import type { Item } from '../quiz/types';
import { decode } from './codec';
import { with_reclaim } from './full';
import { loaded } from './local_store';
import { Progress } from './progress.svelte';
import { ProgressStore, STORAGE_KEY } from './storage';

const item = (id: string) => ({ id }) as Item;
const stored_count = (storage: Storage) => {
	const decoded = decode(storage.getItem(STORAGE_KEY)!);
	if (!decoded.ok) throw new Error(decoded.message);
	return Object.values(decoded.state.answers).flat().length;
};

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function progress_on(storage: Storage) {
	const progress = new Progress(loaded(with_reclaim(new ProgressStore(() => storage))));
	stop = progress.start();
	return progress;
}

describe('Progress near a full storage', () => {
	it('says answers are not saved, and once there is room writes them and drops the notice', () => {
		const quota = { chars: 300 };
		const storage = new QuotaStorage(quota);
		const progress = progress_on(storage);
		for (let i = 0; i < 5; i++)
			progress.record(item(`q${i}`), { kind: 'option', option: 'a' }, true);
		expect(progress.notices.map((n) => n.kind)).toEqual(['full']);
		expect(progress.unsaved).toBe(true);
		const held = stored_count(storage);
		expect(held).toBeLessThan(5);

		quota.chars = 100_000; // the learner freed some room
		progress.record(item('q9'), { kind: 'option', option: 'a' }, true);
		expect(progress.notices).toEqual([]);
		expect(progress.unsaved).toBe(false);
		expect(stored_count(storage)).toBe(6);
	});

	it('writes what it holds when another tab’s write shows storage works again', () => {
		const fail: { set?: string } = { set: 'QuotaExceededError' };
		const storage = new ThrowingStorage(fail);
		const progress = progress_on(storage);
		progress.record(item('q1'), { kind: 'option', option: 'a' }, true);
		expect(progress.notices.map((n) => n.kind)).toEqual(['full']);
		delete fail.set;
		window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: null }));
		expect(progress.notices).toEqual([]);
		expect(stored_count(storage)).toBe(1);
	});

	it('tries again a minute later on its own', () => {
		vi.useFakeTimers();
		try {
			const fail: { set?: string } = { set: 'SecurityError' };
			const storage = new ThrowingStorage(fail);
			const progress = progress_on(storage);
			progress.save_attempt(
				new_attempt({
					items: [item('q1')],
					scope: 's',
					seed: 1,
					selection: {},
					mode: 'practice',
					now: 5
				})
			);
			expect(progress.notices.map((n) => n.kind)).toEqual(['unavailable']);
			delete fail.set;
			vi.advanceTimersByTime(60_000);
			expect(progress.notices).toEqual([]);
			expect(storage.getItem(STORAGE_KEY)).toContain('"s@5"');
		} finally {
			vi.useRealTimers();
		}
	});

	it('keeps the state as it was when a verified save does not fit', () => {
		const storage = new QuotaStorage(400);
		const progress = progress_on(storage);
		progress.record(item('q1'), { kind: 'option', option: 'a' }, true);
		const before = progress.state;
		const text = storage.getItem(STORAGE_KEY);
		const big = state_with({ q2: [answer_record(true, 5, 'x'.repeat(1000))] });
		expect(progress.save_verified(big).saved).toBe(false);
		expect(progress.state).toBe(before);
		expect(storage.getItem(STORAGE_KEY)).toBe(text);
		expect(progress.notices).toEqual([]);
	});

	it('does not store which attempt an answer was given in (the attempt says so)', () => {
		const storage = new QuotaStorage(100_000);
		const progress = progress_on(storage);
		const attempt = new_attempt({
			items: [item('q1')],
			scope: 's',
			seed: 1,
			selection: {},
			mode: 'practice',
			now: 5
		});
		progress.record(item('q1'), { kind: 'option', option: 'a' }, true, attempt);
		expect(Object.keys(progress.state.answers.q1?.[0] ?? {}).sort()).toEqual([
			'answer',
			'at',
			'correct'
		]);
		expect(progress.state.attempts['s@5']).toEqual(attempt);
	});
});

describe('Progress and another tab', () => {
	it('forgets here too when another tab forgot this device, and writes nothing back', () => {
		const quota = { chars: 300 };
		const storage = new QuotaStorage(quota);
		const progress = progress_on(storage);
		for (let i = 0; i < 5; i++)
			progress.record(item(`q${i}`), { kind: 'option', option: 'a' }, true);
		expect(progress.unsaved).toBe(true);

		quota.chars = 100_000;
		storage.removeItem(STORAGE_KEY); // "Forget this device" in the other tab
		window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
		expect(progress.state.answers).toEqual({});
		expect(progress.notices).toEqual([]);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});
});

describe('Progress with FSRS review', () => {
	const stored_state = (storage: Storage) => {
		const decoded = decode(storage.getItem(STORAGE_KEY)!);
		if (!decoded.ok) throw new Error(decoded.message);
		return decoded.state;
	};

	it('saves the answer at once and the item’s FSRS card once ts-fsrs has loaded', async () => {
		const storage = new MemoryStorage();
		const progress = progress_on(storage);
		progress.record(item('q1'), { kind: 'option', option: 'a' }, false);
		expect(stored_count(storage)).toBe(1);
		await progress.settled();
		const card = stored_state(storage).cards?.q1;
		const at = stored_state(storage).answers.q1?.[0]?.at ?? 0;
		// Missed: due at once, learning at FSRS's first step.
		expect(card).toMatchObject({ last: at, due: at, reps: 1, state: 1 });
		progress.known = new Set(['q1']);
		progress.now = at - 1;
		expect(progress.due).toEqual([]);
		progress.now = at;
		expect(progress.due).toEqual([{ item: 'q1', due: at }]);
	});

	it('brings a card another tab left behind its answers up to date on start', async () => {
		const storage = new MemoryStorage();
		const T = Date.UTC(2025, 2, 1);
		const behind = { due: T + 1, last: T, s: 1, d: 5, reps: 1, lapses: 0, state: 2, step: 0 };
		const answers = { q1: [answer_record(true, T), answer_record(true, T + 86_400_000)] };
		storage.setItem(STORAGE_KEY, JSON.stringify({ ...state_with(answers), cards: { q1: behind } }));
		const progress = progress_on(storage);
		await progress.settled();
		expect(stored_state(storage).cards?.q1).toMatchObject({ last: T + 86_400_000, reps: 2 });
		expect(progress.state.cards?.q1?.last).toBe(T + 86_400_000);
	});

	it('starts in an effect, as the layout does, without rerunning it as stale cards catch up', async () => {
		const storage = new MemoryStorage();
		const T = Date.UTC(2025, 2, 1);
		const behind = { due: T + 1, last: T, s: 1, d: 5, reps: 1, lapses: 0, state: 2, step: 0 };
		const answers = { q1: [answer_record(true, T), answer_record(true, T + 86_400_000)] };
		storage.setItem(STORAGE_KEY, JSON.stringify({ ...state_with(answers), cards: { q1: behind } }));
		const progress = new Progress(loaded(new ProgressStore(() => storage)));
		let runs = 0;
		const cleanup = in_effect(() => {
			runs++;
			return progress.start();
		});
		try {
			flushSync();
			await progress.settled();
			flushSync();
			expect(progress.state.cards?.q1?.reps).toBe(2);
			expect(runs).toBe(1);
		} finally {
			cleanup();
		}
	});
});
