/**
 * What a learner is told about a stored or imported progress record that is not quite right:
 * each field refused names itself and what it should hold, and each repair says what was done.
 * The record is read through `decode`, as storage and import read it.
 */
import { describe, expect, it } from 'vitest';
import { answer_record, attempt_record, DAY } from '$testing/progress';
import { decode } from './codec';
import { CURRENT_VERSION } from './schema';

const NOW = Date.UTC(2025, 0, 15);

type Json = Record<string, unknown>;

/** A valid record: one lesson read, one answer, one finished attempt and the answer's card. */
function record(): Json {
	return {
		version: CURRENT_VERSION,
		lessons_read: { 'doc/lesson': NOW - DAY },
		answers: { q1: [answer_record(true, NOW - DAY)] },
		attempts: {
			a1: attempt_record('a1', {
				item_ids: ['q1', 'q2'],
				position: 1,
				responses: {
					q1: { answer: { kind: 'option', option: 'a' }, score: 1, at: NOW - DAY + 5 }
				},
				started: NOW - DAY,
				finished: NOW - DAY + 10
			})
		},
		cards: {
			q1: { due: NOW + DAY, last: NOW - DAY, s: 2, d: 5, reps: 1, lapses: 0, state: 2, step: 0 }
		}
	};
}

/** `record()` changed by `change`, decoded at NOW. */
function decoded(change: (data: Json & { attempts: { a1: Json }; cards: { q1: Json } }) => void) {
	const data = record() as Parameters<typeof change>[0];
	change(data);
	return decode(JSON.stringify(data), NOW);
}

/**
 * What a learner is told when `change` makes the record one no version of Mobilize writes: the
 * words after "not a valid progress record:", and the field named after them for whoever helps.
 */
function refusal(change: Parameters<typeof decoded>[0]) {
	const result = decoded(change);
	if (result.ok) throw new Error('the changed record was accepted');
	const said = /^The saved progress is not a valid progress record: (.*)\. \(Field: (.*)\)$/.exec(
		result.message
	);
	return { words: said?.[1] ?? result.message, field: said?.[2] };
}

/** The fixture's attempt, as a learner is told of it: what it covered and when it started. */
const QUIZ = 'the mixed quiz started 14 Jan 2025, 00:00 UTC';
/** An attempt id with its start in it, as `attempt_id` makes them. */
const TIMED = `mixed@${(NOW - DAY).toString(36)}`;

describe('a stored record', () => {
	it('reads back as it was when nothing is wrong with it', () => {
		const result = decode(JSON.stringify(record()), NOW);
		expect(result).toMatchObject({ ok: true, state: { version: CURRENT_VERSION } });
		expect(result.ok && result.fixes).toBeUndefined();
	});

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

	it('is refused for a version that is not a whole number, before any field is read', () => {
		const result = decoded((d) => (d.version = CURRENT_VERSION - 0.5));
		expect(result).toEqual({
			ok: false,
			reason: 'invalid',
			message: 'The saved progress has no version number.'
		});
	});

	it('keeps the edges of each range', () => {
		const result = decoded((d) => {
			Object.assign(d.cards.q1, { s: 0.001, d: 1 });
			(d.attempts.a1.responses as { q1: Json }).q1.score = 0;
			d.lessons_read = { x: 0 };
		});
		expect(result.ok).toBe(true);
		expect(
			decoded((d) => Object.assign(d.cards.q1, { s: 36500, d: 10, state: 3, reps: 0, lapses: 0 }))
				.ok
		).toBe(true);
	});

	it('drops fields it does not know and keeps the optional ones it does', () => {
		const result = decoded((d) => {
			d.extra = 1;
			d.attempts.a1.selection = { documents: ['doc'], count: 3, colour: 'red' };
		});
		if (!result.ok) throw new Error(result.message);
		expect(result.state).not.toHaveProperty('extra');
		expect(result.state.attempts.a1?.selection).toEqual({ documents: ['doc'], count: 3 });
	});
});

describe('a record it can repair', () => {
	/** The repairs made to `record()` changed by `change`. */
	function fixes(change: Parameters<typeof decoded>[0]) {
		const result = decoded(change);
		if (!result.ok) throw new Error(result.message);
		const found = result.fixes ?? [];
		return { fixes: found.map((f) => `${f.text} (${f.path})`), state: result.state };
	}

	it('sets a time in the future to now, but allows a day of clock skew', () => {
		const { fixes: said, state } = fixes(
			(d) => (d.lessons_read = { x: NOW + 2 * DAY, y: NOW + DAY - 1 })
		);
		expect(said).toEqual([
			'the read time of lesson “x” was in the future, so it is set to now (lessons_read.x)'
		]);
		expect(state.lessons_read).toEqual({ x: NOW, y: NOW + DAY - 1 });
	});

	it('sets a finish before the start to the start', () => {
		const { fixes: said, state } = fixes((d) => (d.attempts.a1.finished = NOW - 2 * DAY));
		expect(said).toEqual([
			`the finish time of ${QUIZ} was before its start, so it is set to its start (attempts.a1.finished)`
		]);
		expect(state.attempts.a1?.finished).toBe(state.attempts.a1?.started);
	});

	it('keeps a question listed twice once', () => {
		const { fixes: said, state } = fixes((d) => (d.attempts.a1.item_ids = ['q1', 'q2', 'q1']));
		expect(said).toEqual([
			`the list of questions in ${QUIZ} had a question in it twice, so that question is kept once (attempts.a1.item_ids)`
		]);
		expect(state.attempts.a1?.item_ids).toEqual(['q1', 'q2']);
	});

	it('brings a position past the questions back: to the end when finished, the last otherwise', () => {
		const finished = fixes((d) => (d.attempts.a1.position = 5));
		expect(finished.fixes).toEqual([
			`the current question of ${QUIZ} was question 6, past its 2 questions, so it is set to its end (attempts.a1.position)`
		]);
		expect(finished.state.attempts.a1?.position).toBe(2);
		const open = fixes((d) => {
			delete d.attempts.a1.finished;
			d.attempts.a1.position = 2;
		});
		expect(open.fixes).toEqual([
			`the current question of ${QUIZ} was question 3, past its 2 questions, so it is set to question 2 (attempts.a1.position)`
		]);
		expect(open.state.attempts.a1?.position).toBe(1);
		expect(fixes((d) => (d.attempts.a1.position = 2)).fixes).toEqual([]);
		const one = fixes((d) => {
			d.attempts.a1.item_ids = ['q1'];
			d.attempts.a1.position = 3;
		});
		expect(one.fixes).toContain(
			`the current question of ${QUIZ} was question 4, past its one question, so it is set to its end (attempts.a1.position)`
		);
	});

	it('leaves out a response to a question the attempt does not ask', () => {
		const { fixes: said, state } = fixes((d) => {
			(d.attempts.a1.responses as Json).q9 = {
				answer: { kind: 'option', option: 'a' },
				score: 0,
				at: 1
			};
		});
		expect(said).toEqual([
			`your answer to question “q9” in ${QUIZ} is to a question the quiz does not have, so it is left out (attempts.a1.responses.q9)`
		]);
		expect(Object.keys(state.attempts.a1?.responses ?? {})).toEqual(['q1']);
	});

	it('counts a response as an answer, right only at full score', () => {
		const { state } = fixes((d) => {
			d.answers = {};
			d.attempts.a1.item_ids = ['q1', 'q2'];
			(d.attempts.a1.responses as Json).q2 = {
				answer: { kind: 'pairs', pairs: {} },
				score: 0.5,
				at: NOW - DAY + 6
			};
			delete (d as Json).cards;
		});
		expect(state.answers.q1).toEqual([
			{ answer: { kind: 'option', option: 'a' }, correct: true, at: NOW - DAY + 5 }
		]);
		expect(state.answers.q2?.map((r) => r.correct)).toEqual([false]);
	});

	it('orders each item’s answers by time, then the same way whatever order they came in', () => {
		const a = answer_record(true, 7, 'a');
		const b = answer_record(false, 7, 'b');
		const c = answer_record(true, 3, 'c');
		const orders = [
			[a, b, c],
			[c, b, a],
			[b, c, a]
		].map(
			(records) =>
				fixes((d) => (d.answers = { q1: [...records, ...(d.answers as { q1: unknown[] }).q1] }))
					.state.answers.q1
		);
		expect(orders[0]?.map((r) => r.at)).toEqual([3, 7, 7, NOW - DAY, NOW - DAY + 5]);
		expect(orders[1]).toEqual(orders[0]);
		expect(orders[2]).toEqual(orders[0]);
	});

	it('leaves out a card with no answer, or a broken one, to be made again', () => {
		const lone = fixes((d) => ((d as Json).cards = { q7: d.cards.q1 }));
		expect(lone.fixes).toEqual([
			'the review card of question “q7” belongs to a question with no answer stored, so it is left out (cards.q7)'
		]);
		expect(lone.state.cards).toEqual({});
		const early = fixes((d) => (d.cards.q1.due = NOW - 2 * DAY));
		expect(early.fixes).toEqual([
			'the due date of the review card of question “q1” is before its last review, so the card is left out, to be made again from its answers (cards.q1.due)'
		]);
		const lapsed = fixes((d) => Object.assign(d.cards.q1, { reps: 1, lapses: 2 }));
		expect(lapsed.fixes).toEqual([
			'the lapse count of the review card of question “q1” is more than its review count, so the card is left out, to be made again from its answers (cards.q1.lapses)'
		]);
		expect(
			fixes((d) => Object.assign(d.cards.q1, { reps: 2, lapses: 2, due: NOW - DAY })).fixes
		).toEqual([]);
	});
});
