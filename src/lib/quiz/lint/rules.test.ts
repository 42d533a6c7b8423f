/*
 * The item-writing rules on small hand-made items: what each reports just inside and just outside
 * its thresholds, and which item types it leaves alone. lint.test.ts has the rules that read the
 * content's facts through context_of, and the quality report.
 */
import { describe, expect, it } from 'vitest';
import { matching_item, valid_item } from '$testing/items';
import { ITEM_TYPES, type Item, type ItemType } from '../types';
import { question_of, RULES, single_answer, type LintContext } from './rules';
import { content_words } from './words';

/** An item of valid_item's colour fact whose first option is the key; option ids o0, o1, … */
function item(texts: readonly string[], overrides: Partial<Item> = {}): Item {
	return valid_item({
		options: texts.map((text, i) => ({
			id: `o${i}`,
			text,
			correct: i === 0,
			feedback: i === 0 ? 'Right.' : 'No.'
		})),
		...overrides
	});
}

/** What the content says of facts and options, by key: nothing unless given. */
function context_with(
	kinds: ReadonlyMap<string, string[]> = new Map(),
	also: ReadonlyMap<string, string[]> = new Map()
): LintContext {
	return {
		kinds_of: (key) => kinds.get(key) ?? [],
		also: (key) => also.get(key) ?? [],
		// No word is common to every question: each echo counts.
		common_words: () => new Set()
	};
}

function check(rule: string, subject: Item, context = context_with()) {
	const found = RULES.find((r) => r.id === rule);
	if (!found) throw new Error(`no rule ${rule}`);
	return found.check(subject, context);
}

/** The fact valid_item tests, a value of red. */
const RED = valid_item().fact.key;

/** Item types whose options are not alternative answers the learner picks one of. */
const NOT_SINGLE: readonly ItemType[] = ['true-false', 'matching', 'fill-in'];

/**
 * The rule's report on `flawed`, after checking that it reports nothing on the same options
 * under each type whose options are not alternative answers.
 */
function single_answer_only(rule: string, flawed: Item, context = context_with()) {
	for (const type of NOT_SINGLE)
		expect(check(rule, { ...flawed, type }, context), type).toEqual([]);
	return check(rule, flawed, context);
}

/** A text of exactly `length` characters. */
const chars = (length: number) =>
	'Residents and agencies plan the yearly budget of the district together. '
		.repeat(2)
		.slice(0, length);

describe('single-answer items', () => {
	it('are every type but true-false, matching and fill-in', () => {
		const skipped = ITEM_TYPES.filter((type) => !single_answer(valid_item({ type })));
		expect(skipped).toEqual(['true-false', 'matching', 'fill-in']);
	});
});

describe('kind-mismatch', () => {
	const kinds = new Map([
		[RED, ['mood']],
		['o1', ['mood']],
		['o2', ['goal']]
	]);

	const moods = () => item(['Lively and loud', 'Restful and steady', 'Quiet and distant']);

	it('flags a distractor of another kind, on single-answer items only', () => {
		expect(single_answer_only('kind-mismatch', moods(), context_with(kinds))).toEqual([
			'offers "Quiet and distant" (kind: goal) to a question of kind mood'
		]);
	});

	it('says nothing when the key is of no known kind', () => {
		const unknown = new Map([...kinds].filter(([key]) => key !== RED));
		expect(check('kind-mismatch', moods(), context_with(unknown))).toEqual([]);
	});
});

describe('overlap', () => {
	const also = new Map([['o1', ['red']]]);

	it('flags a distractor that holds for the asked concept too, on single-answer items only', () => {
		const flawed = item(['Lively and loud', 'Restful and steady', 'Quiet and distant']);
		expect(single_answer_only('overlap', flawed, context_with(new Map(), also))).toEqual([
			'offers "Restful and steady", which the source lets hold for red too'
		]);
	});

	it('judges only value facts: a scenario names no value a distractor could share', () => {
		const scenario = item(['Lively and loud', 'Restful and steady'], {
			type: 'scenario',
			fact: { kind: 'scenario', key: 'scenario:red:0', concepts: ['red'], origin: 'x' }
		});
		expect(check('overlap', scenario, context_with(new Map(), also))).toEqual([]);
	});

	it('names every other concept a which-concept value holds for, and none when there is none', () => {
		const which = item(['Red', 'Green'], { type: 'which-concept' });
		const both = new Map([[RED, ['green', 'blue']]]);
		expect(check('overlap', which, context_with(new Map(), both))).toEqual([
			'asks which concept fits a value that also holds for green, blue'
		]);
		expect(check('overlap', which)).toEqual([]);
	});

	it('flags two matching options only when each could be matched to the other', () => {
		const red_also_green = new Map([['v-red', ['green']]]);
		const green_also_red = new Map([['v-green', ['red']]]);
		for (const one_way of [red_also_green, green_also_red])
			expect(check('overlap', matching_item(), context_with(new Map(), one_way))).toEqual([]);
		const two_way = new Map([...red_also_green, ...green_also_red]);
		expect(check('overlap', matching_item(), context_with(new Map(), two_way))).toEqual([
			'"Lively and loud" and "Restful and steady" could be matched either way round'
		]);
	});
});

describe('key-length', () => {
	const lengths = (...options: number[]) => check('key-length', item(options.map(chars)));

	it('flags a key at least a quarter longer than every distractor, on single-answer items only', () => {
		const flawed = item([chars(50), chars(40), chars(36)]);
		expect(single_answer_only('key-length', flawed)).toEqual([
			'the key is the longest option by far (50 vs 40)'
		]);
		expect(lengths(49, 40, 36)).toEqual([]);
		// Longer than the shorter distractor by far, not than both.
		expect(lengths(49, 40, 30)).toEqual([]);
	});

	it('flags a key at most four fifths of every distractor', () => {
		expect(lengths(40, 50, 60)).toEqual(['the key is the shortest option by far (40 vs 50)']);
		expect(lengths(41, 50, 60)).toEqual([]);
		// Shorter than the longer distractor by far, not than both.
		expect(lengths(41, 45, 70)).toEqual([]);
		// A short key among long distractors: the options are long enough to judge.
		expect(lengths(20, 33, 40)).toEqual(['the key is the shortest option by far (20 vs 33)']);
	});

	it('lets options of 32 characters or fewer differ in length', () => {
		expect(lengths(32, 25, 20)).toEqual([]);
		expect(lengths(33, 26, 20)).toEqual(['the key is the longest option by far (33 vs 26)']);
	});

	it('says nothing of two options, where one is always the longer', () => {
		expect(lengths(60, 30)).toEqual([]);
	});
});

describe('stem-clang', () => {
	const options = ['Local community groups', 'National agencies', 'Donor foundations'];
	const echoes = ['the key echoes "local", "community" from the question'];

	it('flags a key that echoes the stem, on single-answer items other than analogies', () => {
		const flawed = item(options, { stem: 'Who sets the local community budget?' });
		expect(single_answer_only('stem-clang', flawed)).toEqual(echoes);
		// An analogy's options are concepts its stem names; an echo there cues nothing.
		expect(check('stem-clang', { ...flawed, type: 'analogy' })).toEqual([]);
	});

	it('counts the words of the prompt as part of the question', () => {
		const prompt = 'They set the local community budget.';
		expect(check('stem-clang', item(options, { stem: 'Who is this?', prompt }))).toEqual(echoes);
	});

	it('reads the stem alone as the question of an item with no prompt', () => {
		const stem = 'Who sets the local community budget?';
		expect([...content_words(question_of(item(options, { stem })))]).toEqual([
			...content_words(stem)
		]);
	});
});

describe('absolutes', () => {
	const key = 'Residents lead it together';

	it('flags an absolute that only a distractor states, on single-answer items only', () => {
		const flawed = item([key, 'Only officials ever lead it', 'Donors and agencies lead it']);
		expect(single_answer_only('absolutes', flawed)).toEqual(['only a distractor says "Only"']);
		const both = flawed.options.map((o, i) => (i ? o : { ...o, text: `Always ${key}` }));
		expect(check('absolutes', { ...flawed, options: both })).toEqual([]);
	});

	it('counts options of four words or more as statements, shorter ones as names', () => {
		expect(check('absolutes', item([key, 'Only officials lead it', 'Donors']))).toEqual([
			'only a distractor says "Only"'
		]);
		expect(check('absolutes', item([key, 'Only officials lead', 'Donors']))).toEqual([]);
	});
});

describe('article-cue', () => {
	const by = (article: string, options: string[]) =>
		check('article-cue', item(options, { stem: `The budget is set by ${article}` }));

	it('flags an option that does not read after "an", on single-answer items only', () => {
		const flawed = item(['Organization', 'Committee', 'Agency'], {
			stem: 'The budget is set by an'
		});
		expect(single_answer_only('article-cue', flawed)).toEqual(['"an Committee" does not read']);
	});

	it('reads "a" before a consonant sound, including "uni…" and "use…"', () => {
		expect(by('a', ['Group', 'Council', 'University board', 'User panel', 'Organization'])).toEqual(
			['"a Organization" does not read']
		);
	});

	it('reads "an" before a vowel sound, including other words starting with "u"', () => {
		expect(by('an', ['Umbrella group', 'Usher', 'Union', ' Elected board'])).toEqual([
			'"an Union" does not read'
		]);
	});

	it('finds the article before a blank and closing marks', () => {
		expect(
			check('article-cue', item(['Organization', 'Committee'], { stem: 'It is set by an ___.' }))
		).toEqual(['"an Committee" does not read']);
	});
});

describe('negative-stem', () => {
	it('flags a negative question, but lets a true-or-false statement say "not"', () => {
		const stem = 'True or false: red is not lively.';
		expect(check('negative-stem', valid_item({ stem }))).toEqual(['the question asks with "not"']);
		expect(check('negative-stem', valid_item({ stem, type: 'true-false' }))).toEqual([]);
		expect(check('negative-stem', valid_item())).toEqual([]);
	});
});

describe('near-duplicate', () => {
	const pair = (a: string, b: string, type: ItemType = 'attribute-value') =>
		check('near-duplicate', item([a, b], { type }));
	const plan = 'Residents plan the yearly budget';

	it('flags two options sharing four fifths of their words, or more, once per pair', () => {
		const alone = `${plan} alone`;
		const near = `"${alone}" and "${plan} together" say nearly the same thing`;
		const audit = 'Agencies audit the yearly accounts';
		expect(check('near-duplicate', item([audit, alone, `${plan} together`]))).toEqual([near]);
		expect(pair(plan, 'Residents plan the weekly budget')).toEqual([]);
		expect(pair(plan, audit)).toEqual([]);
	});

	it('compares with the shorter option, of three words or more', () => {
		expect(pair('Residents plan budgets', `${plan} alone`)).toEqual([
			`"Residents plan budgets" and "${plan} alone" say nearly the same thing`
		]);
		expect(pair('Community organizing', 'Community organizing network')).toEqual([]);
	});

	it('lets the options of paired-name items differ in one name', () => {
		for (const type of ['pairing', 'double-scenario'] as const)
			expect(pair(`${plan} alone`, `${plan} together`, type)).toEqual([]);
	});
});

describe('convergence', () => {
	const together = 'Local residents and national agencies together';
	const alone = 'Local residents acting alone';
	const apart = 'National agencies on their own';

	it('flags a key that shares words with every distractor, on single-answer items only', () => {
		expect(single_answer_only('convergence', item([together, alone, apart]))).toEqual([
			'the key shares words with every distractor, and no distractor does'
		]);
	});

	it('says nothing unless the key alone shares words with every other option', () => {
		const apart_from_all = 'Donor foundations abroad';
		expect(check('convergence', item([apart_from_all, alone, apart]))).toEqual([]);
		const also_hub = 'Local residents and national agencies apart';
		expect(check('convergence', item([together, also_hub, alone, apart]))).toEqual([]);
		const all = [
			together,
			'Local residents with national agencies',
			'National agencies, local residents'
		];
		expect(check('convergence', item(all))).toEqual([]);
	});

	it('says nothing of fewer than three options', () => {
		expect(check('convergence', item([together, alone]))).toEqual([]);
		expect(check('convergence', item([together]))).toEqual([]);
	});
});

describe('number-agreement', () => {
	const wrong = 'The methods of social mobilization is different.';

	it('reads the prompt and every option’s feedback, not only the explanation', () => {
		const message = 'the verb does not agree: "…The methods of social mob…"';
		expect(check('number-agreement', valid_item({ prompt: wrong }))).toEqual([message]);
		const feedback = item(['Lively and loud', 'Quiet and distant']);
		feedback.options = feedback.options.map((o) => ({ ...o, feedback: wrong }));
		expect(check('number-agreement', feedback)).toEqual([message, message]);
	});

	it('quotes the words around the disagreement, not the whole text', () => {
		const explanation = `Residents and agencies work side by side. ${wrong}`;
		expect(check('number-agreement', valid_item({ explanation }))).toEqual([
			'the verb does not agree: "…work side by side. The methods of social mob…"'
		]);
	});
});

describe('template-seam', () => {
	it('reads every option’s text and feedback', () => {
		const seamed = item(['Lively and loud', 'Restful  and steady']);
		seamed.options = seamed.options.map((o, i) =>
			i ? o : { ...o, feedback: 'Right: it is led by by a committee.' }
		);
		expect(check('template-seam', seamed)).toEqual([
			'a word written twice: "…Right: it is led by by a committee.…"',
			'stray spacing or punctuation: "…Restful  and steady…"'
		]);
	});
});
