import { describe, expect, it } from 'vitest';
import { fact_anchor } from '../content/ids';
import { load_content } from '../content/load';
import {
	read_content_files,
	real_bank,
	real_content,
	real_quiz_documents,
	to_quiz_documents
} from '$testing/real_content';
import { SYNTHETIC, synthetic_document_files } from '$testing/synthetic_document';
import { seed_count } from '$testing/fuzz';
import { once_per } from '$testing/once';
import { build_quiz, draw_quiz, generate_bank, in_selection } from './bank';
import { close_attributes, matching_stem } from './items/matching';
import { check_banks } from './gates';
import type { Attribute, QuizDocument } from './source';
import { as_option, upper_first } from './text';
import { ITEM_TYPES, type Item, type Selection } from './types';
import { at } from '$lib/must';

const docs = real_quiz_documents();
const bank = real_bank(1);
const FIRST = at(docs, 0).slug;
const SECOND = at(docs, 1).slug;

/**
 * Lessons of `doc` that items test with more items than facts, smallest pool first, whose slugs
 * no other document uses: any content has some, so no test names a shipped lesson.
 */
function taught_lessons(doc: QuizDocument) {
	return doc.lessons
		.map(({ slug }) => ({
			slug,
			pool: bank.filter((i) => i.document === doc.slug && i.source.lesson === slug)
		}))
		.filter(
			({ slug, pool }) =>
				pool.length > new Set(pool.map((i) => i.fact.key)).size &&
				docs.every((other) => other === doc || !other.lessons.some((l) => l.slug === slug))
		)
		.sort((a, b) => a.pool.length - b.pool.length)
		.map(({ slug }) => slug);
}
const FIRST_TAUGHT = taught_lessons(at(docs, 0));
const SMALL = at(FIRST_TAUGHT, 0);
const OTHER = at(FIRST_TAUGHT, 1);
const THEIRS = at(taught_lessons(at(docs, 1)), 0);

const doc_of = (item: Item) => docs.find((doc) => doc.slug === item.document)!;
const keys = (item: Item) => item.options.filter((o) => o.correct);
const concept_name = (id: string) =>
	docs.flatMap((d) => d.distinctions.concepts).find((c) => c.id === id)!.name;

describe('generate_bank', () => {
	it('gives the same bank for the same seed', () => {
		// Against the bank made once for the tests (real_bank): two calls, one seed.
		expect(generate_bank(docs, 1)).toEqual(bank);
	});

	it('keeps item ids across seeds but changes option order', () => {
		const other = generate_bank(docs, 2);
		expect(other.map((item) => item.id)).toEqual(bank.map((item) => item.id));
		const orders = (b: readonly Item[]) => b.map((item) => item.options.map((o) => o.id).join('|'));
		const differ = orders(bank).filter((order, i) => order !== orders(other)[i]);
		expect(differ.length).toBeGreaterThan(bank.length / 10);
	});

	it('gives every item a unique id', () => {
		const ids = bank.map((item) => item.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('yields every item type from the real content', () => {
		expect(new Set(bank.map((item) => item.type))).toEqual(new Set(ITEM_TYPES));
	});

	it('traces every item to a lesson and covered section of its document', () => {
		// Each item's trace as it is and as it should be, compared once for the whole bank.
		const pairs = bank.map((item) => {
			const doc = doc_of(item);
			const lesson = doc.lessons.find((l) => l.slug === item.source.lesson);
			const page = real_content()
				.documents.find((d) => d.slug === doc.slug)
				?.lessons.find((l) => l.slug === lesson?.slug)?.href;
			const said = {
				id: item.id,
				lesson: lesson !== undefined,
				document: item.source.document,
				page: item.source.href.split('#')[0],
				from_its_folder: item.fact.origin.startsWith(doc.folder)
			};
			const wanted = { id: item.id, lesson: true, document: doc.slug, page, from_its_folder: true };
			return [said, wanted];
		});
		expect(pairs.map(([said]) => said)).toEqual(pairs.map(([, wanted]) => wanted));
	});

	it('keys attribute-value items to the value the content gives', () => {
		const items = bank.filter((item) => item.type === 'attribute-value');
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const attribute = doc_of(item).distinctions.attributes.find(
				(a) => a.id === item.fact.attribute
			)!;
			const value = attribute.values.find((v) => v.concept === item.fact.concepts[0])!;
			expect(keys(item).map((o) => o.text)).toEqual([as_option(value.text)]);
			// A key and at most two distractors; the near misses come first: other concepts'
			// values for the same attribute, unless the source lets them hold for this concept too.
			expect(item.options.length).toBeLessThanOrEqual(3);
			const near = attribute.values.filter(
				(v) => v !== value && !v.also.some((o) => o.concept === value.concept)
			);
			const texts = item.options.map((o) => o.text);
			const shown = near.filter((v) => texts.includes(as_option(v.text)));
			expect(shown.length).toBe(Math.min(near.length, 2));
			for (const v of attribute.values.filter((v) =>
				v.also.some((o) => o.concept === value.concept)
			))
				expect(texts).not.toContain(as_option(v.text));
		}
	});

	it('keys scenario and across items to the concept the content names', () => {
		for (const item of bank.filter((i) => i.type === 'scenario')) {
			const scenario = doc_of(item).distinctions.scenarios.find(
				(s) => `scenario:${item.document}:${s.id}` === item.fact.key
			)!;
			expect(item.prompt).toBe(scenario.text);
			expect(keys(item).map((o) => o.text)).toEqual([concept_name(scenario.concept)]);
		}
		const across = bank.filter((i) => i.type === 'across');
		expect(across.length).toBeGreaterThan(0);
		for (const item of across) {
			const here = at(item.fact.concepts, 0);
			const there = at(item.fact.concepts, 1);
			const key = at(keys(item), 0).id;
			expect([here, there]).toContain(key);
			expect(item.stem).toContain(concept_name(key === here ? there : here).toLowerCase());
		}
	});

	it('keys fill-in items to the term, accepting its aliases', () => {
		const items = bank.filter((item) => item.type === 'fill-in');
		const terms = docs.flatMap((doc) => doc.lessons.flatMap((l) => l.terms));
		expect(items).toHaveLength(terms.length);
		for (const item of items) {
			const term = terms.find((t) => t.definition === item.prompt)!;
			expect(keys(item).map((o) => o.text)).toEqual([as_option(term.term)]);
			expect(item.accept).toEqual([term.term, ...term.aliases]);
		}
	});

	it('matches every attribute once, each option to one row, never in a two-row item', () => {
		const items = bank.filter((item) => item.type === 'matching');
		// Every attribute but those with two values that could be matched either way round.
		const swappable = (values: Attribute['values']) =>
			values.some((v) =>
				values.some(
					(w) =>
						w !== v &&
						v.also.some((o) => o.concept === w.concept) &&
						w.also.some((o) => o.concept === v.concept)
				)
			);
		for (const doc of docs) {
			const mine = items.filter((item) => item.document === doc.slug);
			const asked = mine.flatMap((item) => item.options.map((o) => o.id));
			const expected = doc.distinctions.attributes
				.filter((a) => !swappable(a.values))
				.flatMap((a) => a.values.map((v) => `value:${a.id}:${v.concept}`));
			expect(asked.sort()).toEqual(expected.sort());
			for (const item of mine) {
				// A matching item is no coin flip: at least three rows, each option for one row.
				expect(item.prompts!.length).toBeGreaterThanOrEqual(3);
				expect(item.options).toHaveLength(item.prompts!.length);
				expect(item.options.map((o) => o.matches).sort()).toEqual(
					item.prompts!.map((p) => p.id).sort()
				);
			}
		}
	});

	it('gives every matching item a fact of its own, also where documents share attribute ids', () => {
		const keys = bank.filter((item) => item.type === 'matching').map((item) => item.fact.key);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('keys which-concept items on shared traits to the group option, last', () => {
		for (const doc of docs) {
			const items = bank.filter(
				(item) =>
					item.document === doc.slug &&
					item.type === 'which-concept' &&
					item.fact.kind === 'similarity'
			);
			expect(items).toHaveLength(doc.distinctions.similarities.length);
			for (const item of items) {
				expect(keys(item).map((o) => o.text)).toEqual([upper_first(doc.distinctions.group)]);
				expect(item.options.at(-1)!.correct).toBe(true);
			}
		}
	});

	it('offers the group option on which-concept items about one concept, as a wrong answer', () => {
		const items = bank.filter(
			(item) => item.type === 'which-concept' && item.fact.kind === 'value'
		);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			const group = upper_first(doc_of(item).distinctions.group);
			expect(item.options.at(-1)).toMatchObject({ text: group, correct: false });
			expect(keys(item).map((o) => o.text)).toEqual([concept_name(at(item.fact.concepts, 0))]);
		}
	});

	it('balances true/false items: half of them are true', () => {
		for (const doc of docs) {
			const items = bank.filter((i) => i.type === 'true-false' && i.document === doc.slug);
			const values = doc.distinctions.attributes.flatMap((a) =>
				a.values.map((value) => ({ value, others: a.values.filter((v) => v !== value) }))
			);
			// A false statement borrows another concept's value that does not also hold here.
			const falsifiable = values.filter(({ value, others }) =>
				others.some((v) => !v.also.some((o) => o.concept === value.concept))
			);
			const true_keyed = items.filter((i) => keys(i)[0]?.id === 'true');
			expect(true_keyed).toHaveLength(values.length);
			expect(items).toHaveLength(values.length + falsifiable.length);
			for (const item of items) expect(item.options.map((o) => o.text)).toEqual(['True', 'False']);
		}
	});
});

describe('build_quiz', () => {
	/**
	 * The quiz for `seed`, drawn from the bank made once per worker for that seed (`real_bank`):
	 * what build_quiz draws, as the first test shows, without making the bank again for each draw.
	 * Seeds 1 to 5 only, the banks other files read too.
	 */
	const quiz = (seed: number, selection: Selection) =>
		draw_quiz({ bank: real_bank(seed), seed, selection });

	it('draws from the bank it makes for the seed: draw_quiz over that bank gives the same', () => {
		const selections: [number, Selection][] = [
			[1, { count: 10 }],
			[3, { lessons: [`${FIRST}/${OTHER}`] }],
			[4, { documents: [SECOND], types: ['scenario', 'fill-in'] }]
		];
		for (const [seed, selection] of selections) {
			const built = build_quiz({ documents: docs, seed, selection });
			expect(built.length).toBeGreaterThan(0);
			expect(built).toEqual(quiz(seed, selection));
		}
	});

	it('gives the same quiz for the same seed and selection', () => {
		// The bank is the same for the same seed (above); the draw from it is too.
		const one = quiz(1, { count: 10 });
		expect(quiz(1, { count: 10 })).toEqual(one);
		expect(one.map((i) => i.id)).not.toEqual(quiz(2, { count: 10 }).map((i) => i.id));
	});

	it('draws only from the lessons selected, by document/slug or by slug', () => {
		for (const lessons of [[`${FIRST}/${OTHER}`], [OTHER]]) {
			const items = quiz(3, { lessons });
			expect(items.length).toBeGreaterThan(0);
			for (const item of items) {
				// Taught there, or examining one of its objectives.
				const taught = item.document === FIRST && item.source.lesson === OTHER;
				expect(taught || item.examines?.includes(`${FIRST}/${OTHER}`), item.id).toBe(true);
			}
		}
		const chosen = [`${FIRST}/${SMALL}`, `${SECOND}/${THEIRS}`];
		const two = quiz(3, { lessons: chosen });
		for (const item of two) {
			const lessons = [`${item.document}/${item.source.lesson}`, ...(item.examines ?? [])];
			expect(
				lessons.some((l) => chosen.includes(l)),
				item.id
			).toBe(true);
		}
	});

	it('draws only from the documents selected, all of the pool when no count is given', () => {
		const items = quiz(4, { documents: [SECOND] });
		expect(items.length).toBe(bank.filter((i) => i.document === SECOND).length);
		expect(new Set(items.map((i) => i.document))).toEqual(new Set([SECOND]));
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
	});

	it('draws only the types selected', () => {
		const items = quiz(5, { types: ['scenario', 'fill-in'], count: 12 });
		expect(items).toHaveLength(12);
		expect(new Set(items.map((i) => i.type))).toEqual(new Set(['scenario', 'fill-in']));
	});

	/**
	 * Seeds for the draw's properties. Five, not twenty: each seed's bank costs about 20 ms to make
	 * (once per worker), and draws broken on purpose (no fact skipped, one type taken in a row, the
	 * types in a fixed order) failed on every one of twenty seeds or on none, alike.
	 */
	const DRAW_SEEDS = seed_count(5);

	it('draws the count asked for, mixing types in a short quiz', () => {
		for (let seed = 1; seed <= DRAW_SEEDS; seed++) {
			const items = quiz(seed, { count: 8 });
			expect(items).toHaveLength(8);
			// Types are drawn in turn, so one round of eight gives at least six types even when
			// some items are skipped for testing a fact already asked.
			expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(6);
		}
	});

	it('never repeats a fact when the pool has enough facts', () => {
		for (let seed = 1; seed <= DRAW_SEEDS; seed++) {
			const selection = { documents: [FIRST] };
			const facts = new Set(bank.filter((i) => in_selection(i, selection)).map((i) => i.fact.key));
			const items = quiz(seed, { ...selection, count: facts.size });
			expect(items).toHaveLength(facts.size);
			expect(new Set(items.map((i) => i.fact.key)).size).toBe(facts.size);
		}
	});

	it('fills a small selection up to the count with items on facts already asked', () => {
		const selection = { lessons: [`${FIRST}/${SMALL}`] };
		const pool = bank.filter((i) => in_selection(i, selection));
		const facts = new Set(pool.map((i) => i.fact.key)).size;
		expect(pool.length).toBeGreaterThan(facts);
		const items = quiz(1, { ...selection, count: facts + 1 });
		expect(items).toHaveLength(facts + 1);
		expect(new Set(items.map((i) => i.id)).size).toBe(facts + 1);
	});

	it('returns every item of a small pool once when more are asked for', () => {
		const selection = { lessons: [`${FIRST}/${SMALL}`], count: 1000 };
		const items = quiz(2, selection);
		expect(items.length).toBe(bank.filter((i) => in_selection(i, selection)).length);
		expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
	});

	it('returns no items for a selection nothing matches', () => {
		expect(quiz(3, { lessons: ['no-such-lesson'] })).toEqual([]);
	});
});

describe('a document added to content/', () => {
	// Its link points to the first concept of whatever content/ holds.
	const target = at(at(docs, 0).distinctions.concepts, 0);
	const second = at(at(docs, 0).distinctions.concepts, 1);
	const content = load_content({
		...read_content_files(),
		...synthetic_document_files(target.id, second.id)
	});
	const all = to_quiz_documents(content);
	const added = all.find((doc) => doc.folder === SYNTHETIC) as QuizDocument;
	/** Its banks by seed, each made once: the tests below read the same few. */
	const all_bank = once_per((seed: number) => generate_bank(all, seed));

	it('yields its lessons with no code change', () => {
		expect(content.documents.map((doc) => doc.folder).at(-1)).toBe(SYNTHETIC);
		const doc = content.documents.at(-1)!;
		expect(doc.lessons.map((lesson) => lesson.href.split('/').filter(Boolean))).toEqual([
			['tides-and-currents', 'ocean-forces'],
			['tides-and-currents', 'coastal-people']
		]);
		expect(doc.sections.filter((s) => !s.covered).map((s) => s.name)).toEqual(['Open Questions']);
	});

	it('yields items of every type for it', () => {
		const items = all_bank(1).filter((item) => item.document === added.slug);
		expect(new Set(items.map((item) => item.type))).toEqual(new Set(ITEM_TYPES));
		const across = items.filter((item) => item.type === 'across');
		expect(across.map((item) => keys(item)[0]?.text).sort()).toEqual(
			[target.name, 'Tide', second.name, 'Wave'].sort()
		);
		for (const item of items) {
			expect(item.source.href.startsWith(`/${added.slug}/`), item.id).toBe(true);
		}
		expect(
			draw_quiz({ bank: all_bank(1), seed: 1, selection: { documents: [added.slug] } })
		).toHaveLength(items.length);
	});

	it('passes every item and content gate', () => {
		// A few seeds (one under mutation testing): key positions come from the shuffle every
		// document shares, which the many-seed pass (gates_seeds.test.ts) judges on the real content.
		// The banks run_gates would make, made once for the tests here too.
		const seeds = [1, 2, 3].slice(0, seed_count(3, 1));
		expect(
			check_banks(
				all,
				seeds.map((seed) => ({ seed, bank: all_bank(seed) }))
			)
		).toEqual([]);
	});

	it('leaves the items of the other documents unchanged', () => {
		const before = real_bank(1);
		const after = all_bank(1).filter((item) => item.document !== added.slug);
		// A new link may give a concept a second counterpart, which makes a cross-document item
		// on it ambiguous: such items drop out, and none is added or changed.
		const cross = new Set(['analogy', 'pairing', 'double-scenario']);
		const plain = (items: readonly Item[]) => items.filter((item) => !cross.has(item.type));
		expect(plain(after)).toEqual(plain(before));
		for (const item of after.filter((item) => cross.has(item.type)))
			expect(before).toContainEqual(item);
	});

	it('links its anchors the way its lesson pages render them', () => {
		const items = all_bank(1).filter(
			(item) => item.document === added.slug && item.type === 'scenario'
		);
		// Held-back scenarios are never printed: their items link to the lesson's worked examples.
		expect(items).toHaveLength(9);
		expect(new Set(items.map((item) => item.source.href.split('#')[1]))).toEqual(
			new Set([fact_anchor.EXAMPLES])
		);
	});
});

describe('matching stems', () => {
	it('do not repeat the word when the attribute is named like the concepts', () => {
		expect(matching_stem('approach', 'Approach')).toBe(
			'Match each approach with its entry under “Approach”.'
		);
		expect(matching_stem('approach', 'Scope')).toBe('Match each approach with its scope.');
	});
});

describe('matching across attributes', () => {
	it('never asks together two attributes whose values for one concept say much the same', () => {
		const spanning = bank.filter(
			(item) => item.type === 'matching' && item.prompts?.some((p) => p.id.includes('-of-'))
		);
		for (const item of spanning) {
			const doc = at(
				docs.filter((d) => d.slug === item.document),
				0
			);
			const attributes = doc.distinctions.attributes.filter((a) =>
				item.prompts?.some((p) =>
					doc.distinctions.concepts.some((c) => p.id === `${a.id}-of-${c.id}`)
				)
			);
			expect(attributes.length, item.stem).toBeGreaterThanOrEqual(2);
			for (const a of attributes)
				for (const b of attributes)
					if (a !== b) expect(close_attributes(a, b), `${item.stem}: ${a.id}, ${b.id}`).toBe(false);
		}
	});

	it('counts two shared content words as close, one as not', () => {
		const attribute = (id: string, texts: [string, string]) =>
			({
				id,
				name: id,
				values: texts.map((text, i) => ({ concept: `c${i}`, text }))
			}) as unknown as Attribute;
		const focus = attribute('focus', ['Building local capacity for needs', 'Moving society']);
		const goal = attribute('goal', ['Lasting change from stronger local capacity', 'Shifts']);
		const asset = attribute('asset', ['Self-reliance of local people', 'Public support']);
		expect(close_attributes(focus, goal)).toBe(true);
		expect(close_attributes(focus, asset)).toBe(false);
	});
});
