/**
 * The real content, read from content/ (or MOBILIZE_CONTENT) once per worker, for tests that
 * run against whatever content the module ships.
 */
import { load_content } from '$lib/content/load';
import type { Content } from '$lib/content/types';
import { read_content_files } from '$lib/server/content_source';
import { generate_bank } from '$lib/quiz/bank';
import { quiz_documents_of, type QuizDocument } from '$lib/quiz/source';
import type { Item } from '$lib/quiz/types';
import { KEEP_ACROSS_TESTS, once_per } from './once';

/** The content the tests run against: whatever content/ (or MOBILIZE_CONTENT) holds. */
export { read_content_files } from '$lib/server/content_source';

let real: Content | undefined;

/**
 * The real content, loaded once per worker: node test files share a worker's modules
 * (`isolate: false`), so this module, and what it holds, is loaded once for all of them.
 */
export function real_content(): Content {
	real ??= load_content(read_content_files());
	return real;
}

/** The subset of the content model that quiz pages receive (as `quiz_documents()` builds it). */
export function to_quiz_documents(content: Content): QuizDocument[] {
	return quiz_documents_of(content);
}

export function real_quiz_documents(): QuizDocument[] {
	return to_quiz_documents(real_content());
}

/**
 * `generate_bank(real_quiz_documents(), seed)`, made once per seed per worker and shared by every
 * test file that reads it: a real bank costs tens of milliseconds to make, and some twenty files
 * read the same one. Deeply frozen, so a test that changes an item (instead of a copy) throws
 * rather than changing what the next test reads. Tests of what generate_bank itself promises
 * (the same bank for a seed, ids kept across seeds) call it.
 */
export function real_bank(seed: number): readonly Item[] {
	return KEEP_ACROSS_TESTS ? kept_bank(seed) : frozen_bank(seed);
}

const kept_bank = once_per(frozen_bank);

function frozen_bank(seed: number): readonly Item[] {
	// A copy, so that freezing it freezes nothing of the content the items may point into.
	return deep_freeze(structuredClone(generate_bank(real_quiz_documents(), seed)));
}

/**
 * `value`, with every object and array in it frozen, so that a test changing what other tests
 * read fails where it changes it. (Items hold no Map or Set, whose contents this would miss.)
 */
function deep_freeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deep_freeze(inner);
	}
	return value;
}
