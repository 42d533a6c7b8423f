import files from 'virtual:mobilize-content';
import { quiz_documents_of, type QuizDocument } from '$lib/quiz/source';
import { checked_content } from './content_check';

/**
 * The validated content, built once per build. Content that fails the schema or a quality gate
 * throws a ContentCheckError listing file, field and rule; the build has already refused it in
 * content_plugin, and the dev server has printed the same lines. Under Vitest the gates are not
 * run here: the unit tests run them over the real content themselves (gates_seeds.test.ts), and
 * a page test that loads this module would pay the build's 60 seeds again (a second or two).
 */
export const content = checked_content(files, process.env.VITEST ? { seeds: [] } : {});

export function find_document(slug: string) {
	return content.documents.find((doc) => doc.slug === slug);
}

/** The part of the content the quiz generator needs, to send to quiz pages. */
export function quiz_documents(): QuizDocument[] {
	return quiz_documents_of(content);
}
