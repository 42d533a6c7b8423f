/*
 * Which values may stand as wrong answers beside a key. Item-writing research is the guide:
 * three options (a key and two plausible distractors) work as well as four or five (Rodriguez
 * 2005), and the distractors that work are near misses, the value a sibling concept has for the
 * same attribute. A distractor is never of another kind of answer than the key, and never a
 * value the source allows to hold for the asked concept as well.
 */
import type { Random } from '../random';
import type { Attribute, DocumentFacts, QuizDocument, Value } from '../source';
import { closest_in_length, LengthIndex } from './common';

/** Distractors beside the key in a single-answer item: three options in all. */
export const DISTRACTORS = 2;

export interface Candidate {
	/** The document whose distinctions hold the value. */
	doc: QuizDocument;
	attribute: Attribute;
	value: Value;
	text: string;
}

/** Whether the source lets a value be said of a concept: its own, or one it also holds for. */
export function holds_for(value: Value, concept: string) {
	return value.concept === concept || value.also.some((overlap) => overlap.concept === concept);
}

/**
 * What the documents offer as distractors of other attributes, built once per set of documents
 * (a bank asks for it once per item): the values of each answer kind, sorted by length, and the
 * pairs of concepts a link makes counterparts. Generation stays near linear as documents grow.
 */
interface Pool {
	by_kind: Map<string, LengthIndex<Candidate>>;
	links: Set<string>;
}

const pools = new WeakMap<readonly QuizDocument[], Pool>();
const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function pool_of(all: readonly QuizDocument[]): Pool {
	const known = pools.get(all);
	if (known) return known;
	const candidates = new Map<string, Candidate[]>();
	const links = new Set<string>();
	for (const doc of all) {
		for (const attribute of doc.distinctions.attributes) {
			if (!attribute.kind) continue;
			const list = candidates.get(attribute.kind) ?? [];
			for (const value of attribute.values) list.push({ doc, attribute, value, text: value.text });
			candidates.set(attribute.kind, list);
		}
		for (const link of doc.distinctions.links) links.add(pair(link.concept, link.counterpart));
	}
	const pool = {
		by_kind: new Map([...candidates].map(([kind, list]) => [kind, new LengthIndex(list)])),
		links
	};
	pools.set(all, pool);
	return pool;
}

/**
 * Wrong answers to "What is the <attribute> of <concept>?", best first: the other concepts'
 * values for the same attribute; then, when the attribute declares a kind, values of other
 * attributes of that kind in this document; then in other documents, except values of a
 * concept linked to the asked one (a counterpart's value may well be true of it too).
 */
export function value_distractors(
	facts: DocumentFacts,
	attribute: Attribute,
	concept: string,
	random: Random
): Candidate[] {
	const of = (doc: QuizDocument, a: Attribute) =>
		a.values
			.filter((value) => !holds_for(value, concept))
			.map((value) => ({ doc, attribute: a, value, text: value.text }));
	const key = facts.value(attribute, concept);
	const near = closest_in_length(of(facts.doc, attribute), key.text, DISTRACTORS, random);
	if (near.length >= DISTRACTORS || !attribute.kind) return near;
	const pool = pool_of(facts.all);
	const index = pool.by_kind.get(attribute.kind);
	if (!index) return near;
	const wanted = DISTRACTORS - near.length;
	const from_here = index.closest(
		key.text,
		wanted,
		random,
		(c) =>
			c.doc.slug === facts.doc.slug && c.attribute !== attribute && !holds_for(c.value, concept)
	);
	const elsewhere = index.closest(
		key.text,
		wanted - from_here.length,
		random,
		(c) =>
			c.doc.slug !== facts.doc.slug &&
			!holds_for(c.value, concept) &&
			!pool.links.has(pair(c.value.concept, concept))
	);
	return [...near, ...from_here, ...elsewhere];
}
