import type { AnswerRecord, ProgressState } from './schema';

/**
 * When items are due for review. FSRS (ts-fsrs, in review.ts) updates an item's card when it is
 * answered and stores its due time, so the header's count and the review draw only compare
 * times here: ts-fsrs is loaded only where a card changes, never on page start.
 */

export const DAY = 24 * 60 * 60 * 1000;

/**
 * The Leitner system review used up to format 2, kept to carry its schedule over: a wrong
 * answer put an item in the first box, due at once; each right answer moved it up a box, due
 * this many days after its last answer.
 */
export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 21] as const;

/**
 * When Leitner would have an item due, from its answers, oldest first: what `carry_over` keeps,
 * worked out here without the rest of the card, as it is all the review count needs.
 */
export function leitner_due(records: readonly AnswerRecord[]): number | undefined {
	const last = records.at(-1);
	return last && last.at + (BOX_INTERVAL_DAYS[leitner_box(records)] ?? 0) * DAY;
}

/** The Leitner box an item's answers leave it in, 0 to 4 (an index of `BOX_INTERVAL_DAYS`). */
export function leitner_box(records: readonly AnswerRecord[]): number {
	let box = 0;
	for (const record of records)
		box = record.correct ? Math.min(box + 1, BOX_INTERVAL_DAYS.length - 1) : 0;
	return box;
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
		const at = state.cards?.[item]?.due ?? leitner_due(state.answers[item] ?? []);
		if (at !== undefined && at <= now) due.push({ item, due: at });
	}
	return due.sort((a, b) => a.due - b.due || (a.item < b.item ? -1 : 1));
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
