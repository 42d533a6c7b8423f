import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stored_card } from '$testing/fsrs';
import { answer_record, DAY, state_with } from '$testing/progress';
import {
	AGAIN_DIFFICULTY,
	AGAIN_STABILITY,
	carry_over,
	GOOD_DIFFICULTY,
	pending
} from './carry_over';
import { due_items, leitner_due, stale_items } from './schedule';
import type { StoredCard } from './schema';

const T = Date.UTC(2025, 2, 1, 12);
const right = (at: number) => answer_record(true, at);
const wrong = (at: number) => answer_record(false, at);

describe('carry_over', () => {
	const due = (records: ReturnType<typeof right>[]) => carry_over(records)?.due;

	it('has no card for an item never answered', () => {
		expect(carry_over([])).toBeUndefined();
	});

	it('keeps a missed item due at once, (re)learning, with the stability FSRS gives Again', () => {
		expect(carry_over([wrong(T)])).toEqual({
			due: T,
			last: T,
			s: AGAIN_STABILITY,
			d: AGAIN_DIFFICULTY,
			reps: 1,
			lapses: 0,
			state: 1,
			step: 0
		});
		expect(carry_over([right(T - DAY), wrong(T)])).toMatchObject({ due: T, state: 3, lapses: 1 });
	});

	it('makes a right answer due in 1 day, in review with a stability of 1 day', () => {
		expect(carry_over([right(T)])).toEqual({
			due: T + DAY,
			last: T,
			s: 1,
			d: GOOD_DIFFICULTY,
			reps: 1,
			lapses: 0,
			state: 2,
			step: 0
		});
	});

	it('gives the due dates of Leitner boxes 2 to 5 (1, 3, 7, 21 days) and stays in the last box', () => {
		const records = Array.from({ length: 6 }, (_, i) => right(T + i * DAY));
		const gaps = [1, 2, 3, 4, 5, 6].map((n) => due(records.slice(0, n))! - (T + (n - 1) * DAY));
		expect(gaps).toEqual([1, 3, 7, 21, 21, 21].map((days) => days * DAY));
		expect(carry_over(records)?.s).toBe(21);
	});

	it('sends an item back to the first box after a wrong answer, whatever came before', () => {
		expect(due([right(T), right(T + DAY), right(T + 4 * DAY), wrong(T + 5 * DAY)])).toBe(
			T + 5 * DAY
		);
		expect(due([right(T), wrong(T + DAY), right(T + 2 * DAY)])).toBe(T + 3 * DAY);
		expect(carry_over([right(T), wrong(T + DAY), right(T + 2 * DAY)])?.d).toBe(AGAIN_DIFFICULTY);
	});
});

describe('leitner_due', () => {
	it('is the due time of the card carried over, for any history of right and wrong answers', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (history) => {
				const records = history.map((correct, i) => answer_record(correct, T + i * DAY));
				expect(leitner_due(records)).toBe(carry_over(records)?.due);
			})
		);
	});
});

describe('due_items', () => {
	const state = state_with({
		missed: [right(T - 10 * DAY), wrong(T - 2 * DAY)],
		tomorrow: [right(T - 1000)],
		overdue: [right(T - 5 * DAY)],
		removed: [wrong(T - 30 * DAY)],
		exactly_now: [right(T - DAY)]
	});
	const known = new Set(['missed', 'tomorrow', 'overdue', 'exactly_now', 'never-answered']);

	it('lists items whose time has come, most overdue first', () => {
		expect(due_items(state, known, T).map((card) => [card.item, card.due])).toEqual([
			['overdue', T - 4 * DAY],
			['missed', T - 2 * DAY],
			['exactly_now', T]
		]);
	});

	it('leaves out items the content no longer has', () => {
		expect(due_items(state, known, T).map((card) => card.item)).not.toContain('removed');
		expect(due_items(state, new Set(['removed']), T).map((card) => card.item)).toEqual(['removed']);
	});

	it('lists an item once its interval has passed', () => {
		expect(due_items(state, new Set(['tomorrow']), T)).toEqual([]);
		expect(due_items(state, new Set(['tomorrow']), T - 1000 + DAY)).toHaveLength(1);
	});

	it('lists nothing for a fresh learner', () => {
		expect(due_items(state_with(), known, T)).toEqual([]);
	});
});

const card = (fields: Partial<StoredCard>) => stored_card(T, { due: T, ...fields });

describe('due_items with FSRS cards', () => {
	it('takes a stored card’s due time over the box its answers carry over', () => {
		const state = {
			...state_with({ q1: [wrong(T - DAY)] }),
			cards: { q1: card({ due: T + DAY }) }
		};
		expect(due_items(state, new Set(['q1']), T)).toEqual([]);
		expect(due_items(state, new Set(['q1']), T + DAY)).toEqual([{ item: 'q1', due: T + DAY }]);
	});

	it('orders items due at the same time by id, so the review draw is the same everywhere', () => {
		const state = state_with({ b: [wrong(T)], a: [wrong(T)] });
		expect(due_items(state, new Set(['a', 'b']), T).map((d) => d.item)).toEqual(['a', 'b']);
	});
});

describe('pending', () => {
	it('gives a stored card and the answers after its last review', () => {
		const records = [right(T - DAY), right(T), wrong(T + DAY)];
		const state = { ...state_with({ q1: records }), cards: { q1: card({ last: T }) } };
		expect(pending(state, 'q1')).toEqual({ card: card({ last: T }), fresh: [wrong(T + DAY)] });
	});

	it('starts an item without a card from the card its earlier answers carry over', () => {
		const state = state_with({ q1: [right(T - DAY), wrong(T)] });
		expect(pending(state, 'q1')).toEqual({
			card: carry_over([right(T - DAY)]),
			fresh: [wrong(T)]
		});
		expect(pending(state_with({ q2: [right(T)] }), 'q2')).toEqual({
			card: undefined,
			fresh: [right(T)]
		});
	});
});

describe('stale_items', () => {
	it('lists the items whose card has not taken in their latest answer', () => {
		const state = {
			...state_with({ behind: [right(T), right(T + DAY)], current: [right(T)], none: [right(T)] }),
			cards: { behind: card({ last: T }), current: card({ last: T }) }
		};
		expect(stale_items(state)).toEqual(['behind']);
	});
});
