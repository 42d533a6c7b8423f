import { normalize } from '../typed';

/** Words too common to count as a cue when a stem and an option share them. */
const STOPWORDS = new Set(
	(
		'a an and are as at be by for from has have in into is it its of on or that the their them ' +
		'they this these those to was were what which who whom with does do how why where when one ' +
		'than then such also can more most other own same so very through about'
	).split(' ')
);

/**
 * A crude stem, enough to see that "organizers" and "organizing" share a root: the word
 * lower-cased with a common English ending removed while at least four letters remain.
 */
export function stem(word: string) {
	for (const ending of ['ations', 'ation', 'ings', 'ing', 'ies', 'ers', 'er', 'es', 'ed', 's']) {
		if (word.endsWith(ending) && word.length - ending.length >= 4)
			return word.slice(0, -ending.length);
	}
	return word;
}

/** The content words of a text, stemmed: what a test-wise learner would match on. */
export function content_words(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(' ')
			.filter((word) => word.length > 2 && !STOPWORDS.has(word))
			.map(stem)
	);
}

/** How many members two sets share. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>) {
	let count = 0;
	for (const member of a) if (b.has(member)) count++;
	return count;
}
