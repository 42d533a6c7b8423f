import { describe, expect, it } from 'vitest';
import {
	attempt_path,
	CHECK_SCOPE,
	document_scope,
	lesson_scope,
	MIXED_SCOPE,
	quiz_path,
	REVIEW_SCOPE
} from './scope';

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
