/**
 * The words a learner reads about one part of their progress that was refused or repaired: each
 * kind of part is named as they know it (a lesson read, an answer and when it was given, a quiz
 * and when it started, an answer in it by its number, a review card), never by its field path,
 * which comes apart for whoever helps them.
 */
import { describe, expect, it } from 'vitest';
import { attempt_id } from '$lib/content/ids';
import { describe_problem, when } from './problems';

const STARTED = Date.UTC(2026, 11, 7, 10, 30);
const ID = attempt_id('lesson:doc/intro', STARTED);
/** A record holding one of each part, as the checks see it. */
const data = {
	lessons_read: { 'doc/intro': STARTED },
	answers: {
		k3j2: [{ answer: { kind: 'option', option: 'a' }, correct: true, at: STARTED + 60_000 }]
	},
	attempts: {
		[ID]: { scope: 'lesson:doc/intro', item_ids: ['k3j2', '9f8e'], started: STARTED }
	},
	cards: { k3j2: {} }
};
const said = (
	path: (string | number)[],
	problem: { expected?: string; value?: unknown; said?: string }
) => describe_problem({ path, ...problem }, data);

describe('a problem, in the learner’s words', () => {
	it('names a lesson read by its lesson', () => {
		expect(said(['lessons_read', 'doc/intro'], { expected: 'a valid time', value: -1 })).toEqual({
			text: 'the read time of lesson “doc/intro” is -1, not a valid time',
			path: 'lessons_read.doc/intro'
		});
	});

	it('names an answer by its question, its place among that question’s answers and when it was given', () => {
		expect(
			said(['answers', 'k3j2', 0, 'correct'], { expected: 'true or false', value: 'yes' })
		).toEqual({
			text: 'the right-or-wrong mark of answer 1 to question “k3j2” (given 7 Dec 2026, 10:31 UTC) is “yes”, not true or false',
			path: 'answers.k3j2.0.correct'
		});
	});

	it('names a quiz attempt by what it covered and when it started', () => {
		expect(
			said(['attempts', ID, 'mode'], { expected: 'one of practice, exam', value: 'test' }).text
		).toBe(
			'the mode of the quiz on lesson “doc/intro” started 7 Dec 2026, 10:30 UTC is “test”, not one of practice, exam'
		);
	});

	it('names an answer in a quiz by its question’s number there', () => {
		expect(
			said(['attempts', ID, 'responses', '9f8e', 'score'], {
				expected: 'a score from 0 to 1',
				value: 2
			})
		).toEqual({
			text: 'the score of your answer to question 2 of 2 in the quiz on lesson “doc/intro” started 7 Dec 2026, 10:30 UTC is 2, not a score from 0 to 1',
			path: `attempts.${ID}.responses.9f8e.score`
		});
	});

	it('names a quiz’s selection and the entry in it', () => {
		expect(
			said(['attempts', ID, 'selection', 'lessons', 2], { expected: 'text', value: 7 }).text
		).toBe(
			'entry 3 in the lessons chosen for the quiz on lesson “doc/intro” started 7 Dec 2026, 10:30 UTC is 7, not text'
		);
	});

	it('names a review card by its question', () => {
		expect(said(['cards', 'k3j2', 'due'], { said: 'is before its last review' })).toEqual({
			text: 'the due date of the review card of question “k3j2” is before its last review',
			path: 'cards.k3j2.due'
		});
	});

	it('says a field is missing rather than quoting nothing', () => {
		expect(said(['attempts', ID, 'seed'], { expected: 'a whole number' }).text).toMatch(
			/ seed of .* is missing$/
		);
	});

	it.each([
		['document:doc', 'the quiz on all of “doc”'],
		['mixed', 'the mixed quiz'],
		['check', 'the quick check'],
		['review', 'the review of due questions'],
		['assignment:0a1b2c3d', 'the assignment “0a1b2c3d”'],
		['something else', 'the quiz']
	])('names an attempt of scope %s as “%s”, with when it started', (scope, quiz) => {
		const record = { attempts: { a: { scope, started: STARTED } } };
		expect(describe_problem({ path: ['attempts', 'a', 'seed'], said: 'is odd' }, record).text).toBe(
			`the seed of ${quiz} started 7 Dec 2026, 10:30 UTC is odd`
		);
	});

	it('takes an attempt’s start from its id when its own is unusable, or names it by its id', () => {
		const record = { attempts: { [ID]: { started: 'soon' }, x: {} } };
		const seed = (key: string) =>
			describe_problem({ path: ['attempts', key, 'seed'], said: 'is odd' }, record).text;
		expect(seed(ID)).toBe(
			'the seed of the quiz (its id says it began 7 Dec 2026, 10:30 UTC) is odd'
		);
		expect(seed('x')).toBe('the seed of the quiz stored as “x” is odd');
	});

	it('quotes a long text cut short, and tells a list from a set of fields', () => {
		const long = 'x'.repeat(50);
		expect(said(['version'], { expected: 'format 3', value: long }).text).toBe(
			`the format number is “${'x'.repeat(40)}…”, not format 3`
		);
		expect(said(['answers'], { expected: 'a list', value: {} }).text).toBe(
			'the list of answers is a set of named fields, not a list'
		);
	});

	it('writes a time with its zone, and none for what is not a time', () => {
		expect(when(Date.UTC(2025, 0, 5, 9, 7))).toBe('5 Jan 2025, 09:07 UTC');
		expect([when(-1), when(Number.NaN), when('1'), when(8.65e15)]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('names a field it has no words for as it is stored, whatever its name', () => {
		for (const field of ['constructor', '__proto__', 'toString'])
			expect(said(['attempts', ID, field], { said: 'is odd' }).text).toBe(
				`the ${field} of the quiz on lesson “doc/intro” started 7 Dec 2026, 10:30 UTC is odd`
			);
		expect(said(['cards', 'k3j2', 'constructor'], { said: 'is odd' }).text).toBe(
			'the constructor of the review card of question “k3j2” is odd'
		);
		expect(said(['attempts', ID, 'selection', 'constructor', 0], { said: 'is odd' }).text).toBe(
			'entry 1 in the constructor for the quiz on lesson “doc/intro” started 7 Dec 2026, 10:30 UTC is odd'
		);
	});
});
