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

/** The problem named when `change` makes the record one no version of Mobilize writes. */
function refusal(change: Parameters<typeof decoded>[0]) {
	const result = decoded(change);
	if (result.ok) throw new Error('the changed record was accepted');
	return result.message.replace(
		/^The saved progress is not a valid progress record \((.*)\)\.$/,
		'$1'
	);
}

describe('a stored record', () => {
	it('reads back as it was when nothing is wrong with it', () => {
		const result = decode(JSON.stringify(record()), NOW);
		expect(result).toMatchObject({ ok: true, state: { version: CURRENT_VERSION } });
		expect(result.ok && result.fixes).toBeUndefined();
	});

	it.each<[string, Parameters<typeof decoded>[0], string]>([
		[
			'a lesson time that is not a number',
			(d) => (d.lessons_read = { x: 'soon' }),
			'lessons_read.x: expected a time'
		],
		['a negative time', (d) => (d.lessons_read = { x: -1 }), 'lessons_read.x: expected a time'],
		[
			'no time (JSON has no Infinity)',
			(d) => (d.lessons_read = { x: null }),
			'lessons_read.x: expected a time'
		],
		['answers as a list', (d) => (d.answers = []), 'answers: expected an object'],
		[
			'an answer list that is text',
			(d) => (d.answers = { q1: 'a' }),
			'answers.q1: expected a list'
		],
		[
			'an answer of no known kind',
			(d) => (d.answers = { q1: [{ answer: { kind: 'x' }, correct: true, at: 1 }] }),
			'answers.q1.0.answer.kind: expected option, text or pairs'
		],
		[
			'an answer that is not an object',
			(d) => (d.answers = { q1: [{ answer: 'a', correct: true, at: 1 }] }),
			'answers.q1.0.answer.kind: expected option, text or pairs'
		],
		[
			'a chosen option that is a number',
			(d) =>
				(d.answers = { q1: [{ answer: { kind: 'option', option: 1 }, correct: true, at: 1 }] }),
			'answers.q1.0.answer.option: expected text'
		],
		[
			'a typed answer that is not text',
			(d) => (d.answers = { q1: [{ answer: { kind: 'text', text: null }, correct: true, at: 1 }] }),
			'answers.q1.0.answer.text: expected text'
		],
		[
			'a pair that is not text',
			(d) =>
				(d.answers = {
					q1: [{ answer: { kind: 'pairs', pairs: { p: 2 } }, correct: true, at: 1 }]
				}),
			'answers.q1.0.answer.pairs.p: expected text'
		],
		[
			'correct as a word',
			(d) => (d.answers = { q1: [{ ...answer_record(true, 1), correct: 'yes' }] }),
			'answers.q1.0.correct: expected true or false'
		],
		[
			'a reserved name as an id',
			(d) => (d.lessons_read = JSON.parse('{"__proto__": 1}') as Json),
			'lessons_read: “__proto__” is a reserved name, not an id'
		],
		[
			'a seed that is not whole',
			(d) => (d.attempts.a1.seed = 1.5),
			'attempts.a1.seed: expected a whole number'
		],
		[
			'a negative position',
			(d) => (d.attempts.a1.position = -1),
			'attempts.a1.position: expected a whole number'
		],
		[
			'a mode of no kind',
			(d) => (d.attempts.a1.mode = 'test'),
			'attempts.a1.mode: expected one of practice, exam'
		],
		[
			'an item type of no kind',
			(d) => (d.attempts.a1.selection = { types: ['essay'] }),
			'attempts.a1.selection.types.0: expected one of'
		],
		[
			'a selection count that is text',
			(d) => (d.attempts.a1.selection = { count: '5' }),
			'attempts.a1.selection.count: expected a whole number'
		],
		[
			'a score above 1',
			(d) => ((d.attempts.a1.responses as { q1: Json }).q1.score = 1.5),
			'attempts.a1.responses.q1.score: expected a score from 0 to 1'
		],
		[
			'a negative score',
			(d) => ((d.attempts.a1.responses as { q1: Json }).q1.score = -0.5),
			'attempts.a1.responses.q1.score: expected a score from 0 to 1'
		],
		[
			'an attempt without a start',
			(d) => delete d.attempts.a1.started,
			'attempts.a1.started: expected a time'
		],
		[
			'an attempt under another id',
			(d) => (d.attempts.a1.id = 'a2'),
			'attempts.a1.id: “a2” is not the id it is stored under'
		],
		[
			'a stability out of range',
			(d) => (d.cards.q1.s = 0),
			'cards.q1.s: expected a stability from 0.001 to 36500 days'
		],
		[
			'a stability too long',
			(d) => (d.cards.q1.s = 36501),
			'cards.q1.s: expected a stability from 0.001 to 36500 days'
		],
		[
			'a difficulty out of range',
			(d) => (d.cards.q1.d = 11),
			'cards.q1.d: expected a difficulty from 1 to 10'
		],
		[
			'a difficulty too low',
			(d) => (d.cards.q1.d = 0.5),
			'cards.q1.d: expected a difficulty from 1 to 10'
		],
		[
			'a card state of no kind',
			(d) => (d.cards.q1.state = 0),
			'cards.q1.state: expected 1, 2 or 3'
		],
		['a version other than the current', (d) => (d.version = CURRENT_VERSION - 0.5), 'version']
	])('is refused for %s, naming the field', (_, change, problem) => {
		expect(refusal(change)).toContain(problem);
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
		return { fixes: result.fixes ?? [], state: result.state };
	}

	it('sets a time in the future to now, but allows a day of clock skew', () => {
		const { fixes: said, state } = fixes(
			(d) => (d.lessons_read = { x: NOW + 2 * DAY, y: NOW + DAY - 1 })
		);
		expect(said).toEqual(['lessons_read.x was in the future; set to now']);
		expect(state.lessons_read).toEqual({ x: NOW, y: NOW + DAY - 1 });
	});

	it('sets a finish before the start to the start', () => {
		const { fixes: said, state } = fixes((d) => (d.attempts.a1.finished = NOW - 2 * DAY));
		expect(said).toEqual(['attempts.a1.finished: before it started; set to its start']);
		expect(state.attempts.a1?.finished).toBe(state.attempts.a1?.started);
	});

	it('keeps a question listed twice once', () => {
		const { fixes: said, state } = fixes((d) => (d.attempts.a1.item_ids = ['q1', 'q2', 'q1']));
		expect(said).toEqual(['attempts.a1.item_ids: a question was listed twice; kept once']);
		expect(state.attempts.a1?.item_ids).toEqual(['q1', 'q2']);
	});

	it('brings a position past the questions back: to the end when finished, the last otherwise', () => {
		const finished = fixes((d) => (d.attempts.a1.position = 5));
		expect(finished.fixes).toEqual(['attempts.a1.position: 5 was past its 2 questions; set to 2']);
		expect(finished.state.attempts.a1?.position).toBe(2);
		const open = fixes((d) => {
			delete d.attempts.a1.finished;
			d.attempts.a1.position = 2;
		});
		expect(open.fixes).toEqual(['attempts.a1.position: 2 was past its 2 questions; set to 1']);
		expect(open.state.attempts.a1?.position).toBe(1);
		expect(fixes((d) => (d.attempts.a1.position = 2)).fixes).toEqual([]);
	});

	it('leaves out a response to a question the attempt does not ask', () => {
		const { fixes: said, state } = fixes((d) => {
			(d.attempts.a1.responses as Json).q9 = {
				answer: { kind: 'option', option: 'a' },
				score: 0,
				at: 1
			};
		});
		expect(said).toEqual(['attempts.a1.responses.q9: not one of its questions; left out']);
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
		expect(lone.fixes).toEqual(['cards.q7: no answer to its question is stored; left out']);
		expect(lone.state.cards).toEqual({});
		const early = fixes((d) => (d.cards.q1.due = NOW - 2 * DAY));
		expect(early.fixes).toEqual([
			'cards.q1.due: before its last review (cards.q1.last); card left out, to be made again from its answers'
		]);
		const lapsed = fixes((d) => Object.assign(d.cards.q1, { reps: 1, lapses: 2 }));
		expect(lapsed.fixes).toEqual([
			'cards.q1.lapses: more lapses than reviews (cards.q1.reps); card left out, to be made again from its answers'
		]);
		expect(
			fixes((d) => Object.assign(d.cards.q1, { reps: 2, lapses: 2, due: NOW - DAY })).fixes
		).toEqual([]);
	});
});
