/**
 * Quiz scopes: what an attempt covers, stored with it. One function makes each kind, and
 * `quiz_path` maps a scope back to the page that runs it, so a stored attempt can link home.
 * Stored scopes come from storage or an imported file, so their parts are encoded in paths.
 */
import { at } from '../must';

export const lesson_scope = (document: string, lesson: string) => `lesson:${document}/${lesson}`;
export const document_scope = (document: string) => `document:${document}`;
export const MIXED_SCOPE = 'mixed';
export const CHECK_SCOPE = 'check';
export const REVIEW_SCOPE = 'review';

/** The page (without the site base) that runs quizzes of `scope`; undefined if none does. */
export function quiz_path(scope: string): string | undefined {
	if (scope === MIXED_SCOPE) return '/quiz/';
	if (scope === CHECK_SCOPE) return '/check/';
	if (scope === REVIEW_SCOPE) return '/review/';
	const lesson = /^lesson:([^/]+)\/([^/]+)$/.exec(scope);
	if (lesson)
		return `/${encodeURIComponent(at(lesson, 1))}/${encodeURIComponent(at(lesson, 2))}/quiz/`;
	const document = /^document:([^/]+)$/.exec(scope);
	if (document) return `/${encodeURIComponent(at(document, 1))}/quiz/`;
	return undefined;
}

/** Where a stored attempt is shown again: its results if finished, else where it was left. */
export function attempt_path(attempt: { id: string; scope: string }): string | undefined {
	const path = quiz_path(attempt.scope);
	return path && `${path}?attempt=${encodeURIComponent(attempt.id)}`;
}
