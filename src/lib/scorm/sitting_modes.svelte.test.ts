// What a sitting keeps and says when the LMS opens the quiz not for credit (SCORM 1.2
// cmi.core.lesson_mode, RTE 3.4.2.1.10): "browse", a preview, and "review", a finished attempt
// looked at again. Nothing in either may count towards a later, normal sitting.
import { describe, expect, it } from 'vitest';
import { lms, one_answer_packages, right, wrong } from '$testing/scorm_lms';
import { ScormRun } from './run';
import { ScormSitting } from './sitting.svelte';

const { items, practice, exam } = one_answer_packages();

describe('a sitting not for credit', () => {
	it('browse: marked browsed, no score, pass or fail, and no interactions', () => {
		const { sitting, held } = lms({ core: { lesson_mode: 'browse' } });
		const s = sitting(exam);
		expect(held().core.lesson_status).toBe('browsed');
		for (const item of items) s.answer(right(item));
		expect(s.result).toEqual({ percent: 100, passed: true });
		expect(held().interactions).toEqual({});
		expect(held().core).toMatchObject({ lesson_status: 'browsed', score: { raw: '' }, exit: '' });
		expect(held().suspend_data).toBe('');
	});

	it('browse keeps no answers: a later normal sitting starts afresh, nothing credited', () => {
		const preview = lms({ core: { lesson_mode: 'browse' } });
		const s = preview.sitting(practice);
		s.answer(right(items[0]!));
		s.next();
		s.answer(right(items[1]!));
		s.leave();
		expect(preview.held().suspend_data).toBe('');
		expect(preview.held().core.exit).toBe('');

		const kept = preview.held() as unknown as { core: Record<string, unknown> };
		const normal = lms({ ...kept, core: { ...kept.core, lesson_mode: 'normal' } });
		const again = normal.sitting(practice);
		expect(again.state.position).toBe(0);
		expect(again.answered).toBe(0);
		expect(again.result).toBeUndefined();
		expect(normal.held().core).toMatchObject({ lesson_status: 'incomplete', score: { raw: '' } });
		expect(normal.held().interactions).toEqual({});
	});

	it('review: nothing recorded but the time spent', () => {
		const { sitting, calls } = lms({ core: { lesson_mode: 'review', lesson_status: 'passed' } });
		const s = sitting(exam);
		for (const item of items) s.answer(wrong(item));
		expect(s.result).toEqual({ percent: 0, passed: false });
		expect(calls.filter((c) => c.startsWith('LMSSetValue'))).toEqual([
			'LMSSetValue cmi.core.session_time'
		]);
	});

	it('says what each mode records, and never that an answer was saved when it is not', () => {
		const normal = lms().sitting(exam);
		expect(normal.mode_notice).toBe('');
		normal.answer(right(items[0]!));
		expect(normal.said).toBe('Answer 1 saved.');

		const review = lms({ core: { lesson_mode: 'review', lesson_status: 'passed' } }).sitting(exam);
		expect(review.lesson_mode).toBe('review');
		expect(review.mode_notice).toBe(
			'This is a review of your finished attempt: nothing you answer here is recorded.'
		);
		review.answer(right(items[0]!));
		expect(review.said).toBe('Answer 1 taken; nothing is recorded.');

		const browse = lms({ core: { lesson_mode: 'browse' } }).sitting(exam);
		expect(browse.lesson_mode).toBe('browse');
		expect(browse.mode_notice).toMatch(/^Preview: no score is recorded/);
		browse.answer(right(items[0]!));
		expect(browse.said).not.toMatch(/saved/);
	});

	it('without an LMS, an answer is not said to be saved', () => {
		const s = new ScormSitting(new ScormRun(undefined, exam), exam);
		expect(s.lesson_mode).toBe('normal');
		expect(s.mode_notice).toBe('');
		s.answer(wrong(items[0]!));
		expect(s.said).toBe('Answer 1 taken; nothing is recorded.');
	});
});
