import { parse_scope } from './page_ids';

/**
 * Site paths (without the base) of the module's pages, as src/routes lays them out, with the
 * trailing slash the static build writes them with. Each is made here, pages of content from
 * the identifiers in ids.ts, so links and the pages they name agree.
 */
export const document_path = (document: string) => `/${document}/`;
export const lesson_path = (document: string, lesson: string) => `${document_path(document)}${lesson}/`;
/** A fact on its lesson page, e.g. `/doc/lesson/#attr-scope` (see `fact_anchor`). */
export const fact_path = (document: string, lesson: string, anchor: string) =>
	`${lesson_path(document, lesson)}#${anchor}`;

export const lesson_quiz_path = (document: string, lesson: string) =>
	`${lesson_path(document, lesson)}quiz/`;
export const document_quiz_path = (document: string) => `${document_path(document)}quiz/`;
export const MIXED_QUIZ_PATH = '/quiz/';
export const CHECK_PATH = '/check/';
export const REVIEW_PATH = '/review/';
export const PROGRESS_PATH = '/progress/';
/** The teacher's assignment builder, and the gradebook that reads what students hand in. */
export const TEACH_PATH = '/teach/';
export const RESULTS_PATH = '/teach/results/';
/** A student's page for an assignment; the assignment itself is in the fragment (`#<code>`). */
export const ASSIGNMENT_PATH = '/assignment/';
/** The printable worksheet and answer key of an assignment, also `#<code>`. */
export const ASSIGNMENT_PRINT_PATH = '/assignment/print/';
/** An assignment's link: the code goes in the fragment, which the static host never sees. */
export const assignment_link = (page: string, code: string) => `${page}#${code}`;
/** The generator's input, for quiz pages that draw another quiz than the prerendered one. */
export const QUIZ_DATA_PATH = '/quiz-data.json';
/** Every item id of the current content, for the header's review count. */
export const ITEM_IDS_PATH = '/item-ids.json';

/**
 * The page that runs quizzes of `scope`; undefined if none does. Stored scopes come from storage
 * or an imported file, so their parts are encoded.
 */
export function quiz_path(scope: string): string | undefined {
	const parsed = parse_scope(scope);
	switch (parsed?.kind) {
		case 'mixed':
			return MIXED_QUIZ_PATH;
		case 'check':
			return CHECK_PATH;
		case 'review':
			return REVIEW_PATH;
		case 'lesson':
			return lesson_quiz_path(
				encodeURIComponent(parsed.document),
				encodeURIComponent(parsed.lesson)
			);
		case 'document':
			return document_quiz_path(encodeURIComponent(parsed.document));
		default:
			return undefined;
	}
}

/** Where a stored attempt is shown again: its results if finished, else where it was left. */
export function attempt_path(attempt: { id: string; scope: string }): string | undefined {
	const path = quiz_path(attempt.scope);
	return path && `${path}?attempt=${encodeURIComponent(attempt.id)}`;
}
