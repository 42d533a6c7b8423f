/*
 * The text comparisons the item gates make, as one argument, so a run of the gates over many
 * seeds can remember them (see gates.ts).
 */
import { matches_typed, normalize } from './typed';

/** The text comparisons `check_item` makes: pure, so `check_banks` may remember them. */
export interface TextChecks {
	normalize: (text: string) => string;
	matches_typed: (typed: string, accepted: readonly string[]) => boolean;
}

/** The comparisons themselves, remembering nothing: for one item checked on its own. */
export const PLAIN_TEXT_CHECKS: TextChecks = { normalize, matches_typed };

/**
 * Text comparisons that remember their answers, for one run of the gates: banks of many seeds
 * repeat the same option texts, and normalizing them again (Unicode decomposition and two
 * regular expressions per text) was most of the time the gates took.
 */
export function remembering(): TextChecks {
	const normal = new Map<string, string>();
	const typed = new Map<string, boolean>();
	return {
		normalize(text) {
			let found = normal.get(text);
			if (found === undefined) normal.set(text, (found = normalize(text)));
			return found;
		},
		matches_typed(text, accepted) {
			const key = JSON.stringify([text, accepted]);
			let found = typed.get(key);
			if (found === undefined) typed.set(key, (found = matches_typed(text, accepted)));
			return found;
		}
	};
}
