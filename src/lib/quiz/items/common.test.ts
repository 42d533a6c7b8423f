import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { item_key } from '../../content/ids';
import { seeded } from '../random';
import {
	attribute_noun,
	closest_in_length,
	finish,
	item_id,
	LengthIndex,
	type Draft
} from './common';

const gap = (text: string, target: string) => Math.abs(Math.log(text.length / target.length));

describe('LengthIndex', () => {
	it('picks candidates as close in length as a full sort would, honouring the filter', () => {
		const word = fc.integer({ min: 1, max: 60 }).map((n) => 'x'.repeat(n));
		fc.assert(
			fc.property(
				fc.array(fc.record({ text: word, keep: fc.boolean() }), { maxLength: 40 }),
				word,
				fc.integer({ min: 0, max: 6 }),
				fc.integer(),
				(candidates, target, count, seed) => {
					const picked = new LengthIndex(candidates).closest(
						target,
						count,
						seeded(seed),
						(c) => c.keep
					);
					const kept = candidates.filter((c) => c.keep);
					const expected = closest_in_length(kept, target, count, seeded(seed));
					expect(picked.every((c) => c.keep)).toBe(true);
					expect(picked).toHaveLength(Math.min(count, kept.length));
					const gaps = (list: { text: string }[]) => list.map((c) => gap(c.text, target)).sort();
					expect(gaps(picked)).toEqual(gaps(expected));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('returns nothing when asked for nothing', () => {
		expect(new LengthIndex([{ text: 'abc' }]).closest('ab', 0, seeded(1), () => true)).toEqual([]);
	});
});

describe('attribute_noun', () => {
	it.each([
		['Methods', 'methods', 'are', 'Those are'],
		['Participants', 'participants', 'are', 'Those are'],
		['Focus', 'focus', 'is', 'That is'],
		['Scope', 'scope', 'is', 'That is'],
		['Source of power', 'source of power', 'is', 'That is'],
		['Route to change', 'route to change', 'is', 'That is'],
		['Activities', 'activities', 'are', 'Those are'],
		['Basis', 'basis', 'is', 'That is'],
		// The head noun is the last word, not the second.
		['Long term goals', 'long term goals', 'are', 'Those are']
	])('speaks of "%s" as "the %s", which %s', (name, noun, is, that_is) => {
		expect(attribute_noun(name)).toEqual({ noun, is, that_is });
	});
});

describe('item_id', () => {
	it('keeps the ids that stored answers and attempts refer to', () => {
		expect(item_id(item_key.attribute_value('alpha', 'scope', 'tide'))).toBe('q1vf9idn');
		expect(item_id(item_key.false_statement('alpha', 'scope', 'tide', 'wave'))).toBe('q0df42ka');
		expect(item_id(item_key.fill_in('alpha', 'hue'))).toBe('q0rpfx7i');
	});
});

describe('finish', () => {
	it('makes the draft its item, and refuses to finish that item again', () => {
		const draft: Draft = {
			type: 'true-false',
			document: 'alpha',
			stem: 'True or false?',
			options: [
				{ id: 'true', text: 'True', correct: true, feedback: 'Yes.' },
				{ id: 'false', text: 'False', correct: false, feedback: 'No.' }
			],
			explanation: 'Because.',
			source: { document: 'alpha', lesson: 'l', section: 'S', href: '/alpha/l#s' },
			fact: { kind: 'value', key: 'value:a:c', concepts: ['c'], origin: 'x' }
		};
		const finishing = { key: 'k', random: seeded(1), fixed: 'all' as const };
		const item = finish(draft, finishing);
		expect(item).toBe(draft);
		expect(item.id).toBe(item_id('k'));
		// A generator that finished one draft twice would shuffle an item already out.
		expect(() => finish(item, finishing)).toThrow('this draft is an item already');
	});
});
