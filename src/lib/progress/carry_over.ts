import { BOX_INTERVAL_DAYS, DAY, leitner_box } from './schedule';
import type { AnswerRecord, ProgressState, StoredCard } from './schema';

/**
 * FSRS-6's starting values for an answer rated Again (stability w0, difficulty w4) and Good
 * (difficulty w4 − e^(2·w5) + 1), from ts-fsrs's default parameters. Copied, not imported, so
 * that reading progress never loads ts-fsrs; review.test.ts checks they match the library.
 */
export const AGAIN_STABILITY = 0.212;
export const AGAIN_DIFFICULTY = 6.4133;
export const GOOD_DIFFICULTY = 2.1181;

/**
 * The FSRS card that gives an item the schedule its Leitner box gave: the same due time, to
 * the millisecond, so no learner finds everything due at once or anything lost. `records` are
 * the item's answers, oldest first; undefined when there are none.
 *
 * - Last answer right (box 2 to 5, due after 1, 3, 7 or 21 days): a card in review whose
 *   stability is that interval. FSRS defines stability as the days until recall falls to 90%,
 *   its default requested retention, so FSRS itself would set this card due after exactly that
 *   interval: the Leitner date is one FSRS could have given, and reviews go on from there.
 * - Last answer wrong (box 1, due at once): a card (re)learning, as FSRS leaves one after
 *   Again, due at that answer's time; relearning if it was ever answered right before.
 * - Difficulty is FSRS's first one for Again if the item was ever missed, else for Good.
 */
export function carry_over(records: readonly AnswerRecord[]): StoredCard | undefined {
	const last = records.at(-1);
	if (!last) return undefined;
	const box = leitner_box(records);
	let lapses = 0;
	let known = false;
	for (const record of records) {
		if (!record.correct && known) lapses++;
		known ||= record.correct;
	}
	const missed = records.some((record) => !record.correct);
	const common = {
		last: last.at,
		d: missed ? AGAIN_DIFFICULTY : GOOD_DIFFICULTY,
		reps: records.length,
		lapses,
		step: 0
	};
	if (!last.correct) return { ...common, due: last.at, s: AGAIN_STABILITY, state: known ? 3 : 1 };
	const days = BOX_INTERVAL_DAYS[box] ?? 0;
	return { ...common, due: last.at + days * DAY, s: days, state: 2 };
}

/**
 * What FSRS has still to take in for `item`: the card to start from, and the answers after its
 * last review, oldest first. An item without a stored card starts from the card its earlier
 * answers carry over, and takes in its latest answer.
 */
export function pending(
	state: ProgressState,
	item: string
): { card: StoredCard | undefined; fresh: AnswerRecord[] } {
	const records = state.answers[item] ?? [];
	const card = state.cards?.[item];
	if (card) return { card, fresh: records.filter((record) => record.at > card.last) };
	return { card: carry_over(records.slice(0, -1)), fresh: records.slice(-1) };
}
