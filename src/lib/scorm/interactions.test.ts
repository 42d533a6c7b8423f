// Each kind of question as SCORM 1.2 reports it (RTE 3.4.2.7): its interaction type, and the
// learner's answer and the key in that type's format and limits, for the LMS's report.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { classroom_assignment } from '$testing/classroom';
import { real_quiz_documents } from '$testing/real_content';
import { interaction_id, option_id } from '../content/ids';
import type { Answer, Item, ItemType } from '../quiz/types';
import { interaction, text255 } from './interactions';

const { items } = classroom_assignment(real_quiz_documents(), { count: 30 });
const of_type = (type: ItemType) => {
	const item = items.find((i) => i.type === type);
	if (!item) throw new Error(`no ${type} item drawn`);
	return item;
};
const AT = new Date(2026, 11, 7, 9, 5, 3).getTime();
const fields = (item: Item, answer: Answer, extra: { position?: number; shown?: number } = {}) =>
	new Map(
		interaction({ item, answer, position: extra.position ?? 0, answered: AT, shown: extra.shown })
	);

/** The place of option `id` in `item`, as a SCORM choice letter (a for the first). */
const letter = (item: Item, id: string | undefined) =>
	String.fromCharCode(97 + item.options.findIndex((o) => o.id === id));

/** `cmi.interactions.n.result`: a word, or a CMIDecimal (RTE 3.4.2.7.6 and A.1, as scorm-again checks it). */
const CMI_RESULT = /^(correct|wrong|unanticipated|neutral|([0-9]{0,3})?(\.[0-9]*)?)$/;

/** What SCORM 1.2 allows in each element (RTE 3.4.2.7 and appendix A), strictly. */
const FORMATS: Record<string, RegExp> = {
	id: /^[A-Za-z0-9_-]{1,255}$/,
	type: /^(true-false|choice|fill-in|matching)$/,
	time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/,
	weighting: /^1$/,
	result: CMI_RESULT,
	latency: /^\d{4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/
};

describe('an answered question as a SCORM 1.2 interaction', () => {
	it('a choice: letters by the options’ order, the key’s letter, right or wrong', () => {
		const item = of_type('which-concept');
		const key = item.options.find((o) => o.correct)!;
		const other = item.options.find((o) => !o.correct)!;
		const got = fields(item, { kind: 'option', option: other.id }, { position: 2 });
		expect(Object.fromEntries(got)).toEqual({
			id: interaction_id(3, item.id),
			type: 'choice',
			time: '09:05:03',
			weighting: '1',
			student_response: letter(item, other.id),
			'correct_responses.0.pattern': letter(item, key.id),
			result: 'wrong'
		});
		expect(fields(item, { kind: 'option', option: key.id }).get('result')).toBe('correct');
	});

	it('true or false: t and f', () => {
		const item = of_type('true-false');
		const key = item.options.find((o) => o.correct)!.id;
		const got = fields(item, { kind: 'option', option: option_id.TRUE });
		expect(got.get('type')).toBe('true-false');
		expect(got.get('student_response')).toBe('t');
		expect(got.get('correct_responses.0.pattern')).toBe(key === option_id.TRUE ? 't' : 'f');
		expect(got.get('result')).toBe(key === option_id.TRUE ? 'correct' : 'wrong');
	});

	it('matching: numbered prompts to lettered options, pairs joined by commas', () => {
		const item = of_type('matching');
		const prompts = item.prompts!;
		const key = Object.fromEntries(
			prompts.map((p) => [p.id, item.options.find((o) => o.matches === p.id)!.id])
		);
		const pattern = prompts.map((p, i) => `${i + 1}.${letter(item, key[p.id])}`).join(',');
		// The first two prompts' matches swapped: part credit, as the score counts it.
		expect(prompts.length).toBeGreaterThan(2);
		const [a, b] = prompts;
		const swapped = { ...key, [a!.id]: key[b!.id]!, [b!.id]: key[a!.id]! };
		const got = fields(item, { kind: 'pairs', pairs: swapped });
		expect(got.get('type')).toBe('matching');
		expect(got.get('correct_responses.0.pattern')).toBe(pattern);
		expect(got.get('student_response')).toBe(
			pattern.replace(
				/^1\.(.),2\.(.)/,
				(_, first: string, second: string) => `1.${second},2.${first}`
			)
		);
		const part = (prompts.length - 2) / prompts.length;
		expect(got.get('result')).toMatch(CMI_RESULT);
		expect(Number(got.get('result'))).toBeCloseTo(part, 4);
		// An LMS takes it: scorm-again checks SCORM 1.2's vocabulary and CMIDecimal.
		const api = new Scorm12API({ logLevel: 5 });
		api.LMSInitialize('');
		api.LMSSetValue('cmi.interactions.0.id', 'q1');
		expect(api.LMSSetValue('cmi.interactions.0.result', got.get('result')!)).toBe('true');
		expect(fields(item, { kind: 'pairs', pairs: key }).get('result')).toBe('correct');
		const none = Object.fromEntries(
			prompts.map((p, i) => [p.id, key[prompts[(i + 1) % prompts.length]!.id]!])
		);
		expect(fields(item, { kind: 'pairs', pairs: none }).get('result')).toBe('wrong');
	});

	it('fill-in: the term chosen or typed, the key’s term, within 255 characters', () => {
		const item = of_type('fill-in');
		const key = item.options.find((o) => o.correct)!;
		const other = item.options.find((o) => !o.correct)!;
		const chosen = fields(item, { kind: 'option', option: other.id });
		expect(chosen.get('type')).toBe('fill-in');
		expect(chosen.get('student_response')).toBe(other.text);
		expect(chosen.get('correct_responses.0.pattern')).toBe(key.text);
		expect(chosen.get('result')).toBe('wrong');
		const typed = fields(item, { kind: 'text', text: ` ${key.text}\n${'x'.repeat(300)}` });
		expect(typed.get('student_response')).toBe(`${key.text} ${'x'.repeat(300)}`.slice(0, 255));
	});

	it('fill-in: each spelling the quiz accepts is a correct response of its own, once', () => {
		const base = of_type('fill-in');
		const key = base.options.find((o) => o.correct)!.text;
		const item = { ...base, accept: [key, 'another name', key, 'a third'] };
		const got = fields(item, { kind: 'text', text: 'another name' });
		const patterns = [...got].filter(([element]) => element.startsWith('correct_responses.'));
		expect(patterns).toEqual([
			['correct_responses.0.pattern', key],
			['correct_responses.1.pattern', 'another name'],
			['correct_responses.2.pattern', 'a third']
		]);
		expect(got.get('result')).toBe('correct');
	});

	it('cuts text at 255 characters, never inside a character written as two', () => {
		expect(text255(`${'x'.repeat(254)}😀`)).toBe('x'.repeat(254));
		expect(text255(`${'x'.repeat(253)}😀!`)).toBe(`${'x'.repeat(253)}😀`);
		expect(text255(' a\u0007b\n')).toBe('a b');
	});

	it('matching: a prompt left unmatched is left out, the pairs given are written', () => {
		const item = of_type('matching');
		const [first, ...others] = item.prompts!;
		const given = Object.fromEntries(
			others.map((p) => [p.id, item.options.find((o) => o.matches === p.id)!.id])
		);
		const got = fields(item, { kind: 'pairs', pairs: given });
		const pattern = got.get('correct_responses.0.pattern')!;
		expect(first).toBeDefined();
		expect(got.get('student_response')).toBe(pattern.split(',').slice(1).join(','));
	});

	it('writes every element in SCORM 1.2’s format for every item drawn, answered right', () => {
		for (const [position, item] of items.entries()) {
			const key = item.options.find((o) => o.correct)?.id ?? '';
			const answer: Answer =
				item.type === 'matching'
					? {
							kind: 'pairs',
							pairs: Object.fromEntries(
								(item.prompts ?? []).map((p) => [
									p.id,
									item.options.find((o) => o.matches === p.id)!.id
								])
							)
						}
					: { kind: 'option', option: key };
			const got = fields(item, answer, { position, shown: AT - 61_250 });
			for (const [element, format] of Object.entries(FORMATS))
				expect(got.get(element), `${item.type} ${element}`).toMatch(format);
			expect(got.get('result')).toBe('correct');
			expect(got.get('latency')).toBe('0000:01:01.25');
			for (const element of ['student_response', 'correct_responses.0.pattern'])
				expect(got.get(element)?.length, `${item.type} ${element}`).toBeLessThanOrEqual(255);
			expect(got.get('student_response')).toBe(got.get('correct_responses.0.pattern'));
		}
	});

	it('writes id first (it makes the record), and no latency when the question’s showing is unknown', () => {
		const item = of_type('scenario');
		const written = interaction({
			item,
			answer: { kind: 'option', option: item.options[0]!.id },
			position: 0,
			answered: AT
		});
		expect(written[0]?.[0]).toBe('id');
		expect(written.map(([element]) => element)).not.toContain('latency');
	});
});
