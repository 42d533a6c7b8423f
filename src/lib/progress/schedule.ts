import type { AnswerRecord, ProgressState, StoredCard } from './schema';

/**
 * When items are due for review. FSRS (ts-fsrs, in review.ts) updates an item's card when it is
 * answered and stores its due time, so the header's count and the review draw only compare
 * times here: ts-fsrs is loaded only where a card changes, never on page start.
 */

const DAY = 24 * 60 * 60 * 1000;

/**
 * The Leitner system review used up to format 2, kept to carry its schedule over: a wrong
 * answer put an item in the first box, due at once; each right answer moved it up a box, due
 * this many days after its last answer.
 */
export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 21] as const;

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
	let box = 0;
	let lapses = 0;
	let known = false;
	for (const record of records) {
		if (!record.correct && known) lapses++;
		known ||= record.correct;
		box = record.correct ? Math.min(box + 1, BOX_INTERVAL_DAYS.length - 1) : 0;
	}
	const missed = records.some((record) => !record.correct);
	const common = {
		last: last.at,
		d: missed ? AGAIN_DIFFICULTY : GOOD_DIFFICULTY,
		reps: records.length,
		lapses,
		step: 0
	};
	const days = BOX_INTERVAL_DAYS[box] ?? 0;
	if (!last.correct) return { ...common, due: last.at, s: AGAIN_STABILITY, state: known ? 3 : 1 };
	return { ...common, due: last.at + days * DAY, s: days, state: 2 };
}

/** An item's card: the one FSRS stored, or else the one its Leitner box carries over. */
export function card_of(state: ProgressState, item: string): StoredCard | undefined {
	return state.cards?.[item] ?? carry_over(state.answers[item] ?? []);
}

export interface DueItem {
	item: string;
	due: number;
}

/**
 * Items to review now, most overdue first. Only items in `known` count, so items removed from
 * the content never show as due. It needs only the stored cards and times (no FSRS), so the
 * header can count from whatever list of item ids reaches it.
 */
export function due_items(
	state: ProgressState,
	known: ReadonlySet<string>,
	now: number
): DueItem[] {
	const due: DueItem[] = [];
	for (const item of Object.keys(state.answers)) {
		if (!known.has(item)) continue;
		const card = card_of(state, item);
		if (card && card.due <= now) due.push({ item, due: card.due });
	}
	return due.sort((a, b) => a.due - b.due || (a.item < b.item ? -1 : 1));
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

/**
 * Items whose stored card is behind their answers: a merge or another device added answers
 * after the card's last review. FSRS takes them in when it is next loaded.
 */
export function stale_items(state: ProgressState): string[] {
	return Object.entries(state.cards ?? {})
		.filter(([item, card]) => (state.answers[item]?.at(-1)?.at ?? 0) > card.last)
		.map(([item]) => item);
}
