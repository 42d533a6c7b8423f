import { describe, expect, it } from 'vitest';
import { build_quiz } from '../../src/lib/quiz/bank';
import { drawn_quiz } from './drawn_quiz';
import { real_quiz_documents } from './real_content';

const documents = real_quiz_documents();

describe('drawn_quiz', () => {
	it('gives what build_quiz draws, for quizzes of one seed drawn from one bank', () => {
		for (const selection of [{ count: 5 }, { count: 9, types: ['scenario' as const] }]) {
			const options = { documents, seed: 11, selection };
			expect(drawn_quiz(options)).toEqual(build_quiz(options));
		}
	});

	it('hands out a fresh copy each call', () => {
		const options = { documents, seed: 11, selection: { count: 5 } };
		const first = drawn_quiz(options);
		first[0]!.stem = 'changed by a test';
		expect(drawn_quiz(options)[0]!.stem).not.toBe('changed by a test');
	});
});
