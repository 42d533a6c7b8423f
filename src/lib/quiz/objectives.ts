/*
 * Lesson objectives and the items that examine them. Each objective names, in the lesson's
 * front matter, the facts it covers and the item types that test them; the bank tags those
 * items with the lesson, so the lesson's quiz draws them, and a gate checks that every
 * objective is examined and every lesson quiz is big and varied enough.
 */
import { fact_key, lesson_key, term_id } from '../content/ids';
import type { Objective } from '../content/types';
import { FACT_REFERENCE } from '../content/schema';
import type { QuizDocument } from './source';
import type { Item, ItemType } from './types';
import type { GateProblem } from './gates';

/** A lesson quiz needs at least this many items to say anything about its objectives. */
export const MIN_LESSON_ITEMS = 5;

/** Items that only ask what a word means: a quiz of these alone tests no objective beyond recall. */
export function is_definition(item: Item, doc: QuizDocument | undefined) {
	if (item.type === 'fill-in') return true;
	const attribute = doc?.distinctions.attributes.find((a) => a.id === item.fact.attribute);
	return item.fact.kind === 'value' && attribute?.kind === 'definition';
}

function parse(reference: string) {
	const match = FACT_REFERENCE.exec(reference);
	return match ? { kind: match[1] ?? '', id: match[2] ?? '' } : undefined;
}

/**
 * An item as the fact tests read it. A bank asks every item against every objective that names
 * its type, so the attribute ids of a matching item (several, in its key) are split out of the
 * key once, and only when an attribute reference asks for them.
 */
class ItemView {
	private several: readonly string[] | undefined;

	constructor(readonly item: Item) {}

	/** Whether the item is on a value of attribute `id` (a matching item may span several). */
	on_attribute(id: string) {
		const { fact } = this.item;
		if (fact.kind !== 'value') return false;
		if (!fact.key.startsWith('attribute:')) return fact.attribute === id;
		this.several ??= (fact.key.split(':')[2] ?? '').split('+');
		return this.several.includes(id);
	}
}

const view = (item: Item) => new ItemView(item);

/** Whether an item is on the fact a reference names, with the reference read once. */
type FactTest = (seen: ItemView) => boolean;

/**
 * The test of `reference`, written in `doc`: the reference parsed and the keys it compares with
 * spelled once, so that testing many items costs no regular expression or key per item.
 */
function fact_test(reference: string, doc: QuizDocument): FactTest {
	const ref = parse(reference);
	if (!ref) return () => false;
	const any = ref.id === '*';
	const slug = doc.slug;
	switch (ref.kind) {
		case 'attribute':
			return (seen) =>
				seen.item.document === slug &&
				seen.item.fact.kind === 'value' &&
				(any || seen.on_attribute(ref.id));
		case 'similarity': {
			const key = fact_key.similarity(slug, ref.id);
			return ({ item }) =>
				item.document === slug &&
				item.fact.kind === 'similarity' &&
				(any || item.fact.key === key);
		}
		case 'scenario':
			return ({ item }) =>
				item.document === slug &&
				item.fact.kind === 'scenario' &&
				(any || item.fact.concepts.includes(ref.id));
		case 'link': {
			// A link is named from either end, so it is not limited to items of `doc`.
			if (!any) {
				const tail = `:${ref.id}`;
				return ({ item }) => item.fact.kind === 'link' && item.fact.key.endsWith(tail);
			}
			const mine = new Set(doc.distinctions.concepts.map((c) => c.id));
			return ({ item }) => item.fact.kind === 'link' && item.fact.concepts.some((c) => mine.has(c));
		}
		case 'term': {
			const key = any ? '' : fact_key.term(slug, term_id(ref.id));
			return ({ item }) =>
				item.document === slug && item.fact.kind === 'term' && (any || item.fact.key === key);
		}
		default:
			return () => false;
	}
}

/** Whether `item` is on a fact that `reference`, written in `doc`, names. */
export function on_fact(reference: string, item: Item, doc: QuizDocument): boolean {
	return fact_test(reference, doc)(view(item));
}

/** The test of whether an item examines `objective`, with its references read once. */
function objective_test(objective: Objective, doc: QuizDocument): FactTest {
	const types = new Set<ItemType>(objective.types);
	const tests = objective.facts.map((reference) => fact_test(reference, doc));
	return (seen) => types.has(seen.item.type) && tests.some((test) => test(seen));
}

/** Whether `item` examines `objective` of a lesson of `doc`. */
export function examines(objective: Objective, item: Item, doc: QuizDocument) {
	return objective_test(objective, doc)(view(item));
}

/** A lesson that may tag items of one type: its key, and its objectives' tests of that type. */
interface Examiner {
	key: string;
	document: string;
	lesson: string;
	tests: FactTest[];
}

/**
 * For each item type, the lessons with an objective that names it, in document and lesson
 * order (the order tags are written in), each with the fact tests of those objectives. An item
 * is then tested only against lessons that could examine it.
 */
function examiners_by_type(documents: readonly QuizDocument[]) {
	const by_type = new Map<ItemType, Examiner[]>();
	for (const doc of documents) {
		for (const lesson of doc.lessons) {
			const key = lesson_key(doc.slug, lesson.slug);
			const tests = new Map<ItemType, FactTest[]>();
			for (const objective of lesson.examined) {
				const facts = objective.facts.map((reference) => fact_test(reference, doc));
				for (const type of new Set(objective.types)) {
					tests.set(type, [...(tests.get(type) ?? []), ...facts]);
				}
			}
			for (const [type, list] of tests) {
				const examiners = by_type.get(type) ?? [];
				examiners.push({ key, document: doc.slug, lesson: lesson.slug, tests: list });
				by_type.set(type, examiners);
			}
		}
	}
	return by_type;
}

/**
 * Tags each item with the lessons whose objectives it examines, besides the lesson that
 * teaches its fact. Changes the items in place (they are fresh from the generators).
 */
export function tag_examined(documents: readonly QuizDocument[], bank: Item[]): Item[] {
	const by_type = examiners_by_type(documents);
	for (const item of bank) {
		const examiners = by_type.get(item.type);
		if (!examiners) continue;
		const seen = view(item);
		for (const { key, document, lesson, tests } of examiners) {
			if (item.document === document && item.source.lesson === lesson) continue;
			if (!tests.some((test) => test(seen))) continue;
			item.examines = [...(item.examines ?? []), key];
		}
	}
	return bank;
}

/** Why a reference names nothing in its document, or undefined when it names something. */
function unknown(reference: string, doc: QuizDocument, all: readonly QuizDocument[]) {
	const ref = parse(reference);
	if (!ref || ref.id === '*') return undefined;
	const d = doc.distinctions;
	const mine = new Set(d.concepts.map((c) => c.id));
	const found = {
		attribute: () => d.attributes.some((a) => a.id === ref.id),
		similarity: () => d.similarities.some((s) => s.id === ref.id),
		scenario: () => mine.has(ref.id),
		link: () =>
			all.some((x) =>
				x.distinctions.links.some(
					(l) => l.id === ref.id && (mine.has(l.concept) || mine.has(l.counterpart))
				)
			),
		term: () => doc.lessons.some((l) => l.terms.some((t) => t.id === term_id(ref.id)))
	}[ref.kind as 'attribute'];
	const what = ref.kind === 'scenario' ? 'concept' : ref.kind;
	return found() ? undefined : `names no ${what} "${ref.id}" of this document`;
}

/**
 * Every objective maps to facts and item types, and some generated item examines it; every
 * lesson quiz has at least {@link MIN_LESSON_ITEMS} items and not only definitions.
 */
export function check_objectives(
	documents: readonly QuizDocument[],
	bank: readonly Item[]
): GateProblem[] {
	const problems: GateProblem[] = [];
	const problem = (origin: string, message: string) =>
		problems.push({ item: '-', origin, message });
	for (const doc of documents) {
		const mine = bank
			.filter((item) => item.document === doc.slug || item.examines?.length)
			.map(view);
		for (const lesson of doc.lessons) {
			// Pointed at the lesson's file by the content check, like a key term (see `locate`).
			const file = `${doc.folder} lesson "${lesson.slug}"`;
			lesson.examined.forEach((objective, o) => {
				const field = `${file} objectives.${o}`;
				if (!objective.facts.length) {
					problem(
						field,
						'names no facts and item types that test it; write it as { text, facts, types }'
					);
					return;
				}
				objective.facts.forEach((reference, r) => {
					const why = unknown(reference, doc, documents);
					if (why) problem(`${field}.facts.${r}`, why);
				});
				const test = objective_test(objective, doc);
				if (!mine.some(test)) {
					const types: readonly ItemType[] = objective.types;
					problem(
						field,
						`is tested by no generated item (no ${types.join(' or ')} item on ${objective.facts.join(', ')})`
					);
				}
			});
			const key = lesson_key(doc.slug, lesson.slug);
			const quiz = bank.filter(
				(item) =>
					(item.document === doc.slug && item.source.lesson === lesson.slug) ||
					item.examines?.includes(key)
			);
			if (quiz.length < MIN_LESSON_ITEMS) {
				problem(
					`${file} objectives`,
					`the lesson quiz has ${quiz.length} items; it needs at least ${MIN_LESSON_ITEMS} (map the objectives to more facts or item types)`
				);
			} else if (quiz.every((item) => is_definition(item, doc))) {
				problem(
					`${file} objectives`,
					'the lesson quiz asks only definitions; map an objective to items that apply them'
				);
			}
		}
	}
	return problems;
}
