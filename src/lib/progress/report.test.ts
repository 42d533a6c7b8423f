import { describe, expect, it } from 'vitest';
import { answer_record, DAY, state_with } from '$testing/progress';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { attempt_history, progress_report } from './report';
import { empty_state } from './schema';
import { at } from '$lib/must';

const docs = real_quiz_documents();
const bank = real_bank(1);
const NOW = 100 * DAY;

describe('progress_report', () => {
	it('lists every lesson of every document, unread and not started at first', () => {
		const report = progress_report({ documents: docs, bank, state: empty_state(), now: NOW });
		expect(report.map((d) => d.slug)).toEqual(docs.map((d) => d.slug));
		for (const [i, doc] of report.entries()) {
			expect(doc.lessons.map((l) => l.title)).toEqual(at(docs, i).lessons.map((l) => l.title));
			expect(
				doc.lessons.every((l) => !l.read && l.mastery.level === 'Not started' && l.due === 0)
			).toBe(true);
			expect(doc.distinctions.map((d) => d.name)).toEqual(
				at(docs, i).distinctions.attributes.map((a) => a.name)
			);
		}
	});

	it('marks a lesson read, and counts a missed item as due in its lesson', () => {
		const item = bank.find((i) => i.type === 'scenario')!;
		const state = {
			...state_with({ [item.id]: [answer_record(false, NOW - 1000)] }),
			lessons_read: { [`${item.document}/${item.source.lesson}`]: NOW - 5000 }
		};
		const report = progress_report({ documents: docs, bank, state, now: NOW });
		const lesson = report
			.find((d) => d.slug === item.document)!
			.lessons.find((l) => l.key.endsWith(`/${item.source.lesson}`))!;
		expect(lesson.read).toBe(true);
		expect(lesson.due).toBe(1);
		expect(lesson.mastery.level).toBe('Attempted');
	});
});

describe('attempt_history', () => {
	it('lists finished attempts only, oldest first, with their scores', () => {
		const base = {
			scope: 'mixed',
			seed: 1,
			selection: {},
			mode: 'practice' as const,
			position: 2,
			started: 1
		};
		const state = {
			...empty_state(),
			attempts: {
				late: {
					...base,
					id: 'late',
					item_ids: ['a', 'b'],
					finished: 300,
					responses: {
						a: { answer: { kind: 'option' as const, option: 'x' }, correct: true, score: 1, at: 2 }
					}
				},
				open: { ...base, id: 'open', item_ids: ['a'], responses: {} },
				early: { ...base, id: 'early', item_ids: ['a'], finished: 200, responses: {} }
			}
		};
		const history = attempt_history(state);
		expect(history.map((h) => h.id)).toEqual(['early', 'late']);
		expect(history[1]).toMatchObject({ correct: 1, total: 2, percent: 50 });
	});
});
