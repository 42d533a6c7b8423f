import files from 'virtual:mobilize-content';
import { quiz_documents_of, type QuizDocument } from '$lib/quiz/source';
import { checked_content } from './content_check';

/**
 * The validated content, built once per build. Content that fails the schema or a quality gate
 * throws a ContentCheckError listing file, field and rule; the build has already refused it in
 * content_plugin, and the dev server has printed the same lines.
 */
export const content = checked_content(files);

export function find_document(slug: string) {
	return content.documents.find((doc) => doc.slug === slug);
}

/** The part of the content the quiz generator needs, to send to quiz pages. */
export function quiz_documents(): QuizDocument[] {
	return quiz_documents_of(content);
}
