// What the LMS (scorm-again's SCORM 1.2 API) holds in cmi.interactions after a sitting: one
// record per answered question, sent with the save that carries the answer, never twice, and
// never at the cost of the sitting.
import { Scorm12API } from 'scorm-again';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lms, one_answer_packages, right, wrong } from '$testing/scorm_lms';
import { interaction_id } from '../content/ids';
import { LmsSession, type Scorm12Api } from './lms';
import { ScormRun } from './run';
import { ScormSitting } from './sitting.svelte';

const { items, practice, exam } = one_answer_packages();

/** A clock the test moves. */
function clock(start = new Date(2026, 11, 7, 10, 0, 0).getTime()) {
	let t = start;
	return { now: () => t, pass: (ms: number) => (t += ms) };
}

afterEach(() => vi.restoreAllMocks());

describe('each answered question, reported to the LMS', () => {
	it('practice: one interaction per question on the move that sends it, with its time and latency', () => {
		const time = clock();
		const { sitting, held } = lms(undefined, time.now);
		const s = sitting(practice);
		time.pass(4_200);
		s.answer(right(items[0]!));
		// Checked on the page only: the LMS has nothing yet.
		expect(held().interactions).toEqual({});
		time.pass(3_000);
		s.next();
		expect(Object.keys(held().interactions)).toEqual(['0']);
		expect(held().interactions[0]).toMatchObject({
			id: interaction_id(1, items[0]!.id),
			type:
				items[0]!.type === 'true-false'
					? 'true-false'
					: items[0]!.type === 'fill-in'
						? 'fill-in'
						: 'choice',
			time: '10:00:04',
			weighting: '1',
			result: 'correct',
			latency: '00:00:04.20'
		});
		time.pass(10_000);
		s.answer(wrong(items[1]!));
		s.next();
		s.answer(right(items[2]!));
		s.next();
		s.answer(wrong(items[3]!));
		s.next();
		const kept = Object.values(held().interactions);
		expect(kept.map((i) => i.id)).toEqual(items.map((item, n) => interaction_id(n + 1, item.id)));
		expect(kept.map((i) => i.result)).toEqual(['correct', 'wrong', 'correct', 'wrong']);
		expect(kept[1]?.latency).toBe('00:00:10');
		expect(kept.every((i) => i.correct_responses[0]?.pattern && i.student_response)).toBe(true);
		expect(held().core).toMatchObject({ lesson_status: 'passed', score: { raw: '50' } });
	});

	it('exam: each answer is reported as it is saved', () => {
		const { sitting, held } = lms();
		const s = sitting(exam);
		s.answer(wrong(items[0]!));
		expect(Object.values(held().interactions).map((i) => i.result)).toEqual(['wrong']);
		for (const item of items.slice(1)) s.answer(right(item));
		expect(Object.values(held().interactions).map((i) => i.result)).toEqual([
			'wrong',
			'correct',
			'correct',
			'correct'
		]);
	});

	it('a resumed sitting sends only new answers, after those the LMS already has', () => {
		const first = lms();
		const s = first.sitting(practice);
		s.answer(right(items[0]!));
		s.next();
		s.answer(wrong(items[1]!));
		s.leave();
		expect(Object.keys(first.held().interactions)).toEqual(['0', '1']);

		const second = lms(first.held() as unknown as Record<string, unknown>);
		const again = second.sitting(practice);
		// Back at question 2, answered and checked: on to question 3.
		expect(again.state.position).toBe(1);
		again.next();
		again.answer(right(items[2]!));
		again.next();
		const kept = second.held().interactions;
		expect(Object.keys(kept)).toEqual(['0', '1', '2']);
		expect(kept[2]).toMatchObject({ id: interaction_id(3, items[2]!.id), result: 'correct' });
		expect(
			second.calls.filter((c) => c.startsWith('LMSSetValue cmi.interactions.')).length
		).toBeGreaterThan(0);
		expect(second.calls.filter((c) => /interactions\.[01]\./.test(c))).toEqual([]);
	});

	it('writes none, and the sitting goes on, where the LMS keeps no interactions', () => {
		const api = new Scorm12API({ logLevel: 5 });
		const without = new Proxy<Scorm12Api>(api, {
			get(target, name, receiver) {
				if (name === 'LMSGetValue')
					return (element: string) =>
						element.startsWith('cmi.interactions') ? '' : api.LMSGetValue(element);
				return Reflect.get(target, name, receiver) as unknown;
			}
		});
		const s = new ScormSitting(new ScormRun(new LmsSession(without), exam), exam);
		for (const item of items) s.answer(right(item));
		expect(api.renderCMIToJSONObject().cmi).toMatchObject({
			interactions: {},
			core: { lesson_status: 'passed', score: { raw: '100' } }
		});
		expect(s.problem).toBe('');
	});

	it('an element the LMS refuses is logged, and the rest of the record and the sitting go on', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const api = new Scorm12API({ logLevel: 5 });
		const refusing = new Proxy<Scorm12Api>(api, {
			get(target, name, receiver) {
				if (name === 'LMSSetValue')
					return (element: string, value: string) =>
						element.endsWith('.latency') ? 'false' : api.LMSSetValue(element, value);
				if (name === 'LMSGetLastError') return () => '0';
				return Reflect.get(target, name, receiver) as unknown;
			}
		});
		const s = new ScormSitting(new ScormRun(new LmsSession(refusing), exam), exam);
		for (const item of items) s.answer(wrong(item));
		const kept = Object.values(
			(api.renderCMIToJSONObject().cmi as { interactions: object }).interactions
		) as { result: string; latency: string }[];
		expect(kept.map((i) => i.result)).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
		expect(kept.every((i) => i.latency === '')).toBe(true);
		expect(warn).toHaveBeenCalledTimes(4);
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/question 1 not fully reported/);
		expect(s.problem).toBe('');
		expect(s.result).toEqual({ percent: 0, passed: false });
	});
});
