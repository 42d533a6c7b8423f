import { describe, expect, it } from 'vitest';
import { answer_record, DAY, state_with } from '$testing/progress';
import { BOX_INTERVAL_DAYS, card_for, due_items } from './schedule';

const T = Date.UTC(2025, 2, 1, 12);
const right = (at: number) => answer_record(true, at);
const wrong = (at: number) => answer_record(false, at);

describe('BOX_INTERVAL_DAYS', () => {
	it('spaces five boxes further and further apart', () => {
		expect(BOX_INTERVAL_DAYS).toEqual([0, 1, 3, 7, 21]);
	});
});

describe('card_for', () => {
	it('has no card for an item never answered', () => {
		expect(card_for('q1', [])).toBeUndefined();
	});

	it('puts a wrong answer in box 1, due at once', () => {
		expect(card_for('q1', [wrong(T)])).toMatchObject({ item: 'q1', box: 1, due: T });
	});

	it('makes a right answer due in 1 day', () => {
		expect(card_for('q1', [right(T)])).toMatchObject({ box: 2, due: T + 1 * DAY });
	});

	it('makes two right answers in a row due 3 days after the last', () => {
		expect(card_for('q1', [right(T), right(T + DAY)])).toMatchObject({
			box: 3,
			due: T + DAY + 3 * DAY
		});
	});

	it('moves up one box per right answer, up to the last box', () => {
		const records = Array.from({ length: 7 }, (_, i) => right(T + i * DAY));
		const due = (n: number) => card_for('q1', records.slice(0, n))!;
		expect([1, 2, 3, 4, 5, 6].map((n) => due(n).box)).toEqual([2, 3, 4, 5, 5, 5]);
		expect(due(4).due).toBe(T + 3 * DAY + 21 * DAY);
		expect(due(6).due).toBe(T + 5 * DAY + 21 * DAY);
	});

	it('sends an item back to box 1 after a wrong answer, whatever came before', () => {
		const card = card_for('q1', [right(T), right(T + DAY), right(T + 4 * DAY), wrong(T + 5 * DAY)]);
		expect(card).toMatchObject({ box: 1, due: T + 5 * DAY });
		expect(card!.last.correct).toBe(false);
		const again = card_for('q1', [right(T), wrong(T + DAY), right(T + 2 * DAY)]);
		expect(again).toMatchObject({ box: 2, due: T + 3 * DAY });
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
