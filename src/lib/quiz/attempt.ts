import { attempt_id } from '../content/ids';
import { grade_answer } from './grade';
import type { Answer, Grade, Item, Selection } from './types';

export type Mode = 'practice' | 'exam';

/** What is kept of an answer in an attempt; feedback is regraded from the item when shown. */
export interface Response {
	answer: Answer;
	correct: boolean;
	/** 0 to 1; matching gives part credit. */
	score: number;
	/** When it was given, in ms since the epoch. */
	at: number;
}

/** One sitting of a quiz: everything needed to resume it exactly. */
export interface Attempt {
	id: string;
	/** What the quiz covers, e.g. `lesson:doc/slug`, `document:doc`, `mixed`. */
	scope: string;
	seed: number;
	selection: Selection;
	mode: Mode;
	item_ids: string[];
	position: number;
	responses: Record<string, Response>;
	started: number;
	finished?: number;
}

/**
 * A new attempt over `items`, which `build_quiz` drew for this seed and selection. This module
 * does not import the generator, so a page can grade and resume without loading it.
 */
export function new_attempt(options: {
	items: readonly Item[];
	scope: string;
	seed: number;
	selection: Selection;
	mode: Mode;
	now: number;
}): Attempt {
	const { items, scope, seed, selection, mode, now } = options;
	return {
		id: attempt_id(scope, now),
		scope,
		seed,
		selection,
		mode,
		item_ids: items.map((item) => item.id),
		position: 0,
		responses: {},
		started: now
	};
}

/** Grades an answer and records it in the attempt. */
export function answer_item(
	attempt: Attempt,
	item: Item,
	answer: Answer,
	now: number
): { attempt: Attempt; grade: Grade } {
	const grade = grade_answer(item, answer);
	const response: Response = { answer, correct: grade.correct, score: grade.score, at: now };
	return {
		grade,
		attempt: { ...attempt, responses: { ...attempt.responses, [item.id]: response } }
	};
}
