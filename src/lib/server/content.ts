import files from 'virtual:mobilize-content';
import { quiz_documents_of, type QuizDocument } from '$lib/quiz/source';
import { checked_content } from './content_check';

/**
 * The validated content, built once per build. The quality gates are not run here: the build
 * has run them before bundling (content_plugin runs scripts/check_content.ts and stops on a
 * failure, as does `npm run export`), and the dev server prints their lines at start and on
 * every change. Running them again here (60 seeds) would only slow every page test that loads
 * this module. Content that fails the schema, or takes a route's name, still throws a
 * ContentCheckError listing file, field and rule.
 */
export const content = checked_content(files, { seeds: [] });

export function find_document(slug: string) {
	return content.documents.find((doc) => doc.slug === slug);
}

/** The part of the content the quiz generator needs, to send to quiz pages. */
export function quiz_documents(): QuizDocument[] {
	return quiz_documents_of(content);
}
