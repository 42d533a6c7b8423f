/**
 * The real content, read from content/ (or MOBILIZE_CONTENT) once per test file, for tests that
 * run against whatever content the module ships.
 */
import { load_content } from '$lib/content/load';
import type { Content } from '$lib/content/types';
import { read_content_files } from '$lib/server/content_source';
import { quiz_documents_of, type QuizDocument } from '$lib/quiz/source';

/** The content the tests run against: whatever content/ (or MOBILIZE_CONTENT) holds. */
export { read_content_files } from '$lib/server/content_source';

let real: Content | undefined;

/** The real content, loaded once per test file. */
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
