import fc from 'fast-check';
import type { ProgressState, StoredCard } from '../../src/lib/progress/schema';
import { progress_state_arbitrary } from './arbitraries';

/** A review card due a day after its one review at `last`, with `fields` over it. */
export function stored_card(last: number, fields: Partial<StoredCard> = {}): StoredCard {
	return {
		due: last + 86_400_000,
		last,
		s: 1,
		d: 5,
		reps: 1,
		lapses: 0,
		state: 2,
		step: 0,
		...fields
	};
}

/** Any card the schema accepts: times before 2024, due no earlier than the last review. */
export function card_arbitrary(): fc.Arbitrary<StoredCard> {
	const time = fc.integer({ min: 0, max: 1_700_000_000_000 });
	const decimal = (min: number, max: number) =>
		fc.integer({ min: min * 1e4, max: max * 1e4 }).map((n) => n / 1e4);
	return fc
		.record({
			last: time,
			wait: fc.integer({ min: 0, max: 400 * 86_400_000 }),
			s: decimal(0.001, 36500),
			d: decimal(1, 10),
			reps: fc.integer({ min: 1, max: 50 }),
			lapses: fc.nat({ max: 50 }),
			state: fc.constantFrom(1 as const, 2 as const, 3 as const),
			step: fc.nat({ max: 3 })
		})
		.map(({ last, wait, reps, lapses, ...rest }) => ({
			due: last + wait,
			last,
			reps,
			lapses: Math.min(lapses, reps),
			...rest
		}));
}

/** A valid format-3 state: `progress_state_arbitrary`'s, with cards for some answered items. */
export function state_with_cards_arbitrary(): fc.Arbitrary<ProgressState> {
	return progress_state_arbitrary().chain((state) => {
		const answered = Object.keys(state.answers).filter((item) => state.answers[item]?.length);
		return fc
			.tuple(fc.subarray(answered), fc.array(card_arbitrary(), { minLength: answered.length }))
			.map(([items, cards]) => ({
				...state,
				cards: Object.fromEntries(items.map((item, i) => [item, cards[i]!]))
			}));
	});
}
