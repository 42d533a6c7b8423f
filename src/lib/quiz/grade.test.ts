import { describe, expect, it } from 'vitest';
import { matching_item, valid_item } from '$testing/items';
import { real_bank } from '$testing/real_content';
import { grade_answer } from './grade';
import type { Item, Option } from './types';

const option = (id: string, text: string, correct: boolean, feedback: string): Option => ({
	id,
	text,
	correct,
	feedback
});

function fill_in(term: string, aliases: string[] = []): Item {
	return valid_item({
		type: 'fill-in',
		stem: 'Which key term has this definition?',
		prompt: 'A definition.',
		accept: [term, ...aliases],
		options: [
			option(`term:${term}`, term, true, 'Right.'),
			option('term:solidarity', 'Solidarity', false, 'No: that is unity.')
		]
	});
}

const typed = (item: Item, text: string) => grade_answer(item, { kind: 'text', text });

const matching = matching_item();

describe('grade_answer with an option', () => {
	const item = valid_item({
		options: [
			option('a', 'Lively and loud', true, 'Right: red is lively.'),
			option('b', 'Restful and steady', false, 'No: that is green.')
		]
	});

	it('marks the key right, with its feedback', () => {
		expect(grade_answer(item, { kind: 'option', option: 'a' })).toEqual({
			correct: true,
			score: 1,
			feedback: ['Right: red is lively.']
		});
	});

	it('marks a distractor wrong, with its feedback', () => {
		expect(grade_answer(item, { kind: 'option', option: 'b' })).toEqual({
			correct: false,
			score: 0,
			feedback: ['No: that is green.']
		});
	});

	it('throws an Error for an option the item does not have', () => {
		expect(() => grade_answer(item, { kind: 'option', option: 'z' })).toThrow(/has no option "z"/);
	});

	it('throws an Error for typed text on an item without accepted answers', () => {
		expect(() => typed(item, 'Lively')).toThrow(/does not take a typed answer/);
	});

	it('throws an Error for pairs on a single-answer item', () => {
		expect(() => grade_answer(item, { kind: 'pairs', pairs: {} })).toThrow(Error);
		expect(() => grade_answer(item, { kind: 'pairs', pairs: {} })).toThrow(/one option/);
	});
});

describe('grade_answer with typed text', () => {
	it('accepts the term exactly, in another case, and with extra spaces', () => {
		const item = fill_in('Collective action');
		expect(typed(item, 'Collective action')).toMatchObject({ correct: true, score: 1 });
		expect(typed(item, 'COLLECTIVE ACTION').correct).toBe(true);
		expect(typed(item, '  collective    action  ').correct).toBe(true);
	});

	it('accepts one slip in a 10-letter term', () => {
		const item = fill_in('Grassroots');
		expect('Grassroots').toHaveLength(10);
		expect(typed(item, 'Grasroots').correct).toBe(true);
		expect(typed(item, 'Grassroats').correct).toBe(true);
	});

	it('rejects two slips in a short term', () => {
		const item = fill_in('Advocacy');
		expect(typed(item, 'Advocasy').correct).toBe(true);
		expect(typed(item, 'Adwocasy')).toMatchObject({ correct: false, score: 0 });
	});

	it('names the term once, whether the typed answer was right or not', () => {
		const item = fill_in('Advocacy');
		expect(typed(item, 'advocacy').feedback).toEqual(['The term is “Advocacy”.']);
		expect(typed(item, 'Solidarity').feedback).toEqual(['The term is “Advocacy”.']);
	});

	it('rejects any slip in a term of four letters or fewer', () => {
		const item = fill_in('Goal');
		expect(typed(item, 'Goal').correct).toBe(true);
		expect(typed(item, 'Goat').correct).toBe(false);
	});

	it('accepts a leading article and an alias', () => {
		const item = fill_in('Intermediary', ['go-between', 'intermediaries']);
		expect(typed(item, 'an intermediary').correct).toBe(true);
		expect(typed(item, 'The intermediary').correct).toBe(true);
		expect(typed(item, 'go between').correct).toBe(true);
		expect(typed(item, 'a go-between').correct).toBe(true);
		expect(typed(item, 'Intermediaries').correct).toBe(true);
	});

	it('rejects a wrong term and an empty answer, naming the right term', () => {
		const item = fill_in('Advocacy');
		expect(typed(item, 'Solidarity')).toEqual({
			correct: false,
			score: 0,
			feedback: ['The term is “Advocacy”.']
		});
		expect(typed(item, '   ').correct).toBe(false);
	});

	it('still grades a chosen option on a fill-in item', () => {
		const item = fill_in('Advocacy');
		expect(grade_answer(item, { kind: 'option', option: 'term:Advocacy' }).correct).toBe(true);
		expect(grade_answer(item, { kind: 'option', option: 'term:solidarity' }).correct).toBe(false);
	});
});

describe('grade_answer with pairs', () => {
	it('marks a matching answer with every pair right as correct', () => {
		const grade = grade_answer(matching, {
			kind: 'pairs',
			pairs: { red: 'v-red', green: 'v-green', blue: 'v-blue' }
		});
		expect(grade).toEqual({
			correct: true,
			score: 1,
			feedback: ['Red: right.', 'Green: right.', 'Blue: right.']
		});
	});

	it('gives part credit for some pairs right', () => {
		const grade = grade_answer(matching, {
			kind: 'pairs',
			pairs: { red: 'v-red', green: 'v-blue', blue: 'v-green' }
		});
		expect(grade.correct).toBe(false);
		expect(grade.score).toBeGreaterThan(0);
		expect(grade.score).toBeLessThan(1);
		expect(grade.score).toBeCloseTo(1 / 3);
		expect(grade.feedback[1]).toBe('Green: not that one; its match is “Restful and steady”.');
	});

	it('counts a prompt left unanswered as wrong', () => {
		const grade = grade_answer(matching, { kind: 'pairs', pairs: { red: 'v-red' } });
		expect(grade.score).toBeCloseTo(1 / 3);
		expect(grade.feedback[2]).toBe('Blue: no answer; its match is “Quiet and distant”.');
	});

	it('throws an Error when a matching item gets a single option', () => {
		expect(() => grade_answer(matching, { kind: 'option', option: 'v-red' })).toThrow(
			/matching item and needs pairs/
		);
	});
});

describe('grade_answer on the real bank', () => {
	const bank = real_bank(3);

	it('marks the key of every item right and every other option wrong', () => {
		for (const item of bank.filter((i) => i.type !== 'matching')) {
			for (const o of item.options) {
				const grade = grade_answer(item, { kind: 'option', option: o.id });
				expect(grade.correct, `${item.id} ${o.id}`).toBe(o.correct);
				expect(grade.feedback).toEqual([o.feedback]);
			}
		}
	});

	it('accepts every accepted spelling of a fill-in term and no distractor', () => {
		for (const item of bank.filter((i) => i.type === 'fill-in')) {
			for (const text of item.accept!) expect(typed(item, text).correct, text).toBe(true);
			for (const o of item.options.filter((x) => !x.correct)) {
				expect(typed(item, o.text).correct, `${item.id}: ${o.text}`).toBe(false);
			}
		}
	});

	it('gives full marks for matching every prompt to its option', () => {
		for (const item of bank.filter((i) => i.type === 'matching')) {
			const pairs = Object.fromEntries(item.options.map((o) => [o.matches!, o.id]));
			expect(grade_answer(item, { kind: 'pairs', pairs }).score).toBe(1);
		}
	});
});
