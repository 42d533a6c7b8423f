/*
 * Which values may stand as wrong answers beside a key. Item-writing research is the guide:
 * three options (a key and two plausible distractors) work as well as four or five (Rodriguez
 * 2005), and the distractors that work are near misses, the value a sibling concept has for the
 * same attribute. A distractor is never of another kind of answer than the key, and never a
 * value the source allows to hold for the asked concept as well.
 */
import type { Random } from '../random';
import type { Attribute, DocumentFacts, QuizDocument, Value } from '../source';
import { closest_in_length } from './common';

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

/** Whether a link in any document makes two concepts counterparts of each other. */
function linked(all: readonly QuizDocument[], a: string, b: string) {
	return all.some((doc) =>
		doc.distinctions.links.some(
			(link) =>
				(link.concept === a && link.counterpart === b) ||
				(link.concept === b && link.counterpart === a)
		)
	);
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
	const same_kind = (doc: QuizDocument) =>
		doc.distinctions.attributes.filter((a) => a !== attribute && a.kind === attribute.kind);
	const here = same_kind(facts.doc).flatMap((a) => of(facts.doc, a));
	const elsewhere = facts.all
		.filter((doc) => doc.slug !== facts.doc.slug)
		.flatMap((doc) => same_kind(doc).flatMap((a) => of(doc, a)))
		.filter((candidate) => !linked(facts.all, candidate.value.concept, concept));
	const wanted = DISTRACTORS - near.length;
	const from_here = closest_in_length(here, key.text, wanted, random);
	return [
		...near,
		...from_here,
		...closest_in_length(elsewhere, key.text, wanted - from_here.length, random)
	];
}
