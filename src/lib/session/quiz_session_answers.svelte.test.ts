import { describe, expect, it } from 'vitest';
import type { Item, Selection } from '$lib/quiz/types';
import { valid_item } from '$testing/items';
import { QuizSession, type QuizSetup } from './quiz_session.svelte';

// Hand-made items: what the learner hears and sees does not depend on how items are generated.
const choice = valid_item();
const wrong_option = choice.options.find((o) => !o.correct)!;
const right_option = choice.options.find((o) => o.correct)!;
const pairs: Item = {
	...valid_item({ id: 'qtest002', type: 'matching', stem: 'Match each colour to its mood.' }),
	prompts: [
		{ id: 'p1', text: 'Red' },
		{ id: 'p2', text: 'Blue' }
	],
	options: [
		{ id: 'a', text: 'Lively', correct: true, feedback: '', matches: 'p1' },
		{ id: 'b', text: 'Restful', correct: true, feedback: '', matches: 'p2' }
	]
};

/** A page whose own quiz is `items`; `documents` is what loading another quiz's content does. */
function page(
	items: Item[],
	documents: QuizSetup['documents'] = () => Promise.reject(new Error('offline'))
): QuizSetup {
	return { scope: 'mixed', seed: 3, selection: { count: items.length }, items, documents };
}

describe('what the learner hears after a practice answer', () => {
	it('a right answer: “Correct.” and the option’s feedback', () => {
		const session = new QuizSession({ setup: page([choice]) });
		session.answer({ kind: 'option', option: right_option.id });
		expect(session.announcement).toBe('Correct. Right.');
		// Practice mode waits on the question, so the feedback can be read.
		expect(session.current?.id).toBe(choice.id);
	});

	it('a wrong answer: “Not quite.” and why', () => {
		const session = new QuizSession({ setup: page([choice]) });
		expect(session.answer({ kind: 'option', option: wrong_option.id })).toMatchObject({
			correct: false
		});
		expect(session.announcement).toBe('Not quite. No.');
	});

	it('half the pairs right: “Partly right.” and every pair’s line', () => {
		const session = new QuizSession({ setup: page([pairs]) });
		session.answer({ kind: 'pairs', pairs: { p1: 'a', p2: 'a' } });
		expect(session.announcement).toBe(
			'Partly right. Red: right. Blue: not that one; its match is “Restful”.'
		);
		expect(session.attempt.responses[pairs.id]?.score).toBe(0.5);
	});

	it('no pair right is not partly right', () => {
		const session = new QuizSession({ setup: page([pairs]) });
		session.answer({ kind: 'pairs', pairs: { p1: 'b', p2: 'a' } });
		expect(session.announcement).toMatch(/^Not quite\. /);
	});
});

describe('moving through a quiz', () => {
	it('finishes after the last question and then stays finished', () => {
		const session = new QuizSession({ setup: page([choice, pairs]), now: () => 1000 });
		session.answer({ kind: 'option', option: right_option.id });
		session.next();
		expect(session.current?.id).toBe(pairs.id);
		expect(session.finished).toBe(false);
		session.answer({ kind: 'pairs', pairs: { p1: 'a', p2: 'b' } });
		session.next();
		expect(session.finished).toBe(true);
		expect(session.current).toBeUndefined();
		const results = session.attempt;
		session.next();
		expect(session.attempt).toBe(results);
		expect(session.answer({ kind: 'option', option: right_option.id })).toBeUndefined();
	});

	it('lets the learner switch to exam mode before the first answer only', () => {
		const session = new QuizSession({ setup: page([choice, pairs]) });
		session.set_mode('exam');
		expect(session.attempt.mode).toBe('exam');
		session.set_mode('practice');
		expect(session.attempt.mode).toBe('practice');
		session.answer({ kind: 'option', option: right_option.id });
		session.set_mode('exam');
		expect(session.attempt.mode).toBe('practice');
	});
});

describe('new questions', () => {
	it('says why when the content cannot load, keeps the quiz shown, and tries the load again next time', async () => {
		let fail = true;
		const documents = () => (fail ? Promise.reject(new Error('HTTP 503')) : Promise.resolve([]));
		let clock = 0;
		const session = new QuizSession({ setup: page([choice], documents), now: () => ++clock });
		session.answer({ kind: 'option', option: right_option.id });
		const before = session.attempt;
		await session.again();
		expect(session.message).toBe(
			'New questions could not be loaded (HTTP 503). Check the connection and try again.'
		);
		expect(session.announcement).toBe('Correct. Right.');
		expect(session.attempt).toBe(before);

		fail = false;
		await session.again();
		expect(session.message).toBe('');
		expect(session.announcement).toBe('New questions ready.');
		expect(session.attempt.id).not.toBe(before.id);
		expect(session.answered).toBe(0);
	});

	it('draws afresh where the page says how (review, quick check), with the draw’s selection', async () => {
		const draws: number[] = [];
		const selection: Selection = { items: [pairs.id] };
		const setup: QuizSetup = {
			...page([]),
			items: undefined,
			draw: (seed) => {
				draws.push(seed);
				return { selection, items: [pairs] };
			}
		};
		const session = new QuizSession({ setup });
		await session.open();
		expect(draws).toEqual([3]);
		expect(session.items).toEqual([pairs]);
		expect(session.attempt.selection).toEqual(selection);
		expect(session.ready).toBe(true);
		await session.start(9, 'exam');
		expect(draws).toEqual([3, 9]);
		expect(session.attempt).toMatchObject({ seed: 9, mode: 'exam' });
	});

	it('starts the page’s own quiz again for its own seed without loading anything', async () => {
		const session = new QuizSession({ setup: page([choice]) });
		expect(await session.start(3, 'exam')).toBe(true);
		expect(session.items).toEqual([choice]);
		expect(session.attempt.mode).toBe('exam');
		expect(session.message).toBe('');
	});
});
