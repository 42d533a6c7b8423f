import { content_files } from '$lib/content/files';
import { load_content } from '$lib/content/load';
import { assert_gates } from '$lib/quiz/gates';
import { quiz_documents_of, type QuizDocument } from '$lib/quiz/source';

/**
 * The validated content, built once per build. A bad file throws a ContentError naming the file
 * and field, and content that yields an item breaking a quality gate throws naming the fact;
 * either fails `vite build` during prerendering.
 */
export const content = load_content(content_files);

/** Seeds the build checks: enough to catch content problems, cheap enough for every build. */
const BUILD_SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
assert_gates(content.documents, BUILD_SEEDS);

export function find_document(slug: string) {
	return content.documents.find((doc) => doc.slug === slug);
}

/** The part of the content the quiz generator needs, to send to quiz pages. */
export function quiz_documents(): QuizDocument[] {
	return quiz_documents_of(content);
}
