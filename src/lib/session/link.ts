import { MAX_SEED } from '$lib/quiz/seed';

/** What a quiz page's address asks for: `?seed=` (a teacher's link) or `?attempt=` (results). */
export interface QuizLink {
	seed?: number;
	/** The id of a stored attempt to show again: a finished quiz's results, or one to resume. */
	attempt?: string;
	/** Why the link's seed was not used, said to the learner. */
	problem?: string;
}

/** Long enough to recognise a pasted value, short enough not to flood the notice. */
function quoted(value: string) {
	return `“${value.length > 24 ? `${value.slice(0, 24)}…` : value}”`;
}

/**
 * Reads `?seed=` and `?attempt=`. A seed is used exactly or not at all: a number past the
 * generator's 32 bits would silently become another seed, so it is refused with the range.
 */
export function read_link(params: URLSearchParams): QuizLink {
	const link: QuizLink = {};
	const attempt = params.get('attempt');
	if (attempt) link.attempt = attempt;
	const seed = params.get('seed');
	if (seed === null) return link;
	if (!/^\d+$/.test(seed)) {
		link.problem = `The link’s seed ${quoted(seed)} is not a whole number, so a standard quiz is shown instead.`;
	} else if (Number(seed) > MAX_SEED) {
		link.problem = `The link’s seed ${quoted(seed)} is out of range: seeds are whole numbers from 0 to ${MAX_SEED}, so a standard quiz is shown instead.`;
	} else link.seed = Number(seed);
	return link;
}
