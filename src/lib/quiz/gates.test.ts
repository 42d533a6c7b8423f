import { describe, expect, it } from 'vitest';
import { load_content } from '../content/load';
import { minimal_files } from '$testing/content_files';
import { valid_item } from '$testing/items';
import { real_bank, real_quiz_documents, to_quiz_documents } from '$testing/real_content';
import { generate_bank } from './bank';
import {
	check_banks,
	check_facts,
	check_item,
	KeyPositions,
	POSITION_BANKS,
	position_problems,
	run_gates
} from './gates';
import type { QuizDocument } from './source';
import type { Item, Option } from './types';
import { at } from '$lib/must';

const docs = real_quiz_documents();

const option = (id: string, text: string, correct = false): Option => ({
	id,
	text,
	correct,
	feedback: correct ? 'Right.' : 'No.'
});

/** A deep copy of the real documents, to break one fact without touching the shared model. */
const copy_docs = (): QuizDocument[] => structuredClone(docs);

describe('KeyPositions', () => {
	const at = (index: number, type: Item['type'] = 'scenario', count = 3) =>
		valid_item({
			type,
			options: ['One', 'Two', 'Three', 'Four']
				.slice(0, count)
				.map((text, i) => option(String(i), text, i === index))
		});

	it('counts the key position of single-answer items only, by option count', () => {
		const shares = new KeyPositions()
			.add([at(0), at(1), at(1, 'true-false')])
			.add([at(1), at(2), at(0, 'matching'), at(1, 'scenario', 2)])
			.shares();
		expect(shares).toEqual(
			new Map([
				[3, [0.25, 0.5, 0.25]],
				[2, [0, 1]]
			])
		);
	});

	it('gives no shares for no items', () => {
		expect(new KeyPositions().add([]).shares()).toEqual(new Map());
	});

	it('refuses a position holding more than its fair share and 15 points', () => {
		expect(position_problems(new Map([[3, [0.48, 0.3, 0.22]]]))).toEqual([]);
		expect(position_problems(new Map([[3, [0.49, 0.3, 0.21]]]))).toEqual([
			{
				item: '-',
				origin: 'all items',
				message: 'option 1 of 3 holds 49.0% of the keys (at most 48%)'
			}
		]);
		expect(position_problems(new Map([[2, [0.35, 0.65]]]))).toEqual([]);
		expect(position_problems(new Map([[2, [0.34, 0.66]]]))).toHaveLength(1);
	});
});

describe('check_item', () => {
	it('passes a well-formed item', () => {
		expect(check_item(valid_item())).toEqual([]);
	});

	it('flags two correct options, and none', () => {
		const two = valid_item();
		at(two.options, 1).correct = true;
		expect(check_item(two)).toContainEqual(expect.stringContaining('2 correct options'));
		const none = valid_item();
		at(none.options, 0).correct = false;
		expect(check_item(none)).toContainEqual(expect.stringContaining('0 correct options'));
	});

	it('flags two options with the same text, ignoring case and punctuation', () => {
		const item = valid_item();
		at(item.options, 2).text = 'lively and loud.';
		expect(check_item(item)).toContainEqual(
			expect.stringContaining('two options with the same text')
		);
	});

	it('flags two options with the same id', () => {
		const item = valid_item();
		at(item.options, 2).id = 'a';
		expect(check_item(item)).toContainEqual(
			expect.stringContaining('two options with the same id')
		);
	});

	it.each(['All of the above', 'None of the above', 'Both of the above'])(
		'flags the giveaway option "%s"',
		(text) => {
			const item = valid_item();
			at(item.options, 1).text = text;
			expect(check_item(item)).toContainEqual(expect.stringContaining(`"${text}"`));
		}
	);

	it('flags an option more than twice as long as the shortest, once past 32 characters', () => {
		const item = valid_item();
		at(item.options, 1).text = 'Restful and steady, calm and even, never in a hurry';
		expect(at(item.options, 1).text.length).toBeGreaterThan(2 * at(item.options, 0).text.length);
		expect(check_item(item)).toContainEqual(expect.stringContaining('differ too much in length'));
	});

	it('allows short options of any lengths, and a ratio of exactly two', () => {
		const short = valid_item({
			options: [option('a', 'Tide', true), option('b', 'All three water movements')]
		});
		expect(check_item(short)).toEqual([]);
		const double = valid_item({
			options: [option('a', 'x'.repeat(20), true), option('b', 'y'.repeat(40))]
		});
		expect(check_item(double)).toEqual([]);
		const over = valid_item({
			options: [option('a', 'x'.repeat(20), true), option('b', 'y'.repeat(41))]
		});
		expect(check_item(over)).toHaveLength(1);
	});

	it('flags a which-concept statement that names an option', () => {
		const item = valid_item({
			type: 'which-concept',
			prompt: 'Social mobilization reaches people through mass media',
			options: [option('c', 'Community mobilization'), option('s', 'Social mobilization', true)]
		});
		expect(check_item(item)).toContainEqual(
			expect.stringContaining('names the option "Social mobilization"')
		);
	});

	it('flags a fill-in item whose typed answer would accept a distractor', () => {
		const item = valid_item({
			type: 'fill-in',
			prompt: 'An alliance of separate organizations.',
			accept: ['Coalition'],
			options: [option('a', 'Coalition', true), option('b', 'Coalitions'), option('c', 'Lobbying')]
		});
		expect(check_item(item)).toContainEqual(
			expect.stringContaining('accept the distractor "Coalitions"')
		);
	});

	it('flags a fill-in definition that contains the answer', () => {
		const item = valid_item({
			type: 'fill-in',
			prompt: 'A coalition of separate organizations.',
			accept: ['Coalition'],
			options: [option('a', 'Coalition', true), option('b', 'Lobbying')]
		});
		expect(check_item(item)).toContainEqual(
			expect.stringContaining('contains the answer "Coalition"')
		);
	});

	it('flags a matching prompt with no option', () => {
		const item = valid_item({
			type: 'matching',
			prompts: [
				{ id: 'red', text: 'Red' },
				{ id: 'blue', text: 'Blue' }
			],
			options: [{ ...option('x', 'Lively and loud', true), matches: 'red' }]
		});
		const problems = check_item(item);
		expect(problems).toContainEqual(expect.stringContaining('"Blue" has no match'));
		expect(problems).toContainEqual(expect.stringContaining('fewer than two options'));
	});

	it('flags an option without feedback and an item without a source', () => {
		const item = valid_item();
		at(item.options, 1).feedback = ' ';
		item.source = { ...item.source, lesson: '' };
		const problems = check_item(item);
		expect(problems).toContainEqual(expect.stringContaining('has no feedback'));
		expect(problems).toContainEqual(expect.stringContaining('does not trace to a lesson'));
	});
});

describe('check_facts', () => {
	it('finds nothing wrong with the real content', () => {
		expect(check_facts(docs, real_bank(1))).toEqual([]);
	});

	it('flags a value that states a shared trait as one concept’s own', () => {
		const broken = copy_docs();
		const d = at(broken, 0).distinctions;
		at(at(d.attributes, 1).values, 0).text = at(d.similarities, 2).text;
		const problems = check_facts(broken, generate_bank(broken, 1));
		expect(problems).toContainEqual({
			item: '-',
			origin: `${at(broken, 0).folder}/distinctions.yaml attributes.1.values.0`,
			message: expect.stringContaining('similarities.2 says is shared')
		});
	});

	it('flags an attribute name that does not read as a noun inside a sentence', () => {
		const broken = copy_docs();
		at(at(broken, 0).distinctions.attributes, 0).name = 'Who decides';
		const problems = check_facts(broken, generate_bank(broken, 1));
		expect(problems).toContainEqual({
			item: '-',
			origin: `${at(broken, 0).folder}/distinctions.yaml attributes.0.name`,
			message: expect.stringContaining('"Who decides" does not read as a noun')
		});
	});

	it('flags two concepts given the same value', () => {
		const broken = copy_docs();
		const values = at(at(broken, 1).distinctions.attributes, 0).values;
		at(values, 2).text = at(values, 0).text.toUpperCase();
		const problems = check_facts(broken, generate_bank(broken, 1));
		expect(problems).toContainEqual({
			item: '-',
			origin: `${at(broken, 1).folder}/distinctions.yaml attributes.0.values.0`,
			message: expect.stringContaining('same as values.2')
		});
	});

	it('flags every fact that no item tests', () => {
		const doc = at(docs, 0);
		const attribute = at(doc.distinctions.attributes, 2);
		const value = at(attribute.values, 1);
		const similarity = at(doc.distinctions.similarities, 0);
		const scenario = at(doc.distinctions.scenarios, 3);
		const untested = new Set([
			`value:${attribute.id}:${value.concept}`,
			`similarity:${doc.slug}:${similarity.id}`,
			`scenario:${doc.slug}:${scenario.id}`
		]);
		const bank = real_bank(1).filter((item) => !untested.has(item.fact.key));
		const problems = check_facts(docs, bank);
		const file = `${doc.folder}/distinctions.yaml`;
		expect(problems).toEqual([
			{ item: '-', origin: `${file} attributes.2.values.1`, message: 'is tested by no item' },
			{ item: '-', origin: `${file} similarities.0`, message: 'is tested by no item' },
			{ item: '-', origin: `${file} scenarios.3`, message: 'is tested by no item' }
		]);
	});

	it('flags a link that no item tests', () => {
		const doc = docs.find((d) => d.distinctions.links.length)!;
		const link = at(doc.distinctions.links, 0);
		const bank = real_bank(1).filter((item) => item.fact.key !== `link:${doc.slug}:${link.id}`);
		expect(check_facts(docs, bank)).toEqual([
			{
				item: '-',
				origin: `${doc.folder}/distinctions.yaml links.0`,
				message: 'is tested by no item'
			}
		]);
	});
});

describe('run_gates', () => {
	it('names the item, the fact and the seed of a broken item', () => {
		const broken = copy_docs();
		const attribute = at(at(broken, 0).distinctions.attributes, 0);
		at(attribute.values, 0).text =
			'A process in which the people of one community organize, meet every week for many years, ' +
			'elect committees, raise funds, train their own leaders, keep records of every meeting ' +
			'and act together on every shared need they can name';
		const problems = run_gates(broken, [1]);
		const long = problems.filter((p) => p.message.includes('differ too much in length'));
		expect(long.length).toBeGreaterThan(0);
		for (const problem of long) {
			expect(problem.message).toMatch(/\(seed 1\)$/);
			expect(problem.origin).toContain(`${at(broken, 0).folder}/distinctions.yaml`);
			expect(problem.item).toMatch(/^q[0-9a-z]+$/);
		}
	});

	it('flags items that share an id', () => {
		const problems = run_gates([at(docs, 0), at(docs, 0)], [1]);
		expect(problems).toContainEqual(
			expect.objectContaining({ message: expect.stringContaining('shares its id') })
		);
	});

	it('returns nothing for no seeds', () => {
		expect(run_gates(docs, [])).toEqual([]);
	});
});

describe('check_banks, over banks made up for it', () => {
	const two_keys = () => {
		const item = valid_item();
		at(item.options, 1).correct = true;
		return item;
	};
	/** A bank for each seed, each with the same item keyed twice. */
	const banks = (count: number) =>
		Array.from({ length: count }, (_, i) => ({ seed: i + 1, bank: [two_keys()] }));

	it('says an item’s problem once, at the first seed that shows it', () => {
		const problems = check_banks([], banks(3));
		expect(problems.map((p) => p.message)).toEqual([
			'attribute-value item has 2 correct options; it needs exactly one (seed 1)'
		]);
	});

	it('judges key positions only over enough banks to tell', () => {
		const positions = (count: number) =>
			check_banks([], banks(count)).filter((p) => p.origin === 'all items');
		expect(positions(POSITION_BANKS - 1)).toEqual([]);
		// Every key first of three options, where a third of them belong.
		expect(positions(POSITION_BANKS).map((p) => p.message)).toEqual([
			'option 1 of 3 holds 100.0% of the keys (at most 48%)'
		]);
	});
});

describe('key terms', () => {
	it('flags a key term that no item tests, naming the lesson and the term', () => {
		const docs = to_quiz_documents(load_content(minimal_files()));
		const lonely = docs.find((doc) => doc.lessons.flatMap((l) => l.terms).length === 1);
		expect(lonely).toBeDefined();
		const problems = run_gates(docs, [1]);
		const term = at(
			lonely!.lessons.flatMap((l) => l.terms),
			0
		).term;
		expect(problems).toContainEqual(
			expect.objectContaining({
				origin: expect.stringContaining(`terms: ${term}`),
				message: expect.stringContaining('tested by no item')
			})
		);
	});
});
