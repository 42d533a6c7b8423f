/*
 * Comparing what a learner types with the accepted answers. Kept apart from the sentence
 * helpers in text.ts, which only the generator needs, so grading loads without them.
 */
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
 * A cell of the edit-distance table, which is always written before it is read. Checked here
 * rather than with `at` from ../must: this runs once per cell, and under tsx and Vitest an
 * imported function is reached through a module getter on every call, which made the 1,000-seed
 * gates measurably slower.
 */
function cell(row: readonly number[], j: number): number {
	const value = row[j];
	if (value === undefined) throw new Error(`levenshtein read cell ${j} before writing it`);
	return value;
}

/**
 * Edit distance between two strings: insertions, deletions, substitutions, and swaps of two
 * neighbouring letters ("coalitoin"), each one slip (optimal string alignment distance).
 */
export function levenshtein(a: string, b: string) {
	if (a === b) return 0;
	// Three rows at a time: this one, the one above, and the one above that (for swaps).
	let before: number[] = [];
	let above = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			let distance = Math.min(
				cell(above, j) + 1,
				cell(row, j - 1) + 1,
				cell(above, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				distance = Math.min(distance, cell(before, j - 2) + 1);
			}
			row.push(distance);
		}
		before = above;
		above = row;
	}
	return cell(above, b.length);
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
