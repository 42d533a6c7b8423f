/*
 * Lesson objectives and the items that examine them. Each objective names, in the lesson's
 * front matter, the facts it covers and the item types that test them; the bank tags those
 * items with the lesson, so the lesson's quiz draws them, and a gate checks that every
 * objective is examined and every lesson quiz is big and varied enough.
 */
import { fact_key, fact_key_parts, lesson_key, term_id } from '../content/ids';
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
 * Facts by name. A reference names one or more facts, an item is on one or more, and the item
 * is on a fact the reference names exactly when they share a name: so the bank can look up,
 * for each item, the few objectives that name its facts, instead of testing every objective
 * against every item (that testing was a third of the time a bank took). A name is a fact's
 * kind, where it is named from (a document; for links, which end) and its id.
 */
type FactName = readonly [kind: string, scope: string, id: string];

const NONE: readonly never[] = [];

/**
 * Values filed by fact name, in maps within maps: looking a name up joins no strings (a string
 * joined afresh is hashed afresh at every lookup, which was much of the cost of tagging).
 */
class ByName<T> {
	private readonly kinds = new Map<string, Map<string, Map<string, T[]>>>();

	add([kind, scope, id]: FactName, value: T) {
		const scopes = this.kinds.get(kind) ?? new Map<string, Map<string, T[]>>();
		const ids = scopes.get(scope) ?? new Map<string, T[]>();
		const values = ids.get(id);
		if (values) values.push(value);
		else ids.set(id, [value]);
		scopes.set(scope, ids);
		this.kinds.set(kind, scopes);
	}

	get([kind, scope, id]: FactName): readonly T[] {
		return this.kinds.get(kind)?.get(scope)?.get(id) ?? NONE;
	}
}

/** The names of the facts `reference`, written in `doc`, names (none when it is malformed). */
function reference_names(reference: string, doc: QuizDocument): FactName[] {
	const ref = parse(reference);
	if (!ref) return [];
	const any = ref.id === '*';
	const here = doc.slug;
	switch (ref.kind) {
		case 'attribute':
		case 'scenario':
			return [[ref.kind, here, ref.id]];
		case 'similarity':
			return [[ref.kind, here, any ? '*' : fact_key.similarity(here, ref.id)]];
		case 'term':
			return [[ref.kind, here, any ? '*' : fact_key.term(here, term_id(ref.id))]];
		case 'link':
			// A link is named from either end, so neither form is limited to items of `doc`:
			// by its id, or (every link) by a concept of `doc` it touches.
			return any
				? doc.distinctions.concepts.map((c) => ['link', 'concept', c.id])
				: [['link', 'id', ref.id]];
		default:
			return [];
	}
}

/** The names of the facts an item is on, each also under `*` (every fact of its kind). */
function item_names(item: Item): FactName[] {
	const { fact, document } = item;
	switch (fact.kind) {
		case 'value': {
			// A matching item may span several attributes, which its key names.
			const attributes =
				fact_key_parts.attributes(fact.key) ??
				(fact.attribute === undefined ? [] : [fact.attribute]);
			return [...attributes, '*'].map((id) => ['attribute', document, id]);
		}
		case 'scenario':
			return [...fact.concepts, '*'].map((id) => ['scenario', document, id]);
		case 'similarity':
		case 'term':
			return [
				[fact.kind, document, fact.key],
				[fact.kind, document, '*']
			];
		case 'link': {
			const link = fact_key_parts.link(fact.key);
			return [
				...(link === undefined ? [] : [['link', 'id', link] as const]),
				...fact.concepts.map((c) => ['link', 'concept', c] as const)
			];
		}
	}
}

/** Whether `item` is on a fact that `reference`, written in `doc`, names. */
export function on_fact(reference: string, item: Item, doc: QuizDocument): boolean {
	const named = new ByName<true>();
	for (const n of reference_names(reference, doc)) named.add(n, true);
	return item_names(item).some((n) => named.get(n).length > 0);
}

/**
 * The test of whether an item examines `objective`: one of its types, on a fact it names. It
 * takes the item's fact names, worked out once per item however many objectives ask.
 */
function objective_test(objective: Objective, doc: QuizDocument) {
	const types = new Set<ItemType>(objective.types);
	const named = new ByName<true>();
	for (const reference of objective.facts) {
		for (const n of reference_names(reference, doc)) named.add(n, true);
	}
	return (item: Item, names: readonly FactName[]) =>
		types.has(item.type) && names.some((n) => named.get(n).length > 0);
}

/** Whether `item` examines `objective` of a lesson of `doc`. */
export function examines(objective: Objective, item: Item, doc: QuizDocument) {
	return objective_test(objective, doc)(item, item_names(item));
}

/** An objective of a lesson, as the tagging looks it up by the names of its facts. */
interface Examination {
	/** The lesson's place in document and lesson order: the order tags are written in. */
	place: number;
	key: string;
	document: string;
	lesson: string;
	types: ReadonlySet<ItemType>;
}

/**
 * Tags each item with the lessons whose objectives it examines, besides the lesson that
 * teaches its fact, in document and lesson order. The indexed form of `objective_test` (the
 * same types and fact names, looked up by name for the whole bank at once); objectives.test.ts
 * holds the two to the same answers. Changes the items in place (fresh from the generators).
 */
export function tag_examined(documents: readonly QuizDocument[], bank: Item[]): Item[] {
	const by_name = new ByName<Examination>();
	let place = 0;
	for (const doc of documents) {
		for (const lesson of doc.lessons) {
			const key = lesson_key(doc.slug, lesson.slug);
			for (const objective of lesson.examined) {
				const types = new Set<ItemType>(objective.types);
				const examination = { place, key, document: doc.slug, lesson: lesson.slug, types };
				for (const reference of objective.facts) {
					for (const n of reference_names(reference, doc)) by_name.add(n, examination);
				}
			}
			place++;
		}
	}
	for (const item of bank) {
		// Most items examine nothing beyond their own lesson: nothing is made for those.
		let found: Map<number, string> | undefined;
		for (const n of item_names(item)) {
			for (const e of by_name.get(n)) {
				if (!e.types.has(item.type)) continue;
				if (item.document === e.document && item.source.lesson === e.lesson) continue;
				(found ??= new Map()).set(e.place, e.key);
			}
		}
		if (!found) continue;
		const keys = [...found].sort(([a], [b]) => a - b).map(([, key]) => key);
		item.examines = [...(item.examines ?? []), ...keys];
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
			.map((item) => ({ item, names: item_names(item) }));
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
				if (!mine.some(({ item, names }) => test(item, names))) {
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
