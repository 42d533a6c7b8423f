// The player's sitting against scorm-again's SCORM 1.2 API as the LMS: what the LMS holds after
// each step a learner takes, in practice and exam mode, finishing, leaving and coming back.
import { describe, expect, it } from 'vitest';
import { lms, one_answer_packages, right, wrong } from '$testing/scorm_lms';
import { RESTORED_PROBLEM } from './sitting.svelte';

const { items, practice, exam } = one_answer_packages();

describe('ScormSitting with scorm-again as the LMS', () => {
	it('practice: checks on the page, tells the LMS on each move, suspend while under way', () => {
		const { api, calls, sitting, held } = lms();
		const s = sitting(practice);
		expect(held().core.lesson_status).toBe('incomplete');
		expect(s.item).toBe(items[0]);
		s.answer(right(items[0]!));
		// Checked, not yet sent: a commit per move, not per click.
		expect(s.state.position).toBe(0);
		expect(held().suspend_data).toBe('');
		expect(calls.filter((c) => c === 'LMSCommit')).toHaveLength(1);
		s.next();
		expect(s.item).toBe(items[1]);
		expect(held().suspend_data).toMatch(/^M1\./);
		expect(held().core.exit).toBe('suspend');
		expect(calls.filter((c) => c === 'LMSCommit')).toHaveLength(2);
		expect(s.said).toBe('');
		for (const [i, item] of items.slice(1).entries()) {
			s.answer(i < 2 ? right(item) : wrong(item));
			s.next();
		}
		expect(s.result).toEqual({ percent: 75, passed: true });
		expect(s.item).toBeUndefined();
		expect(held().core).toMatchObject({ exit: '', lesson_status: 'passed', score: { raw: '75' } });
		// LMSFinish at once, with the time spent, not when the frame goes.
		expect(api.isTerminated()).toBe(true);
		expect(calls.at(-2)).toMatch(/^LMSSetValue cmi\.core\.session_time/);
		expect(s.problem).toBe('');
	});

	it('exam: an answer is saved and moves on at once, saying so', () => {
		const { calls, sitting, held } = lms();
		const s = sitting(exam);
		s.answer(wrong(items[0]!));
		expect(s.state.position).toBe(1);
		expect(s.said).toBe('Answer 1 saved.');
		expect(held().core.exit).toBe('suspend');
		expect(held().suspend_data).toMatch(/^M1\./);
		s.answer(right(items[1]!));
		expect(s.said).toBe('Answer 2 saved.');
		s.answer(wrong(items[2]!));
		s.answer(wrong(items[3]!));
		expect(s.result).toEqual({ percent: 25, passed: false });
		expect(s.said).toBe('');
		expect(held().core).toMatchObject({ exit: '', lesson_status: 'failed', score: { raw: '25' } });
		expect(calls.at(-1)).toBe('LMSFinish');
	});

	it('leaving mid-quiz keeps a checked answer and suspends; the next sitting resumes there', () => {
		const first = lms();
		const s = first.sitting(practice);
		s.answer(right(items[0]!));
		s.next();
		s.answer(wrong(items[1]!));
		s.leave();
		expect(first.held().core.exit).toBe('suspend');
		expect(first.api.isTerminated()).toBe(true);

		const second = lms(first.held() as unknown as Record<string, unknown>);
		const again = second.sitting(practice);
		expect(again.state.position).toBe(1);
		expect(again.state.answers).toEqual([right(items[0]!), wrong(items[1]!), undefined, undefined]);
		expect(again.answered).toBe(2);
		// Nothing is sent again on resuming: the LMS has it.
		expect(second.calls.filter((c) => c.startsWith('LMSSetValue'))).toEqual([]);
	});

	it('back at a finished quiz: the result again, and the LMS told again only if it lacks it', () => {
		const first = lms();
		const s = first.sitting(exam);
		for (const item of items) s.answer(right(item));
		const kept = first.held();

		const reported = lms(kept as unknown as Record<string, unknown>);
		const back = reported.sitting(exam);
		expect(back.result).toEqual({ percent: 100, passed: true });
		expect(reported.calls.filter((c) => c.includes('score') || c.includes('status'))).toEqual([
			'LMSGetValue cmi.core.lesson_status'
		]);
		expect(reported.api.isTerminated()).toBe(true);

		// The final commit of the last sitting never arrived: the LMS still says incomplete.
		const lost = lms({ ...kept, core: { ...kept.core, lesson_status: 'incomplete' } });
		const again = lost.sitting(exam);
		expect(again.result).toEqual({ percent: 100, passed: true });
		expect(lost.held().core).toMatchObject({ lesson_status: 'passed', score: { raw: '100' } });
	});

	it('after a failed LMSInitialize, calls nothing more and keeps the first message', () => {
		const { api, calls, sitting } = lms();
		api.LMSInitialize('');
		const s = sitting(exam);
		const first = s.problem;
		expect(first).toMatch(/^The LMS refused to start the session \(error 101: .+\)\./);
		const made = calls.length;
		s.answer(right(items[0]!));
		s.leave();
		expect(s.state.position).toBe(1);
		expect(s.problem).toBe(first);
		expect(calls.length).toBe(made);
	});

	it('brought back from the browser’s history after leaving, says nothing more is recorded', () => {
		const { calls, sitting } = lms();
		const s = sitting(practice);
		s.restored();
		expect(s.problem).toBe('');
		s.leave();
		const made = calls.length;
		s.restored();
		expect(s.problem).toBe(RESTORED_PROBLEM);
		s.answer(right(items[0]!));
		s.next();
		expect(s.problem).toBe(RESTORED_PROBLEM);
		expect(calls.length).toBe(made);
	});
});
