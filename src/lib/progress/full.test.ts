import { describe, expect, it } from 'vitest';
import { answer_item, new_attempt, type Attempt } from '../quiz/attempt';
import type { Item } from '../quiz/types';
import { answer_record, state_with } from '$testing/progress';
import { real_bank } from '$testing/real_content';
import { QuotaStorage } from '$testing/storage';
import { decode, encode } from './codec';
import { reclaim, size, with_reclaim, without_superseded } from './full';
import { empty_state, type ProgressState } from './schema';
import { BACKUP_PREFIX, DOWNLOADED_KEY, ProgressStore, STORAGE_KEY } from './storage';
import { at, must } from '$lib/must';

const START = Date.UTC(2025, 0, 1);
const bank = real_bank(1);
const FIRST = at(bank, 0);
const SCOPE = `lesson:${FIRST.document}/${FIRST.source.lesson}`;

/** What storage holds now, decoded. */
function stored(storage: Storage): ProgressState {
	const decoded = decode(storage.getItem(STORAGE_KEY) ?? encode(empty_state()));
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.state;
}

/** An attempt of ten items of `scope`, `answered` of them answered, finished or not. */
function attempt_of(scope: string, at: number, answered: number, finished: boolean): Attempt {
	let attempt = new_attempt({
		items: bank.slice(0, 10),
		scope,
		seed: 1,
		selection: {},
		mode: 'practice',
		now: at
	});
	for (const item of bank.slice(0, answered)) {
		attempt = answer_item(
			attempt,
			item,
			{ kind: 'option', option: must(item.options[0], 'an item has options').id },
			at
		).attempt;
	}
	return { ...attempt, position: answered, ...(finished ? { finished: at + 1 } : {}) };
}

/**
 * A learner answering `answers` questions, ten a quiz, as the quiz page saves them: each answer
 * with its attempt, then the attempt's new position. How many answers storage holds at the end.
 */
function answer_questions(store: ProgressStore, storage: Storage, answers = 50) {
	let state = store.read().state;
	let at = START + 1e9;
	const items: Item[] = bank.slice(10, 20);
	for (let quiz = 0; quiz * items.length < answers; quiz++) {
		let attempt = new_attempt({
			items,
			scope: SCOPE,
			seed: quiz + 2,
			selection: {},
			mode: 'practice',
			now: (at += 1000)
		});
		for (const item of items.slice(0, answers - quiz * items.length)) {
			const answer = {
				kind: 'option' as const,
				option: must(item.options[0], 'an item has options').id
			};
			const graded = answer_item(attempt, item, answer, (at += 1000));
			attempt = graded.attempt;
			const record = { answer, correct: graded.grade.correct, at };
			state = store.write({
				...state,
				answers: { ...state.answers, [item.id]: [...(state.answers[item.id] ?? []), record] },
				attempts: { ...state.attempts, [attempt.id]: attempt }
			}).state;
			const position = attempt.position + 1;
			attempt = {
				...attempt,
				position: Math.min(position, items.length),
				...(position >= items.length ? { finished: at } : {})
			};
			state = store.write({
				...state,
				attempts: { ...state.attempts, [attempt.id]: attempt }
			}).state;
		}
	}
	// Only the answers given here: earlier attempts hold others.
	const answered = stored(storage).answers;
	return items.reduce((n, item) => n + (answered[item.id]?.length ?? 0), 0);
}

/**
 * Storage with `left` characters free: earlier progress (optionally with what can be reclaimed:
 * two abandoned attempts of a scope since started again — the newest unfinished one stays, as
 * it can still be resumed — and a backup already downloaded), and
 * other data of the site filling the rest.
 */
function nearly_full(left: number, reclaimable: boolean) {
	const earlier = { ...empty_state(), attempts: {} as ProgressState['attempts'] };
	const finished = attempt_of('mixed', START + 5e6, 10, true);
	earlier.attempts[finished.id] = finished;
	if (reclaimable) {
		for (let i = 1; i <= 3; i++) {
			const abandoned = attempt_of('mixed', START + i * 1e6, 2, false);
			earlier.attempts[abandoned.id] = abandoned;
		}
	}
	const items: Record<string, string> = { [STORAGE_KEY]: encode(earlier), 'other-app': '' };
	if (reclaimable) {
		items[`${BACKUP_PREFIX}1`] = 'x'.repeat(1500);
		items[DOWNLOADED_KEY] = `${BACKUP_PREFIX}1`;
	}
	const quota = { chars: Infinity };
	const storage = new QuotaStorage(quota, items);
	storage.setItem('other-app', 'y'.repeat(200_000));
	quota.chars = storage.used() + left;
	return storage;
}

describe('answers saved near a full storage (50 answers, ten a quiz)', () => {
	it.each([
		// Before format 2 and making room: 0, 5, 0 and 5.
		[200, false, 0],
		[2000, false, 10],
		[200, true, 13],
		[2000, true, 26]
	])('with %i characters left (reclaimable: %s) keeps at least %i', (left, reclaimable, least) => {
		const storage = nearly_full(left, reclaimable);
		const saved = answer_questions(with_reclaim(new ProgressStore(() => storage)), storage);
		expect(saved).toBeGreaterThanOrEqual(least);
		// Without making room, fewer are kept whenever there was room to make.
		const plain = nearly_full(left, reclaimable);
		const without = answer_questions(new ProgressStore(() => plain), plain);
		if (reclaimable) expect(without).toBeLessThan(saved);
	});
});

describe('reclaim', () => {
	it('drops unfinished attempts of a scope that has a newer attempt, and nothing else', () => {
		const old = attempt_of('mixed', 1000, 2, false);
		const newer = attempt_of('mixed', 2000, 3, false);
		const own = attempt_of('lesson:a/b', 500, 1, false);
		const state = {
			...state_with({ q: [answer_record(true, 1000)] }),
			attempts: { [old.id]: old, [newer.id]: newer, [own.id]: own }
		};
		const lean = without_superseded(state);
		expect(Object.keys(lean.attempts).sort()).toEqual([newer.id, own.id].sort());
		expect(lean.answers).toEqual(state.answers);
	});

	it('keeps an unfinished attempt when only a finished one of its scope is newer', () => {
		// A `?seed=` quiz finished after an unfinished one leaves the unfinished one resumable.
		const open = attempt_of('mixed', 1000, 2, false);
		const finished_later = attempt_of('mixed', 2000, 10, true);
		const state = {
			...empty_state(),
			attempts: { [open.id]: open, [finished_later.id]: finished_later }
		};
		expect(Object.keys(without_superseded(state).attempts).sort()).toEqual(
			[open.id, finished_later.id].sort()
		);
	});

	it('removes downloaded backups only, and puts them back when the write still fails', () => {
		const quota = { chars: Infinity };
		const storage = new QuotaStorage(quota, {
			[`${BACKUP_PREFIX}1`]: 'a'.repeat(500),
			[`${BACKUP_PREFIX}2`]: 'b'.repeat(500)
		});
		const store = new ProgressStore(() => storage);
		store.mark_downloaded(`${BACKUP_PREFIX}1`);
		expect(store.backups().map((b) => b.downloaded)).toEqual([true, false]);
		const before = { ...storage };
		quota.chars = storage.used() + 10;
		const state = state_with({ q: [answer_record(true, 1, 'z'.repeat(600))] });
		const refused = reclaim(store, storage, state);
		expect(refused).toMatchObject({ needed: encode(state).length + STORAGE_KEY.length });
		expect({ ...storage }).toEqual(before);
		quota.chars += 600;
		expect(reclaim(store, storage, state)).toEqual({ state, text: encode(state) });
		expect(storage.getItem(`${BACKUP_PREFIX}1`)).toBeNull();
		expect(storage.getItem(`${BACKUP_PREFIX}2`)).toBe('b'.repeat(500));
	});

	it('says how much is needed and about how much is free', () => {
		const storage = new QuotaStorage(3000);
		const store = with_reclaim(new ProgressStore(() => storage));
		const big = state_with({ q: [answer_record(true, 1, 'z'.repeat(5000))] });
		const written = store.write(big);
		expect(written.saved).toBe(false);
		expect(written.room).toBeGreaterThan(2900);
		expect(written.room).toBeLessThanOrEqual(3000);
		expect(written.notice?.kind).toBe('full');
		expect(written.notice?.message).toContain('your progress needs 5 KB, and about 3 KB is free');
		expect(storage.getItem('mobilize:probe')).toBeNull();
	});

	it('measures the room once on a full storage, not again for each answer', () => {
		/** A storage that counts its writes (privately: own properties would read as items). */
		class Counting extends QuotaStorage {
			#writes = 0;
			get writes() {
				return this.#writes;
			}
			setItem(key: string, value: string) {
				this.#writes++;
				super.setItem(key, value);
			}
		}
		const quota = { chars: 3000 };
		const storage = new Counting(quota);
		const store = with_reclaim(new ProgressStore(() => storage));
		const answers = (n: number) =>
			state_with({ q: [answer_record(true, n, `${n}`.padEnd(5000, 'z'))] });
		const first = store.write(answers(1));
		const probed = storage.writes;
		expect(probed).toBeGreaterThan(10);
		for (let n = 2; n <= 5; n++) {
			const before = storage.writes;
			const written = store.write(answers(n));
			expect(written.saved).toBe(false);
			expect(written.room).toBe(first.room);
			// The answer's own write and the one after making room: no probe.
			expect(storage.writes - before).toBeLessThanOrEqual(2);
		}
		// Once a write succeeds, the next full storage is measured again.
		quota.chars = 100_000;
		expect(store.write(answers(6)).saved).toBe(true);
		quota.chars = 3000;
		const before = storage.writes;
		store.write(state_with({ q: [answer_record(true, 7, 'y'.repeat(20_000))] }));
		expect(storage.writes - before).toBeGreaterThan(10);
	});

	it('says sizes in KB and MB', () => {
		expect([size(10), size(310 * 1024), size(5 * 1024 * 1024), size(2.6 * 1024 * 1024)]).toEqual([
			'1 KB',
			'310 KB',
			'5 MB',
			'2.6 MB'
		]);
	});
});
