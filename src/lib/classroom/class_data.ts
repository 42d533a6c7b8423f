import type { Answer, Item } from '../quiz/types';
import type { Assignment } from './assignment';
import type { AssignmentResult } from './result';

/** One student's row: a score and an answer for each of the assignment's items, in its order. */
export interface StudentRow {
	student: string;
	/** 0 to 1 per item; undefined where the student left the item. */
	scores: (number | undefined)[];
	answers: (Answer | undefined)[];
	/** Part credit counted, as `score()` counts it. */
	points: number;
	/** Of the items set, rounded as every other screen rounds it. */
	percent: number;
	/** From start to finish, in whole seconds. */
	seconds: number;
}

/** One assignment's class: its items as drawn again, and a row per student. */
export interface ClassData {
	assignment: Assignment;
	id: string;
	items: Item[];
	rows: StudentRow[];
}

/**
 * The class for one assignment, from its results (already checked at import to be for exactly
 * these items). Rows come in name order so that what is shown does not depend on import order.
 */
export function class_data(options: {
	assignment: Assignment;
	id: string;
	items: readonly Item[];
	results: readonly AssignmentResult[];
}): ClassData {
	const { assignment, id, items, results } = options;
	const rows = results.map((result) => {
		const by_item = new Map(result.responses.map((r) => [r.item, r]));
		const responses = items.map((item) => by_item.get(item.id));
		const points = responses.reduce((sum, r) => sum + (r?.score ?? 0), 0);
		return {
			student: result.student,
			scores: responses.map((r) => r?.score),
			answers: responses.map((r) => r?.answer),
			points,
			percent: items.length ? Math.round((points / items.length) * 100) : 0,
			seconds: Math.max(0, Math.round((result.finished - result.started) / 1000))
		};
	});
	rows.sort((a, b) => compare_text(a.student, b.student));
	return { assignment, id, items: [...items], rows };
}

/** Names in the order a reader expects (case and accents aside), the same in every browser. */
export function compare_text(a: string, b: string) {
	return (
		a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }) || (a < b ? -1 : a > b ? 1 : 0)
	);
}

/** The score matrix the statistics read: students × items, a left item counting 0. */
export const score_matrix = (rows: readonly StudentRow[]) =>
	rows.map((row) => row.scores.map((s) => s ?? 0));
