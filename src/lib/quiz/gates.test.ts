import { describe, expect, it } from 'vitest';
import { load_content } from '../content/load';
import {
	minimal_files,
	real_quiz_documents,
	to_quiz_documents,
	valid_item
} from '../test-fixtures';
import { generate_bank } from './bank';
import {
	check_banks,
	check_content,
	check_item,
	key_positions,
	POSITION_BANKS,
	run_gates
} from './gates';
import type { QuizDocument } from './source';
import type { Item, Option } from './types';

const docs = real_quiz_documents();
/** Seed 1's bank of the real content, for the tests that only read it. */
const bank = generate_bank(docs, 1);

const option = (id: string, text: string, correct = false): Option => ({
	id,
	text,
	correct,
	feedback: correct ? 'Right.' : 'No.'
});

/** A deep copy of the real documents, to break one fact without touching the shared model. */
const copy_docs = (): QuizDocument[] => structuredClone(docs);

describe('key_positions', () => {
	it('counts the key position of single-answer items only', () => {
		const at = (index: number, type: Item['type'] = 'scenario') =>
			valid_item({
				type,
				options: [option('a', 'One'), option('b', 'Two'), option('c', 'Three')].map((o, i) => ({
					...o,
					correct: i === index
				}))
			});
		const shares = key_positions([
			[at(0), at(1), at(1, 'true-false')],
			[at(1), at(2), at(0, 'matching')]
		]);
		expect(shares).toEqual([0.25, 0.5, 0.25]);
	});

	it('gives no shares for no items', () => {
		expect(key_positions([])).toEqual([]);
	});
});

describe('check_item', () => {
	it('passes a well-formed item', () => {
		expect(check_item(valid_item())).toEqual([]);
	});

	it('flags two correct options, and none', () => {
		const two = valid_item();
		two.options[1].correct = true;
		expect(check_item(two)).toContainEqual(expect.stringContaining('2 correct options'));
		const none = valid_item();
		none.options[0].correct = false;
		expect(check_item(none)).toContainEqual(expect.stringContaining('0 correct options'));
	});

	it('flags two options with the same text, ignoring case and punctuation', () => {
		const item = valid_item();
		item.options[2].text = 'lively and loud.';
		expect(check_item(item)).toContainEqual(
			expect.stringContaining('two options with the same text')
		);
	});

	it('flags two options with the same id', () => {
		const item = valid_item();
		item.options[2].id = 'a';
		expect(check_item(item)).toContainEqual(
			expect.stringContaining('two options with the same id')
		);
	});

	it.each(['All of the above', 'None of the above', 'Both of the above'])(
		'flags the giveaway option "%s"',
		(text) => {
			const item = valid_item();
			item.options[1].text = text;
			expect(check_item(item)).toContainEqual(expect.stringContaining(`"${text}"`));
		}
	);

	it('flags an option more than twice as long as the shortest, once past 32 characters', () => {
		const item = valid_item();
		item.options[1].text = 'Restful and steady, calm and even, never in a hurry';
		expect(item.options[1].text.length).toBeGreaterThan(2 * item.options[0].text.length);
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
		item.options[1].feedback = ' ';
		item.source = { ...item.source, lesson: '' };
		const problems = check_item(item);
		expect(problems).toContainEqual(expect.stringContaining('has no feedback'));
		expect(problems).toContainEqual(expect.stringContaining('does not trace to a lesson'));
	});
});

describe('check_content', () => {
	it('finds nothing wrong with the real content', () => {
		expect(check_content(docs, bank)).toEqual([]);
	});

	it('flags a value that states a shared trait as one concept’s own', () => {
		const broken = copy_docs();
		const d = broken[0].distinctions;
		d.attributes[1].values[0].text = d.similarities[2].text;
		const problems = check_content(broken, generate_bank(broken, 1));
		expect(problems).toContainEqual({
			item: '-',
			origin: `${broken[0].folder}/distinctions.yaml attributes.1.values.0`,
			message: expect.stringContaining('similarities.2 says is shared')
		});
	});

	it('flags two concepts given the same value', () => {
		const broken = copy_docs();
		const values = broken[1].distinctions.attributes[0].values;
		values[2].text = values[0].text.toUpperCase();
		const problems = check_content(broken, generate_bank(broken, 1));
		expect(problems).toContainEqual({
			item: '-',
			origin: `${broken[1].folder}/distinctions.yaml attributes.0.values.0`,
			message: expect.stringContaining('same as values.2')
		});
	});

	it('flags every fact that no item tests', () => {
		const [doc] = docs;
		const attribute = doc.distinctions.attributes[2];
		const value = attribute.values[1];
		const similarity = doc.distinctions.similarities[0];
		const scenario = doc.distinctions.scenarios[3];
		const untested = new Set([
			`value:${attribute.id}:${value.concept}`,
			`similarity:${doc.slug}:${similarity.id}`,
			`scenario:${doc.slug}:${scenario.id}`
		]);
		const problems = check_content(
			docs,
			bank.filter((item) => !untested.has(item.fact.key))
		);
		const file = `${doc.folder}/distinctions.yaml`;
		expect(problems).toEqual([
			{ item: '-', origin: `${file} attributes.2.values.1`, message: 'is tested by no item' },
			{ item: '-', origin: `${file} similarities.0`, message: 'is tested by no item' },
			{ item: '-', origin: `${file} scenarios.3`, message: 'is tested by no item' }
		]);
	});

	it('flags a link that no item tests', () => {
		const doc = docs.find((d) => d.distinctions.links.length)!;
		const link = doc.distinctions.links[0];
		const tested = bank.filter((item) => item.fact.key !== `link:${doc.slug}:${link.id}`);
		expect(check_content(docs, tested)).toEqual([
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
		const attribute = broken[0].distinctions.attributes[0];
		attribute.values[0].text =
			'A process in which the people of one community organize, meet every week for many years, ' +
			'elect committees, raise funds and act together on every shared need they can name';
		const problems = run_gates(broken, [1]);
		const long = problems.filter((p) => p.message.includes('differ too much in length'));
		expect(long.length).toBeGreaterThan(0);
		for (const problem of long) {
			expect(problem.message).toMatch(/\(seed 1\)$/);
			expect(problem.origin).toContain(`${broken[0].folder}/distinctions.yaml`);
			expect(problem.item).toMatch(/^q[0-9a-z]+$/);
		}
	});

	it('flags items that share an id', () => {
		const problems = run_gates([docs[0], docs[0]], [1]);
		expect(problems).toContainEqual(
			expect.objectContaining({ message: expect.stringContaining('shares its id') })
		);
	});

	it('returns nothing for no seeds', () => {
		expect(run_gates(docs, [])).toEqual([]);
	});
});

describe('check_banks', () => {
	/** A scenario item whose key sits at option `index` of three. */
	const keyed_at = (index: number, id = `q${index}`) =>
		valid_item({
			id,
			type: 'scenario',
			options: [option('a', 'One'), option('b', 'Two'), option('c', 'Three')].map((o, i) => ({
				...o,
				correct: i === index
			}))
		});
	/** `count` banks, each of the items `make` returns for its seed. */
	const banks = (count: number, make: (seed: number) => Item[]) =>
		Array.from({ length: count }, (_, i) => ({ seed: i + 1, bank: make(i + 1) }));

	it('flags an option position that holds more than 40% of the keys', () => {
		// Per bank, 3 of 5 keys first: 60%.
		const skewed = banks(POSITION_BANKS, () => [0, 0, 0, 1, 2].map((k, i) => keyed_at(k, `q${i}`)));
		expect(check_banks([], skewed)).toEqual([
			{ item: '-', origin: 'all items', message: 'option 1 holds 60.0% of the keys (at most 40%)' }
		]);
	});

	it('allows exactly 40% at one position, and skips the count over too few banks', () => {
		const even = banks(POSITION_BANKS, () => [0, 0, 1, 2, 1].map((k, i) => keyed_at(k, `q${i}`)));
		expect(check_banks([], even)).toEqual([]);
		const few = banks(POSITION_BANKS - 1, () => [keyed_at(0)]);
		expect(check_banks([], few)).toEqual([]);
		expect(check_banks([], [...few, { seed: POSITION_BANKS, bank: [keyed_at(0)] }])).toHaveLength(
			1
		);
	});

	it('weighs every bank the same, whatever its size', () => {
		// Bank 1 holds 1 key, first; every other bank 4 keys, none first: 1/50 of the share.
		const mixed = banks(POSITION_BANKS, (seed) =>
			seed === 1 ? [keyed_at(0)] : [1, 2, 1, 2].map((k, i) => keyed_at(k, `q${i}`))
		);
		expect(check_banks([], mixed)).toEqual([
			{ item: '-', origin: 'all items', message: 'option 2 holds 49.0% of the keys (at most 40%)' },
			{ item: '-', origin: 'all items', message: 'option 3 holds 49.0% of the keys (at most 40%)' }
		]);
	});

	it('says each broken item once, at the first seed that breaks it', () => {
		const broken = valid_item({ id: 'qbroken' });
		broken.options = broken.options.map((o, i) => (i === 1 ? { ...o, feedback: '' } : o));
		const problems = check_banks(
			[],
			[
				{ seed: 3, bank: [valid_item()] },
				{ seed: 4, bank: [broken] },
				{ seed: 5, bank: [broken] }
			]
		);
		expect(problems).toEqual([
			{
				item: 'qbroken',
				origin: 'x',
				message: 'attribute-value item option "Restful and steady" has no feedback (seed 4)'
			}
		]);
	});

	it('judges unique ids and the content rules on the first bank', () => {
		const twice = [valid_item(), valid_item()];
		expect(check_banks([], [{ seed: 1, bank: twice }])).toEqual([
			{ item: 'qtest001', origin: 'x', message: 'shares its id with x' }
		]);
		expect(
			check_banks(docs, [
				{ seed: 2, bank },
				{ seed: 1, bank: [] }
			])
		).toEqual([]);
		expect(
			check_banks(docs, [
				{ seed: 1, bank: [] },
				{ seed: 2, bank }
			])
		).toContainEqual(expect.objectContaining({ message: 'is tested by no item' }));
	});
});

describe('key terms', () => {
	it('flags a key term that no item tests, naming the lesson and the term', () => {
		const docs = to_quiz_documents(load_content(minimal_files()));
		const lonely = docs.find((doc) => doc.lessons.flatMap((l) => l.terms).length === 1);
		expect(lonely).toBeDefined();
		const problems = run_gates(docs, [1]);
		const term = lonely!.lessons.flatMap((l) => l.terms)[0].term;
		expect(problems).toContainEqual(
			expect.objectContaining({
				origin: expect.stringContaining(`terms: ${term}`),
				message: expect.stringContaining('tested by no item')
			})
		);
	});
});
