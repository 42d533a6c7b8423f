import { describe, expect, it } from 'vitest';
import { seeded } from '../random';
import { DocumentFacts, type Attribute, type QuizDocument } from '../source';
import { attribute_value_items, true_false_items } from './attribute';
import { matching_items } from './matching';
import { shared_trait_items, which_concept_items } from './concept';
import { value_distractors } from './distractors';

const cited = { lesson: 'l', section: 'S' };

function attribute(
	id: string,
	values: Record<string, string>,
	more: Partial<Pick<Attribute, 'kind' | 'trait'>> & { also?: Record<string, string> } = {}
): Attribute {
	return {
		id,
		name: id,
		kind: more.kind,
		trait: more.trait ?? false,
		values: Object.entries(values).map(([concept, text]) => ({
			concept,
			text,
			also: more.also?.[concept]
				? [{ concept: more.also[concept], extent: 'partial' as const, why: 'The source says so.' }]
				: [],
			...cited
		}))
	};
}

function doc(
	slug: string,
	concepts: string[],
	attributes: Attribute[],
	links: QuizDocument['distinctions']['links'] = []
): QuizDocument {
	return {
		slug,
		title: `Title ${slug}`,
		folder: `content/${slug}`,
		lessons: [{ slug: 'l', title: 'L', section: 'S', terms: [], examined: [] }],
		distinctions: {
			concept_noun: 'approach',
			concept_noun_plural: 'approaches',
			group: 'both approaches',
			concepts: concepts.map((id) => ({ id, name: id, summary: `${id} in short`, ...cited })),
			attributes,
			similarities: [{ id: 'shared', text: 'Working for change together', ...cited }],
			examples: [],
			scenarios: [],
			links
		}
	};
}

const here = doc(
	'here',
	['local', 'broad'],
	[
		attribute(
			'leads',
			{ local: 'Residents of the place', broad: 'Agencies and NGOs' },
			{ kind: 'who' }
		),
		attribute(
			'joins',
			{ local: 'Neighbours and families', broad: 'Everyone in society' },
			{ kind: 'who' }
		),
		attribute(
			'reach',
			{ local: 'Word of mouth', broad: 'Mass media' },
			{ also: { broad: 'local' } }
		),
		attribute(
			'goal',
			{ local: 'Local self-reliance', broad: 'New policy' },
			{ kind: 'aim', trait: true }
		)
	]
);
const there = doc(
	'there',
	['grassroots', 'coalition'],
	[
		attribute(
			'leads',
			{ grassroots: 'Affected residents', coalition: 'Partner bodies acting jointly' },
			{ kind: 'who' }
		)
	],
	[
		{
			id: 'mirror',
			concept: 'grassroots',
			counterpart: 'local',
			why: 'Both start locally.',
			...cited
		}
	]
);
const facts = new DocumentFacts(here, [here, there]);
const attr = (id: string) => here.distinctions.attributes.find((a) => a.id === id)!;
const texts = (attribute: string, concept: string) =>
	value_distractors(facts, attr(attribute), concept, seeded(1)).map((c) => c.value.text);

describe('value_distractors', () => {
	it('puts the near miss first, then a value of the same kind from this document', () => {
		expect(texts('leads', 'broad')).toEqual(['Residents of the place', 'Neighbours and families']);
	});

	it('never offers a value of another kind', () => {
		for (const concept of ['local', 'broad'])
			for (const text of texts('leads', concept))
				expect(['Word of mouth', 'Mass media', 'Local self-reliance', 'New policy']).not.toContain(
					text
				);
	});

	it('goes to another document for the same kind, except to a linked concept', () => {
		const local = new DocumentFacts(doc('here', ['local', 'broad'], [attr('leads')]), [
			doc('here', ['local', 'broad'], [attr('leads')]),
			there
		]);
		const picked = (concept: string) =>
			value_distractors(local, attr('leads'), concept, seeded(1)).map((c) => c.value.text);
		// Grassroots mirrors "local", so its leaders could be said of local work too.
		expect(picked('local')).toEqual(['Agencies and NGOs', 'Partner bodies acting jointly']);
		expect(picked('broad')).toContain('Affected residents');
		// Such a distractor's feedback says where it comes from.
		const feedback = attribute_value_items(local, () => seeded(1))
			.flatMap((item) => item.options)
			.map((o) => o.feedback);
		expect(feedback).toContain(
			'No: that describes the leads of grassroots (in “Title there”), not the leads of broad.'
		);
		expect(feedback).toContain('No: that describes the leads of local, not of broad.');
	});

	it('leaves out a value that also holds for the asked concept', () => {
		// Mass media also reaches local work, in part: it is no wrong answer for "local".
		expect(texts('reach', 'local')).toEqual([]);
		expect(texts('reach', 'broad')).toEqual(['Word of mouth']);
	});
});

describe('true/false items over three concepts', () => {
	it('borrow the next concept’s value for the false statement, the last concept the first’s', () => {
		const three = doc(
			'three',
			['a', 'b', 'c'],
			[attribute('size', { a: 'Small', b: 'Medium', c: 'Large' })]
		);
		const statements = true_false_items(new DocumentFacts(three, [three]), () => seeded(1))
			.filter((item) => item.options.find((o) => o.correct)?.text === 'False')
			.map((item) => item.prompt);
		expect(statements).toEqual([
			'The size of a is medium.',
			'The size of b is large.',
			'The size of c is small.'
		]);
	});
});

describe('items over overlapping values', () => {
	const rng = () => seeded(3);

	it('asks no attribute-value item that would have no distractor', () => {
		const stems = attribute_value_items(facts, rng).map((item) => item.fact.key);
		expect(stems).not.toContain('value:reach:local');
		expect(stems).toContain('value:reach:broad');
	});

	it('never states a value that also holds as false of that concept', () => {
		const statements = true_false_items(facts, rng)
			.filter((item) => item.options.find((o) => o.correct)?.id === 'false')
			.map((item) => item.prompt);
		expect(statements.some((text) => text?.includes('mass media'))).toBe(false);
		expect(statements.some((text) => text?.includes('word of mouth'))).toBe(true);
	});

	it('asks "which approach" of no value that holds for two concepts', () => {
		const prompts = which_concept_items(facts, rng).map((item) => item.prompt);
		expect(prompts).not.toContain('Mass media');
		expect(prompts).toContain('Word of mouth');
	});

	it('asks no matching item whose two values could be matched either way round', () => {
		const both_ways = doc(
			'swap',
			['local', 'broad'],
			[
				attribute('leads', { local: 'Residents', broad: 'Agencies' }),
				attribute(
					'reach',
					{ local: 'Word of mouth', broad: 'Mass media' },
					{
						also: { local: 'broad', broad: 'local' }
					}
				),
				attribute('pace', { local: 'Slow', broad: 'Fast' }, { also: { broad: 'local' } })
			]
		);
		const keys = matching_items(new DocumentFacts(both_ways, [both_ways]), rng).map(
			(item) => item.fact.key
		);
		// Only one way round holds for "pace", so its matching still has one answer; with two
		// concepts, the two attributes left are matched in one item of four rows.
		expect(keys.sort()).toEqual(['attribute:swap:leads+pace']);
	});

	it('sets a shared trait only beside values of attributes that read as traits', () => {
		const [item] = shared_trait_items(facts, rng);
		expect(item?.options.map((o) => o.text).sort()).toEqual(
			['Working for change together', 'Local self-reliance'].sort()
		);
	});
});
