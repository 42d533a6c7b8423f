import { describe, expect, it } from 'vitest';
import { matching_item, valid_item } from '$testing/items';
import { explanation_needed, key_text, read_form, reused, verdict } from './answer_form';
import type { Option } from './types';

const option = (id: string, text: string, extra: Partial<Option> = {}): Option => ({
	id,
	text,
	correct: false,
	feedback: '',
	...extra
});

const choice = valid_item({
	type: 'which-concept',
	options: [option('a', 'Alpha', { correct: true }), option('b', 'Beta')]
});

const fill_in = valid_item({
	type: 'fill-in',
	accept: ['Solidarity'],
	options: [option('term:solidarity', 'Solidarity', { correct: true }), option('term:x', 'Other')]
});

const matching = matching_item();

const empty = { chosen: '', pairs: {} };

describe('read_form', () => {
	it('reads the option chosen, or asks for one', () => {
		expect(read_form(choice, { ...empty, chosen: 'b' })).toEqual({
			answer: { kind: 'option', option: 'b' }
		});
		expect(read_form(choice, empty)).toEqual({ error: 'Choose an answer first.' });
	});

	it('reads the text typed while typing, as typed, and asks for some when there is none', () => {
		expect(
			read_form(fill_in, { ...empty, chosen: 'term:x', typing: true, typed: ' solidarity ' })
		).toEqual({ answer: { kind: 'text', text: ' solidarity ' } });
		for (const typed of [undefined, '', '   ']) {
			expect(read_form(fill_in, { ...empty, typing: true, typed })).toEqual({
				error: 'Type a term, or choose from the list instead.'
			});
		}
		// Not typing: the list's choice counts, whatever was typed before switching back.
		expect(read_form(fill_in, { chosen: 'term:x', typed: 'Solidarity', pairs: {} })).toEqual({
			answer: { kind: 'option', option: 'term:x' }
		});
	});

	it("reads a matching item's pairs, a copy the form can no longer change", () => {
		const pairs = { red: 'v-red', green: 'v-blue', blue: 'v-green' };
		const read = read_form(matching, { ...empty, pairs });
		expect(read).toEqual({ answer: { kind: 'pairs', pairs } });
		pairs.red = 'v-green';
		expect(read).toEqual({
			answer: { kind: 'pairs', pairs: { red: 'v-red', green: 'v-blue', blue: 'v-green' } }
		});
	});

	it('names every row of a matching item still without a match, in the order shown', () => {
		expect(read_form(matching, { ...empty, pairs: { green: 'v-green' } })).toEqual({
			error: 'Choose a match for Red, Blue.'
		});
		// An empty choice is no choice.
		expect(
			read_form(matching, { ...empty, pairs: { red: '', green: 'v-green', blue: 'v-blue' } })
		).toEqual({ error: 'Choose a match for Red.' });
	});

	it('names an option chosen for two rows once, and two such options together', () => {
		expect(
			read_form(matching, { ...empty, pairs: { red: 'v-red', green: 'v-red', blue: 'v-red' } })
		).toEqual({
			error: 'Use each option once: “Lively and loud” is chosen for more than one row.'
		});
		const four = valid_item({
			...matching,
			prompts: [...(matching.prompts ?? []), { id: 'gold', text: 'Gold' }],
			options: [...matching.options, option('v-gold', 'Bright', { matches: 'gold' })]
		});
		expect(
			read_form(four, {
				...empty,
				pairs: { red: 'v-red', green: 'v-red', blue: 'v-blue', gold: 'v-blue' }
			})
		).toEqual({
			error:
				'Use each option once: “Lively and loud”, “Quiet and distant” are each chosen for more than one row.'
		});
	});

	it('names an option the item does not have by the id the form gave', () => {
		expect(
			read_form(matching, { ...empty, pairs: { red: 'v-gone', green: 'v-gone', blue: 'v-blue' } })
		).toEqual({ error: 'Use each option once: “v-gone” is chosen for more than one row.' });
	});

	it('asks for the rows before it finds an option chosen twice', () => {
		expect(read_form(matching, { ...empty, pairs: { red: 'v-red', green: 'v-red' } })).toEqual({
			error: 'Choose a match for Blue.'
		});
	});
});

describe('reused', () => {
	it('gives each option used for more than one prompt once, and nothing for an answer using each once', () => {
		expect(reused({ a: 'x', b: 'y', c: 'x', d: 'x', e: 'y', f: 'z' })).toEqual(['x', 'y']);
		expect(reused({ a: 'x', b: 'y', c: 'z' })).toEqual([]);
		expect(reused({})).toEqual([]);
	});
});

describe('verdict', () => {
	it('says right, partly right or not right', () => {
		expect(verdict({ correct: true, score: 1, feedback: [] })).toBe('Correct.');
		expect(verdict({ correct: false, score: 0.5, feedback: [] })).toBe('Partly right.');
		expect(verdict({ correct: false, score: 0, feedback: [] })).toBe('Not quite.');
	});
});

describe('key_text', () => {
	it("gives the key's text, a typed answer's first spelling without one, or each prompt's match", () => {
		expect(key_text(choice)).toBe('Alpha');
		expect(key_text(valid_item({ ...fill_in, options: [option('term:x', 'Other')] }))).toBe(
			'Solidarity'
		);
		expect(key_text(valid_item({ ...choice, options: [option('b', 'Beta')] }))).toBe('');
		expect(key_text(matching)).toBe(
			'Red → Lively and loud; Green → Restful and steady; Blue → Quiet and distant'
		);
		const unmatched = valid_item({ ...matching, options: matching.options.slice(1) });
		expect(key_text(unmatched)).toBe(
			'Red → ?; Green → Restful and steady; Blue → Quiet and distant'
		);
	});
});

describe('explanation_needed', () => {
	const explanation = 'Grassroots groups start from the people affected.';

	it('is not needed where the screen already says it, whatever the case and punctuation', () => {
		expect(
			explanation_needed(explanation, [
				'Other words.',
				'Right: grassroots groups START from the people affected — and grow.'
			])
		).toBe(false);
	});

	it('is needed where the screen says only part of it, or nothing', () => {
		expect(explanation_needed(explanation, ['Grassroots groups start from the people.'])).toBe(
			true
		);
		expect(explanation_needed(explanation, [])).toBe(true);
	});

	it('matches whole words only', () => {
		expect(explanation_needed('Art matters.', ['Smart matters more.'])).toBe(true);
		expect(explanation_needed('Art matters.', ['Yes: art matters.'])).toBe(false);
	});
});
