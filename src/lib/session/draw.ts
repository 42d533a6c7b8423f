import { pick_quick_check } from '$lib/progress/quick_check';
import type { ProgressState } from '$lib/progress/schema';
import { build_quiz, draw_quiz, generate_bank } from '$lib/quiz/bank';
import type { QuizDocument } from '$lib/quiz/source';
import type { Item, Selection } from '$lib/quiz/types';

/** A quiz whose items depend on the learner's progress as well as on the seed. */
export interface Drawn {
	selection: Selection;
	items: Item[];
}

/**
 * A bank with every item the content has. Which items there are, and their ids, lessons and
 * facts, are the same for every seed (only options and their order change), so one bank does.
 */
export function content_bank(documents: readonly QuizDocument[]): Item[] {
	return generate_bank(documents, 1);
}

/** The ids of every item the content has. What is due counts only these (see `Progress.known`). */
export function content_item_ids(documents: readonly QuizDocument[]): string[] {
	return content_bank(documents).map((item) => item.id);
}

/** How many due items one review takes. */
export const REVIEW_SIZE = 10;

/** A review: the items most due, in the order the schedule gives, at most `REVIEW_SIZE`. */
export function draw_review(options: {
	documents: readonly QuizDocument[];
	due: readonly { item: string }[];
	seed: number;
}): Drawn {
	const { documents, due, seed } = options;
	const selection = { items: due.slice(0, REVIEW_SIZE).map((card) => card.item) };
	return { selection, items: build_quiz({ documents, seed, selection }) };
}

/** A quick check: five quick items, leaning toward what the learner missed or has not seen. */
export function draw_quick_check(options: {
	documents: readonly QuizDocument[];
	state: ProgressState;
	seed: number;
}): Drawn {
	const { documents, state, seed } = options;
	const bank = generate_bank(documents, seed);
	const selection = { items: pick_quick_check({ bank, state, seed }) };
	// Drawn from the bank just made, which is the one build_quiz would make again.
	return { selection, items: draw_quiz({ bank, seed, selection }) };
}
