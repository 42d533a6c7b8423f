import { build_quiz } from '$lib/quiz/bank';
import { hash } from '$lib/quiz/random';
import type { Selection } from '$lib/quiz/types';
import { quiz_documents } from './content';

/** Page data of a quiz page: what it covers, and its first quiz, drawn here at build time. */
export function quiz_page(options: {
	scope: string;
	title: string;
	back: { href: string; label: string };
	selection: Selection;
}) {
	const documents = quiz_documents();
	// The first quiz for a scope is the same for everyone, so a teacher can refer to it;
	// "try again" draws a fresh seed. Drawing it here keeps the generator off the page's
	// start-up; the page loads it only for another seed.
	const seed = hash(options.scope) % 1_000_000;
	return {
		...options,
		seed,
		items: build_quiz({ documents, seed, selection: options.selection })
	};
}
