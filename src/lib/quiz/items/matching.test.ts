import { describe, expect, it } from 'vitest';
import { fact_anchor } from '$lib/content/ids';
import { fact_path } from '$lib/content/paths';
import { small_document } from '$testing/quiz_document';
import { seeded } from '../random';
import { DocumentFacts, type Attribute } from '../source';
import { attribute_groups, close_attributes, matching_items, matching_stem } from './matching';

const rng = () => seeded(1);

describe('matching items', () => {
	it('match each concept’s values with prompts naming attribute and concept', () => {
		const [item] = matching_items(small_document(), rng);
		expect(item?.stem).toBe(
			'Match the leadership and goal of both approaches with their descriptions.'
		);
		expect(item?.prompts?.map((p) => p.text)).toEqual([
			'Leadership of local work',
			'Leadership of broad work',
			'Goal of local work',
			'Goal of broad work'
		]);
		const by_prompt = new Map(
			item?.options.map((o) => [
				item.prompts?.find((p) => p.id === o.matches)?.text,
				[o.text, o.feedback, o.href]
			])
		);
		expect(by_prompt.get('Leadership of local work')).toEqual([
			'Residents of the place',
			'This describes the leadership of local work.',
			fact_path('here', 'l', fact_anchor.attribute('leads'))
		]);
		expect(by_prompt.get('Goal of broad work')).toEqual([
			'New national policy',
			'This describes the goal of broad work.',
			fact_path('here', 'l', fact_anchor.attribute('goal'))
		]);
		expect(item?.explanation).toBe(
			'Local work is led by residents of the place. Broad work is led by agencies and NGOs. ' +
				'The goal of local work is local self-reliance. The goal of broad work is new national policy.'
		);
	});
});

/** An attribute with one value per concept, `texts` in the order of the concept ids. */
function attribute(id: string, texts: Record<string, string>, extra: Partial<Attribute> = {}) {
	return {
		id,
		name: id[0]?.toUpperCase() + id.slice(1),
		trait: false,
		values: Object.entries(texts).map(([concept, text]) => ({
			concept,
			text,
			also: [],
			lesson: 'l',
			section: 'S'
		})),
		...extra
	} satisfies Attribute;
}

/** The small document with a third approach, and the attributes given. */
function three_concepts(attributes: Attribute[]) {
	const { doc } = small_document();
	const d = doc.distinctions;
	const concepts = [
		...d.concepts,
		{ id: 'web', name: 'Web work', summary: 'Work led by networks', lesson: 'l', section: 'S' }
	];
	const three = {
		...doc,
		distinctions: { ...d, group: 'all three approaches', concepts, attributes }
	};
	return new DocumentFacts(three, [three]);
}

const ids = (groups: Attribute[][]) => groups.map((group) => group.map((a) => a.id));

describe('matching over three or more concepts', () => {
	const size = attribute('size', { local: 'A street', broad: 'A nation', web: 'Many towns' });

	it('pairs every concept with its value for one attribute', () => {
		const [item, ...rest] = matching_items(three_concepts([size]), rng);
		expect(rest).toEqual([]);
		expect(item?.stem).toBe('Match each approach with its size.');
		expect(item?.prompts?.map((p) => p.text)).toEqual(['Local work', 'Broad work', 'Web work']);
		const paired = item?.options.map(
			(o) => [item.prompts?.find((p) => p.id === o.matches)?.text, o.text] as const
		);
		expect(new Map(paired)).toEqual(
			new Map([
				['Local work', 'A street'],
				['Broad work', 'A nation'],
				['Web work', 'Many towns']
			])
		);
		expect(item?.options.find((o) => o.text === 'Many towns')?.feedback).toBe(
			'This describes the size of web work.'
		);
		expect(item?.fact.concepts).toEqual(['local', 'broad', 'web']);
		expect(item?.explanation).toBe(
			'The size of local work is a street. The size of broad work is a nation. ' +
				'The size of web work is many towns.'
		);
	});

	it('asks no attribute two of whose values each hold for the other’s concept', () => {
		const overlap = (concept: string) => [{ concept, extent: 'full' as const, why: 'So it says.' }];
		const both_ways = attribute('pace', { local: 'Slow', broad: 'Slow too', web: 'Fast' });
		const one_way = attribute('cost', { local: 'Low', broad: 'High', web: 'Varied' });
		both_ways.values[0]!.also = overlap('broad');
		both_ways.values[1]!.also = overlap('local');
		one_way.values[0]!.also = overlap('broad');
		const items = matching_items(three_concepts([both_ways, one_way, size]), rng);
		expect(items.map((item) => item.stem)).toEqual([
			'Match each approach with its cost.',
			'Match each approach with its size.'
		]);
	});

	it('names the column when the attribute is named like the concepts, whatever the case', () => {
		expect(matching_stem('approach', 'Approach')).toBe(
			'Match each approach with its entry under “Approach”.'
		);
		expect(matching_stem('Approach', 'approach')).toBe(
			'Match each Approach with its entry under “approach”.'
		);
		expect(matching_stem('approach', 'Goal')).toBe('Match each approach with its goal.');
	});
});

describe('matching rows over two concepts', () => {
	/** Values for the two concepts; the second, one word of its own, is close to no other. */
	const value = (text: string) => ({
		local: text,
		broad: text.replace(/\s.*/, '').split('').reverse().join('')
	});

	it('groups attributes of one answer kind, then the rest in order, an odd one out with the first', () => {
		const who = attribute('who', value('Residents'), { kind: 'who' });
		const aim = attribute('aim', value('Trust'), { kind: 'aim' });
		const also_who = attribute('host', value('Tenants'), { kind: 'who' });
		const plain = attribute('pace', value('Slow'));
		const other = attribute('cost', value('Low'));
		expect(ids(attribute_groups([who, aim, also_who, plain, other]))).toEqual([
			['who', 'host', 'cost'],
			['aim', 'pace']
		]);
		expect(ids(attribute_groups([plain, other]))).toEqual([['pace', 'cost']]);
		expect(ids(attribute_groups([plain]))).toEqual([['pace']]);
	});

	it('never groups two attributes that say much the same of one concept', () => {
		const focus = attribute('focus', value('Building local capacity'));
		const goal = attribute('goal', value('Local capacity built'));
		const pace = attribute('pace', value('Slow'));
		expect(close_attributes(focus, goal)).toBe(true);
		expect(close_attributes(focus, pace)).toBe(false);
		// One content word in common is not enough; the same words for different concepts neither.
		expect(close_attributes(focus, attribute('aim', value('Local trust')))).toBe(false);
		const crossed = attribute('cross', { local: 'Other words', broad: 'Local capacity' });
		expect(close_attributes(focus, crossed)).toBe(false);
		expect(ids(attribute_groups([focus, goal, pace]))).toEqual([['focus', 'pace'], ['goal']]);
		// An odd one out joins no group holding an attribute close to it.
		expect(ids(attribute_groups([focus, pace, goal]))).toEqual([['focus', 'pace'], ['goal']]);
	});

	it('names three attributes in a list in the stem', () => {
		const { doc } = small_document();
		const extra = attribute('pace', value('Slow'));
		const with_three = {
			...doc,
			distinctions: { ...doc.distinctions, attributes: [...doc.distinctions.attributes, extra] }
		};
		const [item] = matching_items(new DocumentFacts(with_three, [with_three]), rng);
		expect(item?.stem).toBe(
			'Match the leadership, goal and pace of both approaches with their descriptions.'
		);
		expect(item?.prompts).toHaveLength(6);
	});
});
