import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { card_arbitrary, state_with_cards_arbitrary, stored_card } from '$testing/fsrs';
import { answer_record, state_with } from '$testing/progress';
import { decode, encode } from './codec';
import { merge_states } from './merge';
import type { ProgressState, StoredCard } from './schema';

const T = Date.UTC(2025, 2, 1, 12);
const NOW = T + 86_400_000;
const card = (fields: Partial<StoredCard> = {}) => stored_card(T, fields);
const with_cards = (cards: Record<string, unknown>) =>
	JSON.stringify({ ...state_with({ q1: [answer_record(true, T)] }), cards });

describe('format 3 cards, encoded and decoded', () => {
	it('round-trip any valid state with cards', () => {
		fc.assert(
			fc.property(state_with_cards_arbitrary(), (state) => {
				expect(decode(encode(state))).toEqual({ ok: true, state });
			}),
			{ numRuns: 150 }
		);
	});

	it('keep a card as stored, short keys and whole-ms times', () => {
		const decoded = decode(with_cards({ q1: card() }), NOW);
		expect(decoded).toMatchObject({ ok: true, state: { cards: { q1: card() } } });
		expect(JSON.parse(encode(decoded.ok ? decoded.state : state_with())).cards).toEqual({
			q1: card()
		});
	});
});

describe('a stored card that breaks a rule', () => {
	it.each([
		[
			's',
			0,
			'the stability of the review card of question “q1” is 0, not a stability from 0.001 to 36500 days'
		],
		[
			's',
			'2',
			'the stability of the review card of question “q1” is “2”, not a stability from 0.001 to 36500 days'
		],
		[
			'd',
			11,
			'the difficulty of the review card of question “q1” is 11, not a difficulty from 1 to 10'
		],
		['due', -1, 'the due date of the review card of question “q1” is -1, not a valid time'],
		[
			'last',
			null,
			'the last review time of the review card of question “q1” is empty, not a valid time'
		],
		[
			'reps',
			1.5,
			'the review count of the review card of question “q1” is 1.5, not a whole number'
		],
		['state', 0, 'the state of the review card of question “q1” is 0, not 1, 2 or 3'],
		['step', -1, 'the learning step of the review card of question “q1” is -1, not a whole number']
	])('is refused, saying which card and what is wrong: %s = %j', (field, value, problem) => {
		const decoded = decode(with_cards({ q1: { ...card(), [field]: value } }), NOW);
		expect(decoded).toMatchObject({
			ok: false,
			reason: 'invalid',
			message: `The saved progress is not a valid progress record: ${problem}. (Field: cards.q1.${field})`
		});
	});

	it('is refused when a number is not finite (1e999 reads as Infinity)', () => {
		const text = with_cards({ q1: card() }).replace('"s":1', '"s":1e999');
		expect(decode(text, NOW)).toMatchObject({ ok: false });
	});

	it('leaves out a card due before its last review, or with more lapses than reviews, and says so', () => {
		for (const [broken, problem] of [
			[
				card({ due: T - 1 }),
				'the due date of the review card of question “q1” is before its last review'
			],
			[
				card({ reps: 1, lapses: 2 }),
				'the lapse count of the review card of question “q1” is more than its review count'
			]
		] as const) {
			const decoded = decode(with_cards({ q1: broken }), NOW);
			if (!decoded.ok) throw new Error(decoded.message);
			// The answers stay; review falls back to the date they give until the next answer.
			expect(decoded.state.cards?.q1).toBeUndefined();
			expect(decoded.state.answers.q1).toHaveLength(1);
			expect(decoded.fixes?.map((f) => f.text).join('\n')).toContain(problem);
		}
	});

	it('is left out, saying so, when no answer to its question is stored', () => {
		const decoded = decode(with_cards({ q1: card(), gone: card() }), NOW);
		expect(decoded).toMatchObject({ ok: true, state: { cards: { q1: card() } } });
		expect(decoded.ok && Object.keys(decoded.state.cards ?? {})).toEqual(['q1']);
		expect(decoded.ok && decoded.fixes).toEqual([
			{
				text: 'the review card of question “gone” belongs to a question with no answer stored, so it is left out',
				path: 'cards.gone'
			}
		]);
	});

	it('has a last review in the future set to now, keeping it due after', () => {
		const ahead = NOW + 2 * 86_400_000;
		const decoded = decode(with_cards({ q1: card({ last: ahead, due: ahead + 5 }) }), NOW);
		expect(decoded).toMatchObject({
			ok: true,
			state: { cards: { q1: { last: NOW, due: ahead + 5 } } },
			fixes: [
				{
					text: 'the last review time of the review card of question “q1” was in the future, so it is set to now',
					path: 'cards.q1.last'
				}
			]
		});
	});
});

describe('merging cards', () => {
	const state = (cards: Record<string, StoredCard>): ProgressState => ({
		...state_with({ q1: [answer_record(true, T)], q2: [answer_record(true, T)] }),
		cards
	});

	it('keeps the card reviewed later, and cards only one side has', () => {
		const older = card({ last: T, reps: 5 });
		const newer = card({ last: T + 1000, due: T + 2000 });
		const merged = merge_states(state({ q1: older, q2: older }), state({ q1: newer }));
		expect(merged.cards).toEqual({ q1: newer, q2: older });
		expect(merge_states(state({ q1: newer }), state({ q1: older })).cards).toEqual({ q1: newer });
	});

	it('gives the same cards whichever side is which, for any two cards of an item', () => {
		fc.assert(
			fc.property(card_arbitrary(), card_arbitrary(), (x, y) => {
				const xy = merge_states(state({ q1: x }), state({ q1: y })).cards;
				const yx = merge_states(state({ q1: y }), state({ q1: x })).cards;
				expect(xy).toEqual(yx);
				expect([x, y]).toContainEqual(xy?.q1);
			})
		);
	});

	it('breaks a tie in last review by the card with more reviews', () => {
		const few = card({ reps: 2 });
		const many = card({ reps: 3 });
		expect(merge_states(state({ q1: many }), state({ q1: few })).cards?.q1).toBe(many);
		expect(merge_states(state({ q1: few }), state({ q1: many })).cards?.q1).toBe(many);
	});

	it('has no cards when neither side has', () => {
		expect(merge_states(state_with(), state_with()).cards).toBeUndefined();
	});
});
