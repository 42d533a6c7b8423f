import type { Attempt } from './attempt';
import { grade_answer } from './grade';
import type { Answer, Item } from './types';

/** What the score counts of a graded answer. */
interface Graded {
	correct: boolean;
	score: number;
}

/**
 * How an attempt went. `points` counts part credit (a matching item with half its pairs right
 * earns 0.5) and is the one figure shown everywhere, with `percent` derived from it; `correct`
 * counts items answered fully right.
 */
export function score(attempt: Attempt) {
	const responses = attempt.item_ids.flatMap((id) => {
		const response = Object.hasOwn(attempt.responses, id) ? attempt.responses[id] : undefined;
		return response ? [response] : [];
	});
	return tally(attempt.item_ids.length, responses);
}

/**
 * The same score for answers kept without an attempt (the SCORM player keeps one per item, in
 * the items' order; undefined where not answered), each graded as `answer_item` grades it. An
 * answer that does not fit its item throws, as it does there: it is a fault, not a wrong answer.
 */
export function score_answers(items: readonly Item[], answers: readonly (Answer | undefined)[]) {
	const graded = items.flatMap((item, i) => {
		const answer = answers[i];
		return answer ? [grade_answer(item, answer)] : [];
	});
	return tally(items.length, graded);
}

function tally(total: number, responses: readonly Graded[]) {
	const points = responses.reduce((sum, r) => sum + r.score, 0);
	return {
		answered: responses.length,
		total,
		correct: responses.filter((r) => r.correct).length,
		/** Answered with part credit: some but not all pairs of a matching item right. */
		partly: responses.filter((r) => !r.correct && r.score > 0).length,
		points,
		percent: total ? Math.round((points / total) * 100) : 0
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
