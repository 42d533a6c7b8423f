import { describe, expect, it } from 'vitest';
import { answer_item, new_attempt } from '../quiz/attempt';
import { derived } from '../quiz/random';
import { score, score_answers } from '../quiz/score';
import type { Answer, Item } from '../quiz/types';
import { classroom_assignment } from '$testing/classroom';
import { real_quiz_documents } from '$testing/real_content';

/**
 * The SCORM player keeps answers per item, not an attempt; the LMS must still get the score the
 * site gives the same answers (part credit included), so both are scored by quiz/score.ts.
 */
const { items } = classroom_assignment(real_quiz_documents(), { count: 30 });

/** Right, wrong, partly right (matching) or not answered, at random. */
function some_answer(item: Item, pick: (n: number) => number): Answer | undefined {
	const way = pick(4);
	if (way === 0) return undefined;
	if (item.type === 'matching') {
		const prompts = item.prompts ?? [];
		const pairs: Record<string, string> = {};
		for (const [i, prompt] of prompts.entries()) {
			// way 1: all right; way 2: only the first row right; way 3: every row on one option.
			const own = item.options.find((o) => o.matches === prompt.id)!;
			pairs[prompt.id] = way === 1 || (way === 2 && i === 0) ? own.id : item.options[0]!.id;
		}
		return { kind: 'pairs', pairs };
	}
	const options = way === 1 ? item.options.filter((o) => o.correct) : item.options;
	return { kind: 'option', option: options[pick(options.length)]!.id };
}

describe('score_answers (the SCORM player’s score)', () => {
	it('gives answers kept per item the score an attempt with the same answers gets', () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const random = derived(seed, 'scoring');
			const answers = items.map((item) => some_answer(item, (n) => Math.floor(random() * n)));
			let attempt = new_attempt({
				items,
				scope: 'mixed',
				seed,
				selection: {},
				mode: 'exam',
				now: 0
			});
			for (const [i, item] of items.entries()) {
				const answer = answers[i];
				if (answer) attempt = answer_item(attempt, item, answer, 0).attempt;
			}
			expect(score_answers(items, answers)).toEqual(score(attempt));
		}
	});

	it('counts part credit and unanswered items in the percent', () => {
		const choice = items.filter((item) => item.type !== 'matching').slice(0, 3);
		const right = (item: Item): Answer => ({
			kind: 'option',
			option: item.options.find((o) => o.correct)!.id
		});
		const matching = items.find((item) => item.type === 'matching');
		const four = matching ? [...choice, matching] : choice;
		const partly = matching && some_answer(matching, (n) => (n === 4 ? 2 : 0));
		const result = score_answers(four, [right(four[0]!), right(four[1]!), undefined, partly]);
		expect(result).toMatchObject({ answered: matching ? 3 : 2, total: four.length, correct: 2 });
		expect(result.percent).toBe(Math.round((result.points / four.length) * 100));
		if (matching) expect(result.points).toBeGreaterThan(2);
	});

	it('refuses an answer that does not fit its item, instead of counting it as wrong', () => {
		const item = items.find((i) => i.type !== 'matching' && !i.accept)!;
		expect(() => score_answers([item], [{ kind: 'text', text: 'guess' }])).toThrow(
			/does not take a typed answer/
		);
	});
});
