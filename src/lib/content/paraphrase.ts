/**
 * How closely the content follows its source texts: the longest run of consecutive words that
 * a lesson or data file shares with a source. Lessons paraphrase their sources, so a long shared
 * run means a passage was pasted. The method is that of the project's first checker
 * (shared/tools/verbatim.py), so both report the same figure.
 */

/** A run at least this long fails the check. */
export const MAX_SHARED_WORDS = 10;
/** Runs are found from shared n-grams of this many words, then extended; shorter runs count 0. */
const SEED = 6;

/** Lower-case words: letters, digits and apostrophes (curly ones read as straight). */
export function words(text: string): string[] {
	return text.toLowerCase().replaceAll('\u2019', "'").match(/[a-z0-9']+/g) ?? [];
}

/** The longest run of words `text` shares with `source`, or none under 6 words. */
export function longest_shared_run(source: readonly string[], texts: readonly string[][]): string[] {
	const index = new Map<string, number[]>();
	for (let i = 0; i + SEED <= source.length; i++) {
		const key = source.slice(i, i + SEED).join(' ');
		const at = index.get(key);
		if (at) at.push(i);
		else index.set(key, [i]);
	}
	let best: string[] = [];
	for (const text of texts) {
		for (let j = 0; j + SEED <= text.length; j++) {
			for (const i of index.get(text.slice(j, j + SEED).join(' ')) ?? []) {
				let n = SEED;
				while (i + n < source.length && j + n < text.length && source[i + n] === text[j + n]) n++;
				if (n > best.length) best = text.slice(j, j + n);
			}
		}
	}
	return best;
}
