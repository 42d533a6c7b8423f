import { describe, expect, it } from 'vitest';
import { CHECK_SCOPE, document_scope, lesson_scope, MIXED_SCOPE, REVIEW_SCOPE } from './ids';
import { attempt_path, document_path, fact_path, lesson_path, quiz_path } from './paths';

describe('content paths', () => {
	it('follow the routes, with a trailing slash as the static build writes them', () => {
		expect(document_path('doc')).toBe('/doc/');
		expect(lesson_path('doc', 'intro')).toBe('/doc/intro/');
		expect(fact_path('doc', 'intro', 'attr-scope')).toBe('/doc/intro/#attr-scope');
	});
});

describe('quiz_path', () => {
	it('leads every kind of scope back to the page that runs it', () => {
		expect(quiz_path(lesson_scope('doc', 'intro'))).toBe('/doc/intro/quiz/');
		expect(quiz_path(document_scope('doc'))).toBe('/doc/quiz/');
		expect(quiz_path(MIXED_SCOPE)).toBe('/quiz/');
		expect(quiz_path(CHECK_SCOPE)).toBe('/check/');
		expect(quiz_path(REVIEW_SCOPE)).toBe('/review/');
	});

	it('has no page for a scope it does not know, and encodes stored parts', () => {
		expect(quiz_path('lesson:only-one-part')).toBeUndefined();
		expect(quiz_path('constructor')).toBeUndefined();
		expect(quiz_path('document:a b?')).toBe('/a%20b%3F/quiz/');
		// A scope is read whole: a prefix or a part too many is not a page's scope.
		for (const scope of ['xlesson:d/l', 'lesson:d/l/extra', 'xdocument:d', 'document:d/extra'])
			expect(quiz_path(scope), scope).toBeUndefined();
	});
});

describe('attempt_path', () => {
	it('links to the attempt on its page', () => {
		expect(attempt_path({ id: 'lesson:d/l@k9', scope: 'lesson:d/l' })).toBe(
			'/d/l/quiz/?attempt=lesson%3Ad%2Fl%40k9'
		);
		expect(attempt_path({ id: 'x', scope: 'elsewhere' })).toBeUndefined();
	});
});
