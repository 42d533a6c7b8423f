import { describe, expect, it } from 'vitest';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { RULES } from '../lint/rules';
import { DocumentFacts, type QuizDocument } from '../source';
import type { Item } from '../types';
import { at } from '$lib/must';
import { linked_documents, shown } from '$testing/quiz_document';
import { seeded } from '../random';
import { analogy_items, double_scenario_items, pairing_items } from './cross';

const docs = real_quiz_documents();
const bank = real_bank(7);
const of_type = (type: Item['type']) => bank.filter((item) => item.type === type);
const links = docs.flatMap((doc) => doc.distinctions.links);
const linked = (a: string, b: string) =>
	links.some(
		(l) => (l.concept === a && l.counterpart === b) || (l.concept === b && l.counterpart === a)
	);
const partners = (concept: string) =>
	links.flatMap((l) =>
		l.concept === concept ? [l.counterpart] : l.counterpart === concept ? [l.concept] : []
	);
const concept_id = (name: string) =>
	docs.flatMap((d: QuizDocument) => d.distinctions.concepts).find((c) => c.name === name)?.id;
/** The two concept ids an option of a pairing or double-scenario item names. */
const pair_of = (id: string) => id.split('+') as [string, string];
const key_of = (item: Item) =>
	at(
		item.options.filter((o) => o.correct),
		0
	);
const NEGATIVE = RULES.find((rule) => rule.id === 'negative-stem');

describe('analogy items', () => {
	it('key the concept the stem pairs first wherever two concepts share a counterpart, so it cannot be struck out unread', () => {
		const shared = links.some((l) => links.some((m) => m !== l && m.counterpart === l.counterpart));
		const second = (item: Item) =>
			at([...(/^.+? is to (.+?) as /.exec(item.stem) ?? [])], 1).toLowerCase();
		const keyed = of_type('analogy').filter(
			(item) => key_of(item).text.toLowerCase() === second(item)
		);
		expect(keyed.length > 0).toBe(shared);
	});

	it('exist, and key the counterpart of the concept asked about, with no second right answer', () => {
		const items = of_type('analogy');
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const [a, b, c] = [...item.stem.matchAll(/^(.+) is to (.+) as (.+) is to which of these\?$/g)]
				.flatMap((m) => [m[1], m[2], m[3]])
				.map((name) => concept_id(at([name], 0)!.replace(/^./, (x) => x.toUpperCase())));
			expect(a && b && c, item.stem).toBeTruthy();
			expect(linked(a!, b!), item.stem).toBe(true);
			const key = key_of(item).id;
			expect(linked(c!, key), item.stem).toBe(true);
			for (const option of item.options.filter((o) => !o.correct))
				expect(linked(c!, option.id), `${item.stem} ${option.text}`).toBe(false);
			expect(item.options.length).toBeGreaterThanOrEqual(2);
		}
	});
});

describe('pairing items', () => {
	it('have one linked pair, the others unlinked, each concept of the document once on the left', () => {
		const items = of_type('pairing');
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item.stem).toMatch(/^Which pairing matches /);
			expect(
				NEGATIVE?.check(item, { kinds_of: () => [], also: () => [], common_words: () => new Set() })
			).toEqual([]);
			const pairs = item.options.map((o) => ({ o, pair: pair_of(o.id) }));
			for (const { o, pair } of pairs) expect(linked(...pair), o.text).toBe(o.correct);
			const left = pairs.map(({ pair }) => pair[0]);
			expect(new Set(left).size).toBe(left.length);
			expect(item.options).toHaveLength(3);
		}
	});
});

describe('double-scenario items', () => {
	it('key the concept the scenario shows with its only counterpart', () => {
		const items = of_type('double-scenario');
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const scenario = docs
				.flatMap((d) => d.distinctions.scenarios)
				.find((s) => s.text === item.prompt);
			expect(scenario, item.id).toBeDefined();
			expect(partners(scenario!.concept)).toHaveLength(1);
			expect(pair_of(key_of(item).id)).toEqual([
				scenario!.concept,
				at(partners(scenario!.concept), 0)
			]);
		}
	});

	it('show each half of the key in exactly one wrong option, so neither half gives it away', () => {
		for (const item of of_type('double-scenario')) {
			const [shown, mirror] = pair_of(key_of(item).id);
			const wrong = item.options.filter((o) => !o.correct).map((o) => pair_of(o.id));
			expect(wrong).toHaveLength(2);
			expect(wrong.filter(([x]) => x === shown)).toHaveLength(1);
			expect(wrong.filter(([, y]) => y === mirror)).toHaveLength(0);
		}
	});

	it('are not asked of a concept with two counterparts', () => {
		const ambiguous = docs
			.flatMap((d) => d.distinctions.scenarios)
			.filter((s) => partners(s.concept).length > 1);
		expect(ambiguous.length).toBeGreaterThan(0);
		const asked = new Set(of_type('double-scenario').map((item) => item.prompt));
		for (const scenario of ambiguous) expect(asked.has(scenario.text), scenario.id).toBe(false);
	});
});

describe('cross-document items, as a learner reads them', () => {
	const { here } = linked_documents();
	const rng = () => seeded(1);
	const roots = 'Local work mirrors grassroots group: both start with residents.';
	const alliance = 'Broad work mirrors coalition: both join many bodies.';

	it('analogies pair two links, forward over the other document’s concepts and backward over this one’s', () => {
		const items = analogy_items(here, rng);
		expect(items.map((item) => item.stem)).toEqual([
			'Local work is to grassroots group as broad work is to which of these?',
			'Grassroots group is to local work as coalition is to which of these?',
			'Broad work is to coalition as local work is to which of these?',
			'Coalition is to broad work as grassroots group is to which of these?'
		]);
		const [first] = items;
		expect(first && shown(first)).toEqual({
			stem: 'Local work is to grassroots group as broad work is to which of these?',
			prompt: undefined,
			options: expect.arrayContaining([
				['Coalition', true, `Right. ${roots} ${alliance}`],
				['Network', false, `No: network is not the counterpart of broad work. ${roots} ${alliance}`]
			]),
			explanation: `${roots} ${alliance}`
		});
		expect(first?.options).toHaveLength(3);
	});

	it('pairings set the linked pair against another concept with a form it is not linked to', () => {
		const [item] = pairing_items(here, rng);
		expect(item?.stem).toMatch(
			/^Which pairing matches one of the approaches with its counterpart in “Over there”\?$/
		);
		expect(item && shown(item).options).toEqual([
			['Local work with grassroots group', true, `Right. ${roots}`],
			['Broad work with network', false, `No: no link pairs broad work with network. ${roots}`]
		]);
		expect(item?.explanation).toBe(roots);
	});

	it('double scenarios ask what a situation shows and what that mirrors, with a half-right option', () => {
		const [item] = double_scenario_items(here, rng);
		const truth = 'Residents act themselves. Local work mirrors grassroots group in “Over there”.';
		expect(item && shown(item)).toEqual({
			stem: 'Which approach does this situation show, and which form in “Over there” does it mirror?',
			prompt: 'Neighbours dig a well.',
			options: expect.arrayContaining([
				['Local work, mirroring grassroots group', true, `Right. ${truth}`],
				[
					'Local work, mirroring coalition',
					false,
					'Half right: the situation shows local work, but its counterpart is grassroots group, not coalition.'
				],
				['Broad work, mirroring coalition', false, `No. ${truth}`]
			]),
			explanation: truth
		});
		expect(item?.options).toHaveLength(3);
	});
});

describe('cross-document items, where the links are tangled', () => {
	const rng = () => seeded(1);
	const cited = { lesson: 'l', section: 'S' };
	const link = (id: string, concept: string, counterpart: string) => ({
		id,
		concept,
		counterpart,
		why: 'They are alike.',
		...cited
	});
	const web = { id: 'web', name: 'Web work', summary: 'Work led by networks', ...cited };
	const town = { id: 'town', name: 'Town work', summary: 'Work led by a council', ...cited };
	/**
	 * The linked documents with this document's links replaced, and the other's set to
	 * `theirs`; `third` adds Web work (with a scenario) to this document, `fourth` Town work.
	 */
	function tangled(
		ours: ReturnType<typeof link>[],
		{ theirs = [] as ReturnType<typeof link>[], third = false, fourth = false } = {}
	) {
		const { here, there } = linked_documents();
		const concepts = [...here.d.concepts, ...(third ? [web] : []), ...(fourth ? [town] : [])];
		const scenario = {
			id: 'w',
			text: 'Friends share news.',
			concept: 'web',
			why: 'A web.',
			...cited
		};
		const scenarios = third ? [...here.d.scenarios, scenario] : here.d.scenarios;
		const mine = { ...here.doc, distinctions: { ...here.d, concepts, scenarios, links: ours } };
		const other = { ...there.doc, distinctions: { ...there.d, links: theirs } };
		return new DocumentFacts(mine, [mine, other]);
	}
	const stems = (items: Item[]) => items.map((item) => item.stem);

	it('each say their type', () => {
		const { here } = linked_documents();
		expect(
			[analogy_items, pairing_items, double_scenario_items].map((f) => f(here, rng)[0]?.type)
		).toEqual(['analogy', 'pairing', 'double-scenario']);
	});

	it('ask no analogy backward to a counterpart that mirrors two concepts here', () => {
		const facts = tangled(
			[
				link('a', 'local', 'grassroots'),
				link('b', 'broad', 'coalition'),
				link('c', 'web', 'grassroots')
			],
			{ third: true }
		);
		const asked = stems(analogy_items(facts, rng));
		expect(asked).toContain('Grassroots group is to local work as coalition is to which of these?');
		expect(asked).not.toContain(
			'Coalition is to broad work as grassroots group is to which of these?'
		);
		expect(asked).not.toContain(
			'Grassroots group is to local work as grassroots group is to which of these?'
		);
		// Forward, it is asked, with Grassroots group a right answer for both of its concepts.
		expect(asked).toContain('Broad work is to coalition as local work is to which of these?');
	});

	it('leave out of an analogy’s options a second right answer', () => {
		const facts = tangled([
			link('a', 'local', 'grassroots'),
			link('b', 'broad', 'coalition'),
			link('c', 'broad', 'network')
		]);
		const [item] = analogy_items(facts, rng);
		expect(item?.stem).toBe(
			'Local work is to grassroots group as broad work is to which of these?'
		);
		expect(item?.options.map((o) => [o.text, o.correct]).sort()).toEqual([
			['Coalition', true],
			['Grassroots group', false]
		]);
	});

	it('pair a concept only with forms no link joins it to, whichever document holds the link', () => {
		// Broad work mirrors Coalition by a link the other document holds.
		const facts = tangled([link('a', 'local', 'grassroots')], {
			theirs: [link('z', 'coalition', 'broad')]
		});
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const [item] = pairing_items(facts, () => seeded(seed));
			const texts = item?.options.map((o) => o.text).sort();
			expect(texts).toEqual([
				expect.stringMatching(/^Broad work with (grassroots group|network)$/),
				'Local work with grassroots group'
			]);
		}
	});

	it('skip a pairing whose other concepts are each linked to every form there', () => {
		const { there } = linked_documents();
		const two_forms = there.d.concepts.slice(0, 2);
		const facts = tangled([
			link('a', 'local', 'grassroots'),
			link('b', 'broad', 'coalition'),
			link('c', 'broad', 'grassroots')
		]);
		const other = facts.all[1]!;
		const narrowed = { ...other, distinctions: { ...other.distinctions, concepts: two_forms } };
		const mine = new DocumentFacts(facts.doc, [facts.doc, narrowed]);
		expect(pairing_items(mine, rng).map((item) => item.options.map((o) => o.text).sort())).toEqual([
			['Broad work with coalition', 'Local work with coalition'],
			['Broad work with grassroots group', 'Local work with coalition']
		]);
	});

	it('offer two wrong pairings at most, and none for a link to a concept no document has', () => {
		const facts = tangled([link('a', 'local', 'grassroots'), link('x', 'broad', 'nowhere')], {
			third: true,
			fourth: true
		});
		const items = pairing_items(facts, rng);
		expect(items).toHaveLength(1);
		expect(items[0]?.options).toHaveLength(3);
		expect(double_scenario_items(facts, rng).map((item) => item.prompt)).toEqual([
			'Neighbours dig a well.'
		]);
	});

	it('ask no analogy between links to two different documents', () => {
		const { there } = linked_documents();
		const crowd = { id: 'crowd', name: 'Crowd', summary: 'Many people at once', ...cited };
		const yonder = {
			...there.doc,
			slug: 'yonder',
			title: 'Yonder',
			distinctions: { ...there.d, concepts: [crowd] }
		};
		const facts = tangled([link('a', 'local', 'grassroots'), link('b', 'broad', 'crowd')]);
		const three = new DocumentFacts(facts.doc, [...facts.all, yonder]);
		expect(analogy_items(three, rng)).toEqual([]);
	});
});
