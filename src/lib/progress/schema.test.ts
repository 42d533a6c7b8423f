/**
 * What a learner is told about a stored or imported progress record that is not quite right:
 * each field refused names itself and what it should hold, and each repair says what was done.
 * The record is read through `decode`, as storage and import read it.
 */
import { describe, expect, it } from 'vitest';
import { answer_record, DAY } from '$testing/progress';
import { decoded, type Json, NOW, QUIZ, record } from '$testing/stored_record';
import { decode } from './codec';
import { CURRENT_VERSION } from './schema';

describe('a stored record', () => {
	it('reads back as it was when nothing is wrong with it', () => {
		const result = decode(JSON.stringify(record()), NOW);
		expect(result).toMatchObject({ ok: true, state: { version: CURRENT_VERSION } });
		expect(result.ok && result.fixes).toBeUndefined();
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
