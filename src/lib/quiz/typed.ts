/*
 * Comparing what a learner types with the accepted answers. Kept apart from the sentence
 * helpers in text.ts, which only the generator needs, so grading loads without them.
 */
import { at } from '../must';

/** Lower-case words only, for comparing texts regardless of case, spacing and punctuation. */
export function normalize(text: string) {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/**
 * Edit distance between two strings: insertions, deletions, substitutions, and swaps of two
 * neighbouring letters ("coalitoin"), each one slip (optimal string alignment distance).
 */
export function levenshtein(a: string, b: string) {
	if (a === b) return 0;
	const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
	// Every cell read is one already filled: in a row above, or to the left in this row.
	const cell = (i: number, j: number) => at(at(rows, i), j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		rows.push(row);
		for (let j = 1; j <= b.length; j++) {
			let distance = Math.min(
				cell(i - 1, j) + 1,
				cell(i, j - 1) + 1,
				cell(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				distance = Math.min(distance, cell(i - 2, j - 2) + 1);
			}
			row.push(distance);
		}
	}
	return cell(a.length, b.length);
}

/**
 * How many typing slips a typed answer may have and still count: none for short words (where
 * one letter can make another word), one up to ten letters, two beyond.
 */
export function typo_allowance(answer: string) {
	const length = normalize(answer).replace(/ /g, '').length;
	return length <= 4 ? 0 : length <= 10 ? 1 : 2;
}

/** Whether a typed answer matches one of the accepted answers, tolerating small slips. */
export function matches_typed(typed: string, accepted: readonly string[]) {
	const given = strip_article(normalize(typed));
	if (!given) return false;
	return accepted.some((answer) => {
		const expected = strip_article(normalize(answer));
		return levenshtein(given, expected) <= typo_allowance(expected);
	});
}

function strip_article(text: string) {
	return text.replace(/^(the|a|an) /, '');
}
