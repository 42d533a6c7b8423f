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
		id: `${scope}@${now.toString(36)}`,
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

/**
 * The items of a stored attempt, found in `bank` (the bank for the attempt's seed). Items whose
 * ids no longer exist (the content changed) are left out and counted, so the caller can say so.
 */
export function resume_items(bank: readonly Item[], attempt: Attempt) {
	const by_id = new Map(bank.map((item) => [item.id, item]));
	const items = attempt.item_ids.map((id) => by_id.get(id)).filter((item): item is Item => !!item);
	return { items, missing: attempt.item_ids.length - items.length };
}

/**
 * The attempt narrowed to `items`, those of its items that still exist (from `resume_items`).
 * The learner goes on at the first remaining item at or after the one they were on, so removing
 * the current item moves on to the next, and removing the last leaves a position past the end:
 * nothing is left to ask. Responses to removed items leave the attempt, as they no longer count
 * in its score; the answers themselves stay in the learner's history.
 */
export function rebase_attempt(attempt: Attempt, items: readonly Item[]): Attempt {
	const kept = new Set(items.map((item) => item.id));
	// fromEntries defines own keys, so an id such as `__proto__` stays an ordinary key.
	const responses = Object.fromEntries(
		Object.entries(attempt.responses).filter(([id]) => kept.has(id))
	);
	return {
		...attempt,
		item_ids: items.map((item) => item.id),
		position: attempt.item_ids.slice(0, attempt.position).filter((id) => kept.has(id)).length,
		responses
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

/**
 * How an attempt went. `points` counts part credit (a matching item with half its pairs right
 * earns 0.5) and is the one figure shown everywhere, with `percent` derived from it; `correct`
 * counts items answered fully right.
 */
export function score(attempt: Attempt) {
	const responses = attempt.item_ids
		.filter((id) => Object.hasOwn(attempt.responses, id))
		.map((id) => attempt.responses[id]);
	const points = responses.reduce((sum, r) => sum + r.score, 0);
	return {
		answered: responses.length,
		total: attempt.item_ids.length,
		correct: responses.filter((r) => r.correct).length,
		/** Answered with part credit: some but not all pairs of a matching item right. */
		partly: responses.filter((r) => !r.correct && r.score > 0).length,
		points,
		percent: attempt.item_ids.length ? Math.round((points / attempt.item_ids.length) * 100) : 0
	};
}

/** Points to one decimal, without a trailing ".0": 6, 6.5, 6.3. */
export function format_points(points: number) {
	return String(Math.round(points * 10) / 10);
}

/** The score as every screen shows it, e.g. "6.5 of 10 (65%)". */
export function score_text(result: { points: number; total: number; percent: number }) {
	return `${format_points(result.points)} of ${result.total} (${result.percent}%)`;
}
