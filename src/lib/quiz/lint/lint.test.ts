import { describe, expect, it } from 'vitest';
import type { Item, ItemType } from '../types';
import { context_of, lint_banks, worst_items } from './lint';
import { RULES } from './rules';

/** An item as the generator makes one: the first option text is the key. */
function item(
	texts: string[],
	more: { stem?: string; prompt?: string; type?: ItemType; ids?: string[]; fact?: string } = {}
): Item {
	return {
		id: `q-${texts.join('-').length}`,
		type: more.type ?? 'attribute-value',
		document: 'doc',
		stem: more.stem ?? 'Who leads the effort?',
		prompt: more.prompt,
		options: texts.map((text, i) => ({
			id: more.ids?.[i] ?? `o${i}`,
			text,
			correct: i === 0,
			feedback: i === 0 ? 'Right.' : 'No.'
		})),
		explanation: 'Residents lead it.',
		source: { document: 'doc', section: 'S', lesson: 'l', href: '/doc/l/#a' },
		fact: {
			kind: 'value',
			key: more.fact ?? 'value:leadership:a',
			concepts: ['a'],
			attribute: 'leadership',
			origin: 'doc/distinctions.yaml attributes.0.values.0'
		}
	};
}

/** A value fact as the bank holds one, so the context knows its attribute. */
function value_item(attribute: string, concept: string): Item {
	const base = item(['x', 'y']);
	return {
		...base,
		fact: { ...base.fact, key: `value:${attribute}:${concept}`, attribute, concepts: [concept] }
	};
}

const bank = [
	value_item('leadership', 'a'),
	value_item('leadership', 'b'),
	value_item('leadership', 'c'),
	value_item('goal', 'b')
];
const context = context_of(bank);

function flags(rule: string, subject: Item) {
	const found = RULES.find((r) => r.id === rule);
	if (!found) throw new Error(`no rule ${rule}`);
	return found.check(subject, context);
}

const who = [
	'Residents of the neighbourhood',
	'Government agencies and NGOs',
	'Donor foundations abroad'
];

describe('item-writing rules', () => {
	it('flags a distractor of another kind of answer, not a sibling value', () => {
		const ids = ['value:leadership:a', 'value:leadership:b', 'value:goal:b'];
		expect(flags('kind-mismatch', item(who, { ids }))).toEqual([
			'offers "Donor foundations abroad" (kind: goal) to a question of kind leadership'
		]);
		const siblings = ['value:leadership:a', 'value:leadership:b', 'value:leadership:c'];
		expect(flags('kind-mismatch', item(who, { ids: siblings }))).toEqual([]);
	});

	it('reads every attribute as its own kind until kinds are declared', () => {
		expect(context.kinds_of('value:goal:b')).toEqual(['goal']);
		const declared = context_of(bank, () => ({ kind: 'who', trait: true, also: [] }));
		expect(declared.kinds_of('value:goal:b')).toEqual(['who', 'trait']);
		expect(context.kinds_of('b')).toEqual([]);
	});

	it('flags a wrong answer the source lets hold for the asked concept too', () => {
		const overlapping = context_of(bank, (concept, attribute) =>
			concept === 'b' && attribute === 'leadership'
				? { kind: 'who', trait: false, also: ['a'] }
				: undefined
		);
		const ids = ['value:leadership:a', 'value:leadership:b', 'value:leadership:c'];
		const rule = RULES.find((r) => r.id === 'overlap');
		expect(rule?.check(item(who, { ids }), overlapping)).toEqual([
			'offers "Government agencies and NGOs", which the source lets hold for a too'
		]);
		expect(rule?.check(item(who, { ids }), context)).toEqual([]);
		const which = item(['a', 'b'], { type: 'which-concept', fact: 'value:leadership:b' });
		expect(rule?.check(which, overlapping)).toEqual([
			'asks which concept fits a value that also holds for a'
		]);
	});

	it('flags a matching item whose two options could be matched either way round', () => {
		const both = context_of(bank, (concept) => ({
			kind: 'who',
			trait: false,
			also: concept === 'a' ? ['b'] : concept === 'b' ? ['a'] : []
		}));
		const matching: Item = {
			...item(['Residents', 'Agencies'], {
				type: 'matching',
				ids: ['value:leadership:a', 'value:leadership:b']
			}),
			prompts: [
				{ id: 'a', text: 'A' },
				{ id: 'b', text: 'B' }
			]
		};
		matching.options = matching.options.map((o, i) => ({
			...o,
			correct: true,
			matches: i ? 'b' : 'a'
		}));
		const rule = RULES.find((r) => r.id === 'overlap');
		expect(rule?.check(matching, both)).toEqual([
			'"Residents" and "Agencies" could be matched either way round'
		]);
		expect(rule?.check(matching, context)).toEqual([]);
	});

	it('lets the key echo the question no more than some distractor does', () => {
		const stem = 'Which approach is the counterpart of social mobilization in community work?';
		const names = ['Community organizing', 'Social advocacy'];
		expect(flags('stem-clang', item(names, { stem }))).toEqual([]);
		expect(flags('stem-clang', item(['Community organizing', 'Advocacy'], { stem }))).toEqual([
			'the key echoes "community" from the question'
		]);
	});

	it('ignores words that every question of its kind asks', () => {
		// Every question in the bank asks "Who leads the effort?".
		const options = ['Leaders of the effort', 'Government agencies', 'Donor foundations'];
		expect(flags('stem-clang', item(options))).toEqual([]);
	});

	it('flags a key that echoes the question more than every distractor', () => {
		const stem = 'Who leads community mobilization?';
		const options = ['Members of the community', 'Government agencies', 'Donor foundations'];
		expect(flags('stem-clang', item(options, { stem }))).toEqual([
			'the key echoes "community" from the question'
		]);
		const fair = ['Members of the community', 'Community agencies', 'Donor foundations'];
		expect(flags('stem-clang', item(fair, { stem }))).toEqual([]);
	});

	it('flags "all of the above" and "none of the above"', () => {
		expect(flags('all-none-above', item(['Residents', 'None of the above']))).toEqual([
			'offers "None of the above"'
		]);
	});

	it('flags a verb that does not agree with the attribute it speaks of', () => {
		const said = (explanation: string) => flags('number-agreement', { ...item(who), explanation });
		expect(said('The methods of social mobilization is different.')).toHaveLength(1);
		expect(said('That is the participants of coalition building.')).toHaveLength(1);
		expect(said('Those are the focus of coalition building.')).toHaveLength(1);
		expect(said('The methods of social mobilization are different.')).toEqual([]);
		expect(said('The focus of social mobilization is different.')).toEqual([]);
		expect(said('Those are the methods of coalition building.')).toEqual([]);
	});

	it('flags the seams a template leaves when a value does not fit it', () => {
		expect(flags('template-seam', item(who, { prompt: 'It is led by a organization.' }))).toEqual([
			'"a" before a vowel: "…It is led by a organization.…"'
		]);
		expect(flags('template-seam', item(who, { prompt: 'The the lead is {value}.' }))).toHaveLength(
			2
		);
		expect(
			flags('template-seam', item(who, { prompt: 'It is led by a union, one of many.' }))
		).toEqual([]);
	});
});

describe('the quality report', () => {
	it('counts flaws once per item and message, whatever the seeds', () => {
		const ids = ['value:leadership:a', 'value:goal:b', 'value:leadership:b'];
		const flawed = item(who, { ids });
		const report = lint_banks([
			{ seed: 1, bank: [...bank, flawed] },
			{ seed: 2, bank: [...bank, flawed] }
		]);
		expect(report.flaws_per_rule.get('kind-mismatch')).toBe(1);
		expect(report.flaws[0]?.seed).toBe(1);
		expect(report.items).toBe(5);
		expect(report.items_per_type.get('attribute-value')).toBe(5);
	});

	it('gives the share of distractors that are near misses, and the option counts', () => {
		const ids = ['value:leadership:a', 'value:goal:b', 'value:leadership:b'];
		const report = lint_banks([{ seed: 1, bank: [...bank, item(who, { ids })] }]);
		// The bank's own two-option items have distractors that are not facts.
		expect(report.near_miss_share).toBe(0.5);
		expect(report.options_per_item).toEqual(
			new Map([
				[2, 4],
				[3, 1]
			])
		);
	});

	it('lists the items with the most flaws first', () => {
		const flaw = (item: string, rule: string) => ({
			item,
			rule,
			origin: 'o',
			message: 'm',
			seed: 1
		});
		const worst = worst_items([flaw('a', 'x'), flaw('b', 'x'), flaw('b', 'y')], 1);
		expect(worst.map(([id, flaws]) => [id, flaws.length])).toEqual([['b', 2]]);
	});
});
