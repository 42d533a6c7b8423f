/**
 * Each field of a stored progress record that no version of Mobilize writes, refused with words
 * a learner can act on: which part of their progress it is, and what is wrong with it, with the
 * field's path for whoever helps them. The record is read through `decode`, as storage and
 * import read it.
 */
import { describe, expect, it } from 'vitest';
import { answer_record, DAY } from '$testing/progress';
import { decoded, type Json, NOW, QUIZ, refusal, TIMED } from '$testing/stored_record';

describe('a stored record', () => {
	it.each<[string, Parameters<typeof decoded>[0], string, string]>([
		[
			'a lesson time that is not a number',
			(d) => (d.lessons_read = { x: 'soon' }),
			'the read time of lesson “x” is “soon”, not a valid time',
			'lessons_read.x'
		],
		[
			'a negative time',
			(d) => (d.lessons_read = { x: -1 }),
			'the read time of lesson “x” is -1, not a valid time',
			'lessons_read.x'
		],
		[
			'no time (JSON has no Infinity)',
			(d) => (d.lessons_read = { x: null }),
			'the read time of lesson “x” is empty, not a valid time',
			'lessons_read.x'
		],
		[
			'answers as a list',
			(d) => (d.answers = []),
			'the list of answers is a list, not a set of named fields',
			'answers'
		],
		[
			'an answer list that is text',
			(d) => (d.answers = { q1: 'a' }),
			'the list of answers to question “q1” is “a”, not a list',
			'answers.q1'
		],
		[
			'an answer of no known kind',
			(d) => (d.answers = { q1: [{ answer: { kind: 'x' }, correct: true, at: NOW - DAY }] }),
			'the kind of answer 1 to question “q1” (given 14 Jan 2025, 00:00 UTC) is “x”, not option, text or pairs',
			'answers.q1.0.answer.kind'
		],
		[
			'an answer that is not an object',
			(d) => (d.answers = { q1: [{ answer: 'a', correct: true, at: 'then' }] }),
			'answer 1 to question “q1” is “a”, not an answer',
			'answers.q1.0.answer'
		],
		[
			'a chosen option that is a number',
			(d) =>
				(d.answers = { q1: [{ answer: { kind: 'option', option: 1 }, correct: true, at: 1 }] }),
			'the chosen option of answer 1 to question “q1” (given 1 Jan 1970, 00:00 UTC) is 1, not text',
			'answers.q1.0.answer.option'
		],
		[
			'a typed answer that is not text',
			(d) => (d.answers = { q1: [{ answer: { kind: 'text', text: null }, correct: true, at: 1 }] }),
			'the text typed of answer 1 to question “q1” (given 1 Jan 1970, 00:00 UTC) is empty, not text',
			'answers.q1.0.answer.text'
		],
		[
			'a pair that is not text',
			(d) =>
				(d.answers = {
					q1: [{ answer: { kind: 'pairs', pairs: { p: 2 } }, correct: true, at: 1 }]
				}),
			'the match for “p” of answer 1 to question “q1” (given 1 Jan 1970, 00:00 UTC) is 2, not text',
			'answers.q1.0.answer.pairs.p'
		],
		[
			'correct as a word',
			(d) =>
				(d.answers = {
					q1: [answer_record(true, 1), { ...answer_record(true, 1), correct: 'yes' }]
				}),
			'the right-or-wrong mark of answer 2 to question “q1” (given 1 Jan 1970, 00:00 UTC) is “yes”, not true or false',
			'answers.q1.1.correct'
		],
		[
			'a reserved name as an id',
			(d) => (d.lessons_read = JSON.parse('{"__proto__": 1}') as Json),
			'the list of lessons read uses “__proto__” as a name, which is reserved and cannot be an id',
			'lessons_read'
		],
		[
			'a seed that is not whole',
			(d) => (d.attempts.a1.seed = 1.5),
			`the seed of ${QUIZ} is 1.5, not a whole number`,
			'attempts.a1.seed'
		],
		[
			'a negative position',
			(d) => (d.attempts.a1.position = -1),
			`the current question of ${QUIZ} is -1, not a whole number`,
			'attempts.a1.position'
		],
		[
			'a mode of no kind',
			(d) => (d.attempts.a1.mode = 'test'),
			`the mode of ${QUIZ} is “test”, not one of practice, exam`,
			'attempts.a1.mode'
		],
		[
			'an item type of no kind',
			(d) => (d.attempts.a1.selection = { types: ['matching', 'essay'] }),
			`entry 2 in the question types chosen for ${QUIZ} is “essay”, not one of which-concept`,
			'attempts.a1.selection.types.1'
		],
		[
			'a selection count that is text',
			(d) => (d.attempts.a1.selection = { count: '5' }),
			`the number of questions chosen for ${QUIZ} is “5”, not a whole number`,
			'attempts.a1.selection.count'
		],
		[
			'a selection that is a list',
			(d) => (d.attempts.a1.selection = []),
			`the choice of questions for ${QUIZ} is a list, not a set of named fields`,
			'attempts.a1.selection'
		],
		[
			'a question id that is a number',
			(d) => (d.attempts.a1.item_ids = ['q1', 7]),
			`entry 2 in the list of questions in ${QUIZ} is 7, not text`,
			'attempts.a1.item_ids.1'
		],
		[
			'a score above 1',
			(d) => ((d.attempts.a1.responses as { q1: Json }).q1.score = 1.5),
			`the score of your answer to question 1 of 2 in ${QUIZ} is 1.5, not a score from 0 to 1`,
			'attempts.a1.responses.q1.score'
		],
		[
			'a negative score',
			(d) => ((d.attempts.a1.responses as { q1: Json }).q1.score = -0.5),
			`the score of your answer to question 1 of 2 in ${QUIZ} is -0.5, not a score from 0 to 1`,
			'attempts.a1.responses.q1.score'
		],
		[
			'an attempt without a start: its id says when',
			(d) => {
				const attempt: Json = { ...d.attempts.a1, id: TIMED };
				delete attempt.started;
				(d as Json).attempts = { [TIMED]: attempt };
			},
			`the start time of the mixed quiz (its id says it began 14 Jan 2025, 00:00 UTC) is missing`,
			`attempts.${TIMED}.started`
		],
		[
			'an attempt without a start or a time in its id',
			(d) => delete d.attempts.a1.started,
			'the start time of the mixed quiz stored as “a1” is missing',
			'attempts.a1.started'
		],
		[
			'an attempt under another id',
			(d) => (d.attempts.a1.id = 'a2'),
			`the id of ${QUIZ} is “a2”, not the id it is stored under (“a1”)`,
			'attempts.a1.id'
		],
		[
			'a stability out of range',
			(d) => (d.cards.q1.s = 0),
			'the stability of the review card of question “q1” is 0, not a stability from 0.001 to 36500 days',
			'cards.q1.s'
		],
		[
			'a stability too long',
			(d) => (d.cards.q1.s = 36501),
			'the stability of the review card of question “q1” is 36501, not a stability from 0.001 to 36500 days',
			'cards.q1.s'
		],
		[
			'a difficulty out of range',
			(d) => (d.cards.q1.d = 11),
			'the difficulty of the review card of question “q1” is 11, not a difficulty from 1 to 10',
			'cards.q1.d'
		],
		[
			'a difficulty too low',
			(d) => (d.cards.q1.d = 0.5),
			'the difficulty of the review card of question “q1” is 0.5, not a difficulty from 1 to 10',
			'cards.q1.d'
		],
		[
			'a card state of no kind',
			(d) => (d.cards.q1.state = 0),
			'the state of the review card of question “q1” is 0, not 1, 2 or 3',
			'cards.q1.state'
		]
	])('is refused for %s, saying which part and what is wrong', (_, change, words, field) => {
		const { words: said, field: named } = refusal(change);
		expect(said.startsWith(words), said).toBe(true);
		expect(named).toBe(field);
	});
});
