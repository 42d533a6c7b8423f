import { fsrs, Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../quiz/attempt';
import { answer_record, DAY, state_with } from '$testing/progress';
import { AGAIN_DIFFICULTY, AGAIN_STABILITY, carry_over, GOOD_DIFFICULTY } from './carry_over';
import { AWAY_MS, EASY_MS, HARD_MS, rating, review_card, review_items, time_taken } from './review';

const T = Date.UTC(2025, 2, 1, 12);
const MINUTE = 60_000;
const right = (at: number) => answer_record(true, at);
const wrong = (at: number) => answer_record(false, at);

describe('the starting values copied from ts-fsrs', () => {
	it('are those its default parameters give for Again and Good', () => {
		const scheduler = fsrs();
		expect(AGAIN_STABILITY).toBe(scheduler.init_stability(Rating.Again));
		expect(AGAIN_DIFFICULTY).toBeCloseTo(scheduler.init_difficulty(Rating.Again), 4);
		expect(GOOD_DIFFICULTY).toBeCloseTo(scheduler.init_difficulty(Rating.Good), 4);
	});
});

describe('rating', () => {
	it('rates a wrong answer Again, however quick', () => {
		expect(rating(false)).toBe(Rating.Again);
		expect(rating(false, 1000)).toBe(Rating.Again);
	});

	it('rates a right answer Good when its time is not known or ordinary', () => {
		expect(rating(true)).toBe(Rating.Good);
		expect(rating(true, EASY_MS)).toBe(Rating.Good);
		expect(rating(true, HARD_MS)).toBe(Rating.Good);
	});

	it('rates a quick right answer Easy and a slow one Hard', () => {
		expect(rating(true, EASY_MS - 1)).toBe(Rating.Easy);
		expect(rating(true, HARD_MS + 1)).toBe(Rating.Hard);
	});
});

describe('time_taken', () => {
	const attempt = (mode: Attempt['mode'], responses: number[]): Attempt => ({
		id: 'a',
		scope: 'mixed',
		seed: 1,
		selection: {},
		mode,
		item_ids: responses.map((_, i) => `q${i}`),
		position: 0,
		responses: Object.fromEntries(responses.map((at, i) => [`q${i}`, { ...right(at), score: 1 }])),
		started: T
	});

	it('is the time since the attempt started, or since the answer before, in exam mode', () => {
		expect(time_taken(attempt('exam', [T + 5000]), T + 5000)).toBe(5000);
		expect(time_taken(attempt('exam', [T + 5000, T + 65_000]), T + 65_000)).toBe(60_000);
	});

	it('is not known in practice mode, where it includes reading feedback, or without a quiz', () => {
		expect(time_taken(attempt('practice', [T + 5000]), T + 5000)).toBeUndefined();
		expect(time_taken(undefined, T)).toBeUndefined();
	});

	it('is not known after a long break: the learner most likely left the page', () => {
		expect(time_taken(attempt('exam', [T + AWAY_MS]), T + AWAY_MS)).toBe(AWAY_MS);
		expect(time_taken(attempt('exam', [T + AWAY_MS + 1]), T + AWAY_MS + 1)).toBeUndefined();
	});
});

describe('review_card', () => {
	it('leaves a card with nothing new to take in as it is', () => {
		const card = carry_over([right(T)]);
		expect(review_card(card, [])).toBe(card);
		expect(review_card(undefined, [])).toBeUndefined();
	});

	it('brings a right new item back in ten minutes (FSRS’s learning steps)', () => {
		expect(review_card(undefined, [right(T)])).toMatchObject({
			due: T + 10 * MINUTE,
			last: T,
			state: State.Learning,
			step: 1,
			reps: 1
		});
	});

	it('has a missed item due at once, learning at FSRS’s first step', () => {
		expect(review_card(undefined, [wrong(T)])).toMatchObject({
			due: T,
			last: T,
			state: State.Learning,
			step: 0,
			reps: 1
		});
	});

	it('spaces a carried-over card further when it is answered right on its Leitner due date', () => {
		const card = carry_over([right(T), right(T + DAY), right(T + 4 * DAY)])!;
		expect(card.due).toBe(T + 11 * DAY);
		const next = review_card(card, [right(card.due)])!;
		expect(next.state).toBe(State.Review);
		expect(next.due - card.due).toBeGreaterThan(7 * DAY);
		expect(next.s).toBeGreaterThan(card.s);
		expect(next.reps).toBe(card.reps + 1);
	});

	it('sends a card in review back to relearning when it is missed, counting a lapse', () => {
		const card = carry_over([right(T), right(T + DAY)])!;
		const next = review_card(card, [wrong(card.due)])!;
		expect(next).toMatchObject({ state: State.Relearning, lapses: card.lapses + 1 });
		expect(next.due).toBe(card.due);
		expect(next.s).toBeLessThan(card.s);
	});

	it('spaces a quick right answer further than an ordinary one, and a slow one less', () => {
		const card = carry_over([right(T), right(T + DAY)])!;
		const due = (took?: number) => review_card(card, [right(card.due)], took)!.due;
		expect(due(1000)).toBeGreaterThan(due());
		expect(due()).toBeGreaterThan(due(60_000));
	});

	it('gives the same card for the same answers, stored as whole-ms times', () => {
		const answers = [right(T), wrong(T + DAY), right(T + 2 * DAY), right(T + 9 * DAY)];
		const card = review_card(undefined, answers)!;
		expect(review_card(undefined, answers)).toEqual(card);
		expect(Number.isInteger(card.due) && Number.isInteger(card.last)).toBe(true);
		expect(card.last).toBe(T + 9 * DAY);
	});
});

describe('review_items', () => {
	it('takes in the answers after each card’s last review, and says when nothing changed', () => {
		const state = {
			...state_with({ fresh: [right(T)], done: [right(T)] }),
			cards: { done: review_card(undefined, [right(T)])! }
		};
		const cards = review_items(state, ['fresh', 'done']);
		expect(Object.keys(cards ?? {}).sort()).toEqual(['done', 'fresh']);
		expect(cards?.done).toBe(state.cards.done);
		expect(cards?.fresh).toEqual(review_card(undefined, [right(T)]));
		expect(review_items(state, ['done'])).toBeUndefined();
	});

	it('starts an item answered before FSRS from the card its Leitner box carries over', () => {
		const earlier = [right(T), right(T + DAY)];
		const state = state_with({ q1: [...earlier, right(T + 4 * DAY)] });
		expect(review_items(state, ['q1'])?.q1).toEqual(
			review_card(carry_over(earlier), [right(T + 4 * DAY)])
		);
	});

	it('rates the answer just given by its time in an exam', () => {
		const state = state_with({ q1: [right(T + 3000)] });
		const attempt = { mode: 'exam', started: T, responses: {} } as Attempt;
		const quick = review_items(state, ['q1'], { attempt, at: T + 3000 })?.q1;
		expect(quick).toEqual(review_card(undefined, [right(T + 3000)], 3000));
		expect(quick).not.toEqual(review_items(state, ['q1'])?.q1);
	});
});
