import { build_quiz, generate_bank } from './bank';
import { grade_answer } from './grade';
import type { QuizDocument } from './source';
import type { Answer, Grade, Item, Selection } from './types';

export type Mode = 'practice' | 'exam';

export interface Response {
	answer: Answer;
	grade: Grade;
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

export function start_attempt(options: {
	documents: readonly QuizDocument[];
	scope: string;
	seed: number;
	selection: Selection;
	mode: Mode;
	now: number;
}): { attempt: Attempt; items: Item[] } {
	const items = build_quiz(options);
	return {
		items,
		attempt: {
			id: `${options.scope}@${options.now.toString(36)}`,
			scope: options.scope,
			seed: options.seed,
			selection: options.selection,
			mode: options.mode,
			item_ids: items.map((item) => item.id),
			position: 0,
			responses: {},
			started: options.now
		}
	};
}

/**
 * The items of a stored attempt, rebuilt from its seed and selection. Items whose ids no longer
 * exist (the content changed) are left out and counted, so the caller can say so.
 */
export function resume_items(documents: readonly QuizDocument[], attempt: Attempt) {
	const rebuilt = generate_bank(documents, attempt.seed);
	const by_id = new Map(rebuilt.map((item) => [item.id, item]));
	const items = attempt.item_ids.map((id) => by_id.get(id)).filter((item): item is Item => !!item);
	return { items, missing: attempt.item_ids.length - items.length };
}

export function answer_item(attempt: Attempt, item: Item, answer: Answer, now: number): Attempt {
	const grade = grade_answer(item, answer);
	return { ...attempt, responses: { ...attempt.responses, [item.id]: { answer, grade, at: now } } };
}

export function score(attempt: Attempt) {
	const responses = attempt.item_ids.map((id) => attempt.responses[id]).filter(Boolean);
	const points = responses.reduce((sum, r) => sum + r.grade.score, 0);
	return {
		answered: responses.length,
		total: attempt.item_ids.length,
		correct: responses.filter((r) => r.grade.correct).length,
		points,
		percent: attempt.item_ids.length ? Math.round((points / attempt.item_ids.length) * 100) : 0
	};
}
