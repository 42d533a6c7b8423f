import type { AnswerRecord, ProgressState } from './schema';
import { at } from '../must';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A Leitner system with five boxes. A wrong answer puts an item in box 1, due at once; each
 * right answer moves it up one box. An item is due again this many days after its last answer.
 */
export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 21] as const;

export interface ReviewCard {
	item: string;
	box: number;
	due: number;
	last: AnswerRecord;
}

/** Replays an item's answers, oldest first, to find its box and when it is due. */
export function card_for(item: string, records: readonly AnswerRecord[]): ReviewCard | undefined {
	const last = records.at(-1);
	if (!last) return undefined;
	let box = 0;
	for (const record of records) box = record.correct ? Math.min(box + 1, 4) : 0;
	// A first right answer lands in box 2 (index 1): seen once, check again tomorrow.
	return { item, box: box + 1, due: last.at + at(BOX_INTERVAL_DAYS, box) * DAY, last };
}

/**
 * Items to review now: missed ones and those whose interval has passed, most overdue first.
 * Only items in `known` count, so items removed from the content never show as due.
 */
export function due_items(
	state: ProgressState,
	known: ReadonlySet<string>,
	now: number
): ReviewCard[] {
	const cards: ReviewCard[] = [];
	for (const [item, records] of Object.entries(state.answers)) {
		if (!known.has(item)) continue;
		const card = card_for(item, records);
		if (card && card.due <= now) cards.push(card);
	}
	return cards.sort((a, b) => a.due - b.due);
}
