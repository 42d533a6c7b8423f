import { describe, expect, it } from 'vitest';
import { real_quiz_documents } from '$testing/real_content';
import { lesson_key } from '../content/ids';
import { MIN_HELD_BACK } from '../content/schema';
import { build_quiz, generate_bank } from './bank';
import { check_facts } from './gates';
import { check_objectives, examines, is_definition, MIN_LESSON_ITEMS } from './objectives';
import type { QuizDocument } from './source';
import { at } from '$lib/must';

const docs = real_quiz_documents();
/** A deep copy of the real documents, to break one thing without touching the shared model. */
const copy_docs = (): QuizDocument[] => structuredClone(docs);
const gate = (documents: QuizDocument[]) =>
	check_objectives(documents, generate_bank(documents, 1));

describe('objectives in the real content', () => {
	const bank = generate_bank(docs, 1);

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
		for (const doc of docs) {
			for (const lesson of doc.lessons) {
				const key = lesson_key(doc.slug, lesson.slug);
				const quiz = build_quiz({
					documents: docs,
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
		const quiz = build_quiz({ documents: docs, seed: 1, selection: { lessons: [lesson] } });
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
		const bank = generate_bank(documents, 1).map((item) =>
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
		expect(check_facts(docs, generate_bank(docs, 1))).toEqual([]);
	});

	it('never asks a worked example the lessons print', () => {
		const bank = generate_bank(docs, 1);
		const printed = new Set(docs.flatMap((doc) => doc.distinctions.examples.map((e) => e.text)));
		expect(printed.size).toBeGreaterThan(0);
		for (const item of bank) expect(printed.has(item.prompt ?? ''), item.id).toBe(false);
	});
});
