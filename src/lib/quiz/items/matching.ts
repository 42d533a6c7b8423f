import { fact_anchor, fact_key, item_key, option_id, prompt_id } from '../../content/ids';
import type { Random } from '../random';
import type { Attribute, DocumentFacts } from '../source';
import { filler, lower_first } from '../text';
import type { Item } from '../types';
import { claim } from './attribute';
import { fact, finish, source_of, type Draft } from './common';
import { holds_for } from './distractors';
import { content_words, shared } from '../lint/words';
import { at, must } from '../../must';

/** "Match each approach with its scope"; when the attribute is named like the concepts
 * ("Approach" of an approach), the table's heading instead, so the word is not repeated. */
export function matching_stem(noun: string, attribute: string) {
	const name = attribute.toLowerCase();
	return name === noun.toLowerCase()
		? `Match each ${noun} with its entry under “${attribute}”.`
		: `Match each ${noun} with its ${name}.`;
}

/** Two values that each also hold for the other's concept could be matched either way round. */
function swappable(attribute: Attribute) {
	return attribute.values.some((v) =>
		attribute.values.some((w) => w !== v && holds_for(v, w.concept) && holds_for(w, v.concept))
	);
}

/** Below this many concepts, one attribute's matching item is a coin flip; rows span attributes. */
export const MATCHING_CONCEPTS = 3;

/**
 * Matching. With three or more concepts, every concept is paired with its value for one
 * attribute. With two, a two-row item is one coin flip, so each item matches the values of
 * two attributes (three for an odd one out) to rows "<attribute> of <concept>": four or more
 * options of which each is used once. Attributes of one answer kind go together, so no row can
 * be matched by the kind of its value alone.
 */
export function matching_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const eligible = facts.d.attributes.filter((attribute) => !swappable(attribute));
	if (facts.d.concepts.length >= MATCHING_CONCEPTS) {
		return eligible.map((attribute) => single_matching(facts, attribute, rng));
	}
	return attribute_groups(eligible).map((group) => row_matching(facts, group, rng));
}

/**
 * Whether one concept's values for two attributes say much the same (two or more content words
 * in common, as "local capacity" in a focus and a goal): rows "<a> of X" and "<b> of X" could
 * then be matched either way round by a careful reader, so the two are not asked together.
 */
export function close_attributes(a: Attribute, b: Attribute) {
	return close_to(a, b, content_words);
}

/** {@link close_attributes}, with the content words of a text found by `words`. */
function close_to(a: Attribute, b: Attribute, words: (text: string) => ReadonlySet<string>) {
	return a.values.some((v) => {
		const w = b.values.find((x) => x.concept === v.concept);
		return w !== undefined && shared(words(v.text), words(w.text)) >= CLOSE_WORDS;
	});
}
const CLOSE_WORDS = 2;

/**
 * Attributes in groups of two: same kind first (so no row can be matched by the kind of its
 * value alone), then the rest in order; an odd one out joins the first group it is close to
 * nothing in, or stands alone. Two attributes whose values for one concept are close (see
 * `close_attributes`) are never grouped.
 */
export function attribute_groups(attributes: readonly Attribute[]): Attribute[][] {
	// Each pair of attributes may be compared: find each value's content words once.
	const known = new Map<string, Set<string>>();
	const words = (text: string) => {
		let found = known.get(text);
		if (!found) known.set(text, (found = content_words(text)));
		return found;
	};
	const close = (a: Attribute, b: Attribute) => close_to(a, b, words);
	const by_kind = new Map<string, Attribute[]>();
	for (const attribute of attributes) {
		const kind = attribute.kind ?? `own:${attribute.id}`;
		by_kind.set(kind, [...(by_kind.get(kind) ?? []), attribute]);
	}
	const groups: Attribute[][] = [];
	const rest: Attribute[] = [];
	/** Pairs each attribute with the first one after it that it is not close to. */
	const pair_up = (list: Attribute[], leftover: Attribute[]) => {
		const open = [...list];
		while (open.length) {
			const first = at(open, 0);
			open.shift();
			const partner = open.findIndex((other) => !close(first, other));
			if (partner < 0) leftover.push(first);
			else groups.push([first, ...open.splice(partner, 1)]);
		}
	};
	for (const list of by_kind.values()) pair_up(list, rest);
	const odd: Attribute[] = [];
	pair_up(rest, odd);
	for (const attribute of odd) {
		const home = groups.find((group) => group.every((other) => !close(attribute, other)));
		if (home) home.push(attribute);
		else groups.push([attribute]);
	}
	return groups;
}

function names(list: readonly string[]) {
	return list.length < 3
		? list.join(' and ')
		: `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function row_matching(
	facts: DocumentFacts,
	group: readonly Attribute[],
	rng: (key: string) => Random
): Item {
	const ids = group.map((a) => a.id);
	const key = item_key.matching_rows(facts.doc.slug, ids);
	const first = must(group[0], 'a group holds at least one attribute');
	const index = facts.d.attributes.indexOf(first);
	const lesson = must(first.values[0], 'the schema requires values for two concepts');
	const rows = group.flatMap((attribute) => {
		const says = filler(claim(attribute));
		return facts.d.concepts.map((c) => ({
			attribute,
			concept: c,
			value: facts.value(attribute, c.id),
			says
		}));
	});
	const draft: Draft = {
		type: 'matching',
		document: facts.doc.slug,
		stem: `Match the ${names(group.map((a) => a.name.toLowerCase()))} of ${facts.d.group} with their descriptions.`,
		explanation: rows
			.map(({ concept, value, says }) => says({ concept: concept.name, value: value.text }))
			.join(' '),
		source: source_of(facts, lesson, fact_anchor.attribute(first.id)),
		fact: fact(
			facts,
			{
				kind: 'value',
				key: fact_key.attributes(facts.doc.slug, ids),
				concepts: facts.d.concepts.map((c) => c.id),
				attribute: first.id
			},
			`attributes.${index}`
		),
		prompts: rows.map(({ attribute, concept }) => ({
			id: prompt_id.row(attribute.id, concept.id),
			text: `${attribute.name} of ${lower_first(concept.name)}`
		})),
		options: rows.map(({ attribute, concept, value }) => ({
			id: option_id.value(attribute.id, concept.id),
			text: value.text,
			correct: true,
			matches: prompt_id.row(attribute.id, concept.id),
			feedback: `This describes the ${attribute.name.toLowerCase()} of ${lower_first(concept.name)}.`,
			href: source_of(facts, value, fact_anchor.attribute(attribute.id)).href
		}))
	};
	return finish(draft, { key, random: rng(key) });
}

/** Matching over one attribute: every concept with its value. */
function single_matching(
	facts: DocumentFacts,
	attribute: Attribute,
	rng: (key: string) => Random
): Item {
	const a = facts.d.attributes.indexOf(attribute);
	const key = item_key.matching(facts.doc.slug, attribute.id);
	const lesson = must(attribute.values[0], 'the schema requires values for two concepts');
	const says = filler(claim(attribute));
	const draft: Draft = {
		type: 'matching',
		document: facts.doc.slug,
		stem: matching_stem(facts.d.concept_noun, attribute.name),
		explanation: attribute.values
			.map((value) => says({ concept: facts.concept(value.concept).name, value: value.text }))
			.join(' '),
		source: source_of(facts, lesson, fact_anchor.attribute(attribute.id)),
		fact: fact(
			facts,
			{
				kind: 'value',
				key: fact_key.attribute(facts.doc.slug, attribute.id),
				concepts: attribute.values.map((v) => v.concept),
				attribute: attribute.id
			},
			`attributes.${a}`
		),
		prompts: facts.d.concepts.map((c) => ({ id: c.id, text: c.name })),
		options: attribute.values.map((value) => ({
			id: option_id.value(attribute.id, value.concept),
			text: value.text,
			correct: true,
			matches: value.concept,
			feedback: `This describes the ${attribute.name.toLowerCase()} of ${lower_first(facts.concept(value.concept).name)}.`,
			href: source_of(facts, value, fact_anchor.attribute(attribute.id)).href
		}))
	};
	return finish(draft, { key, random: rng(key) });
}
