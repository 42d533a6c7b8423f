import { describe, expect, it } from 'vitest';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { lesson_key } from '../content/ids';
import { MIN_HELD_BACK } from '../content/schema';
import { draw_quiz, generate_bank } from './bank';
import { check_facts } from './gates';
import type { Objective } from '../content/types';
import { linked_documents } from '$testing/quiz_document';
import { check_objectives, examines, is_definition, MIN_LESSON_ITEMS, on_fact } from './objectives';
import type { QuizDocument } from './source';
import { at } from '$lib/must';

const docs = real_quiz_documents();
/** A deep copy of the real documents, to break one thing without touching the shared model. */
const copy_docs = (): QuizDocument[] => structuredClone(docs);
const gate = (documents: QuizDocument[]) =>
	check_objectives(documents, generate_bank(documents, 1));

describe('objectives in the real content', () => {
	const bank = real_bank(1);

	it('are each examined by a generated item of a type they name', () => {
		for (const doc of docs) {
			for (const lesson of doc.lessons) {
				for (const objective of lesson.examined) {
					expect(objective.facts.length, objective.text).toBeGreaterThan(0);
					expect(
						bank.some((item) => examines(objective, item, doc)),
						objective.text
					).toBe(true);
				}
			}
		}
		expect(check_objectives(docs, bank)).toEqual([]);
	});

	it('give every lesson quiz at least 5 items, never only definitions', () => {
		// Every lesson's quiz drawn from one bank, the one build_quiz makes for the seed.
		const seed_bank = real_bank(3);
		for (const doc of docs) {
			for (const lesson of doc.lessons) {
				const key = lesson_key(doc.slug, lesson.slug);
				const quiz = draw_quiz({
					bank: seed_bank,
					seed: 3,
					selection: { lessons: [key], count: 10 }
				});
				expect(quiz.length, key).toBeGreaterThanOrEqual(MIN_LESSON_ITEMS);
				expect(
					quiz.some((item) => !is_definition(item, doc)),
					key
				).toBe(true);
			}
		}
	});

	it('put an examined item from another lesson in the lesson quiz', () => {
		const tagged = bank.filter((item) => item.examines?.length);
		expect(tagged.length).toBeGreaterThan(0);
		const item = at(tagged, 0);
		const lesson = at(item.examines!, 0);
		const quiz = draw_quiz({ bank, seed: 1, selection: { lessons: [lesson] } });
		expect(quiz.map((i) => i.id)).toContain(item.id);
	});
});

describe('the objectives gate', () => {
	const first_lesson = (documents: QuizDocument[]) => at(at(documents, 0).lessons, 0);
	const origin = (documents: QuizDocument[], field: string) =>
		`${at(documents, 0).folder} lesson "${first_lesson(documents).slug}" ${field}`;

	it('names an objective that says nothing about what tests it', () => {
		const documents = copy_docs();
		const objective = at(first_lesson(documents).examined, 0);
		objective.facts = [];
		objective.types = [];
		expect(gate(documents)).toContainEqual({
			item: '-',
			origin: origin(documents, 'objectives.0'),
			message: expect.stringContaining('names no facts and item types')
		});
	});

	it('names an objective that no generated item examines', () => {
		const documents = copy_docs();
		const objective = at(first_lesson(documents).examined, 0);
		// Similarities are never asked as fill-in items.
		objective.facts = ['similarity:*'];
		objective.types = ['fill-in'];
		expect(gate(documents)).toContainEqual({
			item: '-',
			origin: origin(documents, 'objectives.0'),
			message: expect.stringContaining('is tested by no generated item')
		});
	});

	it('names a fact reference that names nothing in the document', () => {
		const documents = copy_docs();
		at(first_lesson(documents).examined, 0).facts.push('attribute:no-such-thing');
		const facts = at(first_lesson(documents).examined, 0).facts.length - 1;
		expect(gate(documents)).toContainEqual({
			item: '-',
			origin: origin(documents, `objectives.0.facts.${facts}`),
			message: 'names no attribute "no-such-thing" of this document'
		});
	});

	it('names a lesson whose quiz has fewer than 5 items', () => {
		const documents = copy_docs();
		const lesson = first_lesson(documents);
		// Only the lesson's own key terms examine it: too few items, and only definitions.
		for (const objective of lesson.examined) {
			objective.facts = lesson.terms.map((t) => `term:${t.term}`);
			objective.types = ['fill-in'];
		}
		const bank = generate_bank(documents, 1);
		const own = bank.filter(
			(item) => item.document === at(documents, 0).slug && item.source.lesson === lesson.slug
		);
		expect(own.length).toBeLessThan(MIN_LESSON_ITEMS);
		expect(check_objectives(documents, bank)).toContainEqual({
			item: '-',
			origin: origin(documents, 'objectives'),
			message: expect.stringContaining(`it needs at least ${MIN_LESSON_ITEMS}`)
		});
	});

	it('names a lesson whose quiz asks only definitions', () => {
		const documents = copy_docs();
		const doc = at(documents, 0);
		const lesson = first_lesson(documents);
		const bank = real_bank(1).map((item) =>
			item.document === doc.slug && item.source.lesson === lesson.slug
				? item
				: { ...item, examines: undefined }
		);
		// Five definition items: the lesson's own fill-ins, repeated under other ids.
		const own = bank.filter(
			(item) => item.type === 'fill-in' && item.source.lesson === lesson.slug
		);
		const padded = [
			...bank.filter((item) => !(item.document === doc.slug && item.source.lesson === lesson.slug)),
			...Array.from({ length: MIN_LESSON_ITEMS }, (_, i) => ({
				...at(own, i % own.length),
				id: `d${i}`
			}))
		];
		expect(check_objectives(documents, padded)).toContainEqual({
			item: '-',
			origin: origin(documents, 'objectives'),
			message: expect.stringContaining('asks only definitions')
		});
	});
});

describe('the held-back scenarios gate', () => {
	it(`names a concept with fewer than ${MIN_HELD_BACK} held-back scenarios`, () => {
		const documents = copy_docs();
		const doc = at(documents, 0);
		const concept = at(doc.distinctions.concepts, 0).id;
		const mine = doc.distinctions.scenarios.filter((s) => s.concept === concept);
		expect(mine.length).toBeGreaterThanOrEqual(MIN_HELD_BACK);
		doc.distinctions.scenarios = doc.distinctions.scenarios.filter(
			(s) => s.concept !== concept || s === mine[0]
		);
		const problems = check_facts(documents, generate_bank(documents, 1));
		expect(problems).toContainEqual({
			item: '-',
			origin: `${doc.folder}/distinctions.yaml scenarios`,
			message: expect.stringContaining(
				`has 1 held-back scenario for "${concept}"; each concept needs at least ${MIN_HELD_BACK}`
			)
		});
		expect(check_facts(docs, real_bank(1))).toEqual([]);
	});

	it('never asks a worked example the lessons print', () => {
		const bank = real_bank(1);
		const printed = new Set(docs.flatMap((doc) => doc.distinctions.examples.map((e) => e.text)));
		expect(printed.size).toBeGreaterThan(0);
		for (const item of bank) expect(printed.has(item.prompt ?? ''), item.id).toBe(false);
	});
});

describe('which items examine a fact an objective names, on small documents', () => {
	/**
	 * The linked small documents: "here" (two approaches; its lesson "l" defines Quorum, and its
	 * goal is a definition), "there" (three forms, its lesson also "l", linked from here).
	 */
	function small(examined: Objective[] = []) {
		const { here, there } = linked_documents();
		const term = (name: string) => ({
			id: name.toLowerCase(),
			term: name,
			definition: `What ${name} means.`,
			aliases: []
		});
		const terms = ['Quorum', 'Caucus', 'Agenda'].map(term);
		const d = here.d;
		const attributes = d.attributes.map((a) =>
			a.id === 'goal' ? { ...a, kind: 'definition' as const } : a
		);
		const mine: QuizDocument = {
			...here.doc,
			lessons: here.doc.lessons.map((l) => ({ ...l, terms })),
			distinctions: { ...d, attributes }
		};
		const theirs: QuizDocument = {
			...there.doc,
			lessons: there.doc.lessons.map((l) => ({ ...l, slug: 'l', examined }))
		};
		return { mine, theirs, bank: generate_bank([mine, theirs], 1) };
	}
	const { mine, theirs, bank } = small();
	/** The types of the items `reference` names, as judged in `doc`, sorted. */
	const named = (reference: string, doc = mine) =>
		bank
			.filter((item) => on_fact(reference, item, doc))
			.map((item) => item.type)
			.sort();
	const VALUE_ITEMS = 17;

	it('attribute: the items on its values, a matching item on several among them', () => {
		const on_leads = [
			'attribute-value',
			'attribute-value',
			'matching',
			...Array(4).fill('true-false'),
			'which-concept',
			'which-concept'
		];
		expect(named('attribute:leads')).toEqual(on_leads.sort());
		expect(named('attribute:goal')).toEqual(on_leads);
		expect(named('attribute:*')).toHaveLength(VALUE_ITEMS);
		expect(named('attribute:size')).toEqual([]);
		expect(named('attribute:*', theirs)).toEqual([]);
	});

	it('similarity, scenario and term: the items on that fact of this document only', () => {
		expect(named('similarity:shared')).toEqual(['shared-trait', 'which-concept']);
		expect(named('similarity:other')).toEqual([]);
		expect(named('similarity:*')).toEqual(['shared-trait', 'which-concept']);
		expect(named('similarity:*', theirs)).toEqual([]);
		expect(named('scenario:local')).toEqual(['double-scenario', 'scenario']);
		expect(named('scenario:broad')).toEqual([]);
		expect(named('scenario:*', theirs)).toEqual([]);
		expect(named('term:Quorum')).toEqual(['fill-in']);
		expect(named('term:*')).toEqual(['fill-in', 'fill-in', 'fill-in']);
		expect(named('term:Motion')).toEqual([]);
		expect(named('term:*', theirs)).toEqual([]);
		expect(named('nonsense')).toEqual([]);
	});

	it('link: the items on that link, or on any link touching a concept of this document', () => {
		const roots = ['across', 'across', 'analogy', 'analogy', 'pairing'];
		expect(named('link:roots')).toEqual(roots);
		expect(named('link:oots')).toEqual([]);
		expect(named('link:*')).toHaveLength(10);
		// The other document's concepts are on the far side of each link: its objectives may name them.
		expect(named('link:*', theirs)).toHaveLength(10);
		const elsewhere = { ...theirs, distinctions: { ...theirs.distinctions, concepts: [] } };
		expect(named('link:*', elsewhere)).toEqual([]);
	});

	it('tells definitions from items that apply them', () => {
		const definition = (type: string, attribute: string) =>
			bank.some(
				(item) =>
					item.type === type && item.fact.attribute === attribute && is_definition(item, mine)
			);
		expect(definition('attribute-value', 'goal')).toBe(true);
		expect(definition('attribute-value', 'leads')).toBe(false);
		expect(
			bank.filter((item) => item.type === 'fill-in').every((item) => is_definition(item, undefined))
		).toBe(true);
		expect(bank.filter((item) => is_definition(item, undefined))).toHaveLength(3);
	});

	it('tags an item of another document for a lesson of the same name that examines it', () => {
		const objective = { text: 'Mirror', facts: ['link:*'], types: ['across' as const] };
		const tagged = small([objective]).bank.filter((item) => item.examines?.includes('there/l'));
		expect(tagged.map((item) => item.type)).toEqual(['across', 'across', 'across', 'across']);
	});

	it('tags an item once per lesson examining it, in lesson order, never with its own', () => {
		const { mine, theirs } = small();
		const across = (facts: string[]) => ({ text: 'Mirror', facts, types: ['across' as const] });
		const lesson = at(theirs.lessons, 0);
		// Its own document's lessons examine every link too: an item is not tagged with its own.
		const here = {
			...mine,
			lessons: mine.lessons.map((l) => ({ ...l, examined: [across(['link:*'])] }))
		};
		const there: QuizDocument = {
			...theirs,
			lessons: [
				// Two objectives of one lesson reaching the same items: one tag.
				{ ...lesson, slug: 'l1', examined: [across(['link:*']), across(['link:alliance'])] },
				// Reached by the link's id, which an item's names list before its concepts.
				{ ...lesson, slug: 'l2', examined: [across(['link:roots'])] }
			]
		};
		const items = generate_bank([here, there], 1).filter((item) => item.type === 'across');
		expect(items.length).toBeGreaterThan(1);
		for (const item of items) {
			const own_document = here.lessons
				.filter((l) => item.document !== here.slug || l.slug !== item.source.lesson)
				.map((l) => lesson_key(here.slug, l.slug));
			const on_roots = item.fact.key.endsWith(':roots');
			expect(item.examines, item.fact.key).toEqual([
				...own_document,
				lesson_key(there.slug, 'l1'),
				...(on_roots ? [lesson_key(there.slug, 'l2')] : [])
			]);
		}
		expect(items.some((item) => item.fact.key.endsWith(':roots'))).toBe(true);
		expect(items.some((item) => !item.fact.key.endsWith(':roots'))).toBe(true);
	});

	it('tags as `examines` judges each objective, item by item', () => {
		const { mine, theirs } = small();
		const lesson = at(theirs.lessons, 0);
		const objective = (facts: string[], types: Objective['types']) => ({ text: 'M', facts, types });
		const there: QuizDocument = {
			...theirs,
			lessons: [
				{
					...lesson,
					slug: 'l1',
					examined: [objective(['link:*', 'term:*'], ['across', 'fill-in'])]
				},
				{ ...lesson, slug: 'l2', examined: [objective(['link:alliance'], ['pairing', 'across'])] }
			]
		};
		const here: QuizDocument = {
			...mine,
			lessons: mine.lessons.map((l) => ({
				...l,
				examined: [
					objective(
						['attribute:*', 'scenario:*', 'similarity:*'],
						['matching', 'scenario', 'true-false']
					)
				]
			}))
		};
		const documents = [here, there];
		const bank = generate_bank(documents, 2);
		for (const item of bank) {
			const judged = documents.flatMap((doc) =>
				doc.lessons
					.filter((l) => item.document !== doc.slug || l.slug !== item.source.lesson)
					.filter((l) => l.examined.some((o) => examines(o, item, doc)))
					.map((l) => lesson_key(doc.slug, l.slug))
			);
			expect(item.examines ?? [], item.id).toEqual(judged);
		}
		// The other document's lessons tagged some items; this one's single lesson, whose own items
		// its objectives name, none.
		const tags = new Set(bank.flatMap((item) => item.examines ?? []));
		expect([...tags].sort()).toEqual([lesson_key(there.slug, 'l1'), lesson_key(there.slug, 'l2')]);
		expect(bank.some((item) => !item.examines)).toBe(true);
	});

	it('names each reference to nothing, and a lesson quiz too small', () => {
		const objective = {
			text: 'Mirror',
			facts: [
				'link:roots',
				'link:nothing',
				'scenario:nobody',
				'similarity:none',
				'term:Nothing',
				'attribute:none'
			],
			types: ['pairing' as const]
		};
		const { mine: here, theirs: there, bank: tagged } = small([objective]);
		const field = `${there.folder} lesson "l" objectives`;
		expect(check_objectives([here, there], tagged)).toEqual([
			...[
				'names no link "nothing" of this document',
				'names no concept "nobody" of this document',
				'names no similarity "none" of this document',
				'names no term "Nothing" of this document',
				'names no attribute "none" of this document'
			].map((message, r) => ({ item: '-', origin: `${field}.0.facts.${r + 1}`, message })),
			{
				item: '-',
				origin: field,
				message:
					'the lesson quiz has 1 items; it needs at least 5 (map the objectives to more facts or item types)'
			}
		]);
		const unexamined = small([{ ...objective, facts: ['link:nothing'] }]);
		expect(check_objectives([unexamined.mine, unexamined.theirs], unexamined.bank)).toContainEqual({
			item: '-',
			origin: `${field}.0`,
			message: 'is tested by no generated item (no pairing item on link:nothing)'
		});
	});

	it('knows a link by its id only in a document whose concepts it touches', () => {
		const objective = { text: 'Mirror', facts: ['link:roots'], types: ['pairing' as const] };
		const { mine: here, theirs: there, bank: tagged } = small([objective]);
		const on_facts = (problems: { origin: string }[]) =>
			problems.filter((problem) => problem.origin.includes('.facts.'));
		expect(on_facts(check_objectives([here, there], tagged))).toEqual([]);
		const yonder = { ...there, slug: 'yonder', folder: 'content/yonder' };
		yonder.distinctions = { ...there.distinctions, concepts: [] };
		expect(on_facts(check_objectives([here, yonder], tagged))).toEqual([
			{
				item: '-',
				origin: 'content/yonder lesson "l" objectives.0.facts.0',
				message: 'names no link "roots" of this document'
			}
		]);
	});
});
