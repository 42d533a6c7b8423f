import { fact_anchor, fact_key, item_key, option_id } from '../../content/ids';
import type { Random } from '../random';
import type { Concept, DocumentFacts } from '../source';
import { filler, lower_first, upper_first } from '../text';
import type { Item, Option } from '../types';
import { claim, value_fact } from './attribute';
import {
	attribute_noun,
	closest_in_length,
	fact,
	finish,
	link_fact,
	source_of,
	type Draft
} from './common';
import { DISTRACTORS } from './distractors';
import { at } from '../../must';

function concept_options(
	facts: DocumentFacts,
	key: string,
	why_not: (c: Concept) => string,
	right: string
): Option[] {
	return facts.d.concepts.map((c) => ({
		id: c.id,
		text: c.name,
		correct: c.id === key,
		feedback: c.id === key ? right : why_not(c)
	}));
}

/**
 * "Which approach does this describe?" for every value and every shared trait. When the document
 * has shared traits, every such item also offers the group ("Both approaches"), keyed only for
 * traits that really are shared, so its presence gives nothing away.
 */
export function which_concept_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const group = facts.group_option;
	const stem = `Which ${facts.d.concept_noun} does this describe?`;
	const items: Item[] = [];
	facts.d.attributes.forEach((attribute, a) => {
		const noun = attribute_noun(attribute.name);
		const says = filler(claim(attribute));
		attribute.values.forEach((value, v) => {
			// A value that also holds for another concept would make that concept a right answer.
			if (value.also.length) return;
			const key = item_key.which_concept(facts.doc.slug, attribute.id, value.concept);
			const owner = facts.concept(value.concept);
			const truth = says({ concept: owner.name, value: value.text });
			const options = concept_options(
				facts,
				value.concept,
				(c) =>
					`No. ${truth} The ${noun.noun} of ${lower_first(c.name)} ${noun.is} different: ${lower_first(facts.value(attribute, c.id).text)}.`,
				`Right. ${truth}`
			);
			if (group) {
				options.push({
					id: option_id.GROUP,
					text: group,
					correct: false,
					feedback: `No, not ${lower_first(group)}. ${truth}`
				});
			}
			const draft: Draft = {
				type: 'which-concept',
				document: facts.doc.slug,
				stem,
				prompt: value.text,
				explanation: truth + (value.note ? ` ${value.note}` : ''),
				...value_fact(facts, attribute, a, v),
				options
			};
			items.push(finish(draft, { key, random: rng(key), fixed: [option_id.GROUP] }));
		});
	});
	if (group) {
		facts.d.similarities.forEach((similarity, s) => {
			const key = item_key.which_concept_shared(facts.doc.slug, similarity.id);
			const truth = `${upper_first(facts.d.group)} share this trait.`;
			const options = concept_options(
				facts,
				'',
				(c) => `Not only ${lower_first(c.name)}: ${lower_first(truth)}`,
				''
			);
			options.push({
				id: option_id.GROUP,
				text: group,
				correct: true,
				feedback: `Right: ${lower_first(truth)}`
			});
			const draft: Draft = {
				type: 'which-concept',
				document: facts.doc.slug,
				stem,
				prompt: similarity.text,
				...similarity_fact(facts, s),
				options
			};
			items.push(finish(draft, { key, random: rng(key), fixed: [option_id.GROUP] }));
		});
	}
	return items;
}

/** The explanation, source and fact of the `s`th shared trait. */
function similarity_fact(facts: DocumentFacts, s: number) {
	const similarity = at(facts.d.similarities, s);
	return {
		explanation: `${upper_first(facts.d.group)} share this: ${lower_first(similarity.text)}.`,
		source: source_of(facts, similarity, fact_anchor.similarity(similarity.id)),
		fact: fact(
			facts,
			{
				kind: 'similarity' as const,
				key: fact_key.similarity(facts.doc.slug, similarity.id),
				concepts: facts.d.concepts.map((c) => c.id)
			},
			`similarities.${s}`
		)
	};
}

/**
 * Where a held-back scenario is taught, and the fact it is. It is never printed, so its link
 * goes to the worked examples of its lesson (the loader checks that lesson has some).
 */
export function scenario_fact(facts: DocumentFacts, s: number) {
	const scenario = at(facts.d.scenarios, s);
	return {
		source: source_of(facts, scenario, fact_anchor.EXAMPLES),
		fact: fact(
			facts,
			{
				kind: 'scenario' as const,
				key: fact_key.scenario(facts.doc.slug, scenario.id),
				concepts: [scenario.concept]
			},
			`scenarios.${s}`
		)
	};
}

/**
 * A held-back situation, and which concept it shows. Only `scenarios` are asked, never the
 * worked `examples` the lessons print with their answer: the item tests transfer, not recall.
 */
export function scenario_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	return facts.d.scenarios.map((scenario, s) => {
		const key = item_key.scenario(facts.doc.slug, scenario.id);
		const draft: Draft = {
			type: 'scenario',
			document: facts.doc.slug,
			stem: `Which ${facts.d.concept_noun} does this situation show?`,
			prompt: scenario.text,
			explanation: scenario.why,
			...scenario_fact(facts, s),
			options: concept_options(
				facts,
				scenario.concept,
				(c) => `No: ${lower_first(c.name)} would mean ${lower_first(c.summary)}. ${scenario.why}`,
				`Right. ${scenario.why}`
			)
		};
		return finish(draft, { key, random: rng(key) });
	});
}

function counterpart_options(concepts: readonly Concept[], key: string, why: string): Option[] {
	return concepts.map((c) => ({
		id: c.id,
		text: c.name,
		correct: c.id === key,
		feedback:
			c.id === key
				? `Right. ${why}`
				: `No: ${lower_first(c.name)} means ${lower_first(c.summary)}. ${why}`
	}));
}

/**
 * Counterparts across documents. From the linking concept to the other document's concepts
 * always; the other way only where the counterpart has one partner here, so one key stands.
 */
export function across_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const items: Item[] = [];
	facts.d.links.forEach((link) => {
		const other = facts.crossings.owner(link.counterpart);
		if (!other) return;
		const here = facts.concept(link.concept);
		const there = facts.concept(link.counterpart);
		const base = {
			type: 'across' as const,
			document: facts.doc.slug,
			explanation: link.why,
			...link_fact(facts, link)
		};
		const forward = item_key.across(facts.doc.slug, link.id, 'forward');
		items.push(
			finish(
				{
					...base,
					stem: `In “${other.title}”, which ${other.distinctions.concept_noun} is the counterpart of ${lower_first(here.name)}?`,
					options: counterpart_options(other.distinctions.concepts, there.id, link.why)
				},
				{ key: forward, random: rng(forward) }
			)
		);
		// The other way round only where one concept here links to that counterpart.
		const partners = facts.d.links.filter((x) => x.counterpart === link.counterpart);
		if (partners.length !== 1) return;
		const backward = item_key.across(facts.doc.slug, link.id, 'backward');
		items.push(
			finish(
				{
					...base,
					stem: `In “${facts.doc.title}”, which ${facts.d.concept_noun} is the counterpart of ${lower_first(there.name)}?`,
					options: counterpart_options(facts.d.concepts, here.id, link.why)
				},
				{ key: backward, random: rng(backward) }
			)
		);
	});
	return items;
}

/**
 * "Which of these is true of both approaches?": a shared trait against traits of one concept
 * alone, taken from attributes whose values read as traits (`trait: true`), one per attribute so
 * two options never answer the same question. Without such attributes there is no such item;
 * the which-concept item still tests every shared trait.
 */
export function shared_trait_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const singles = facts.d.attributes
		.filter((attribute) => attribute.trait)
		.flatMap((attribute) =>
			attribute.values
				.filter((value) => !value.also.length)
				.map((value) => ({ attribute, value, text: value.text }))
		);
	return facts.d.similarities.flatMap((similarity, s) => {
		const key = item_key.shared_trait(facts.doc.slug, similarity.id);
		const random = rng(key);
		const picked: typeof singles = [];
		for (const candidate of closest_in_length(singles, similarity.text, singles.length, random)) {
			if (picked.some((p) => p.attribute.id === candidate.attribute.id)) continue;
			picked.push(candidate);
			if (picked.length === DISTRACTORS) break;
		}
		if (!picked.length) return [];
		const draft: Draft = {
			type: 'shared-trait',
			document: facts.doc.slug,
			stem: `Which of these is true of ${facts.d.group}?`,
			...similarity_fact(facts, s),
			options: [
				{
					id: option_id.similarity(similarity.id),
					text: similarity.text,
					correct: true,
					feedback: `Right: ${facts.d.group} share this.`
				},
				...picked.map(({ attribute, value }) => ({
					id: option_id.value(attribute.id, value.concept),
					text: value.text,
					correct: false,
					feedback: `No: only ${lower_first(facts.concept(value.concept).name)} fits; this describes its ${attribute.name.toLowerCase()}.`,
					href: source_of(facts, value, fact_anchor.attribute(attribute.id)).href
				}))
			]
		};
		return [finish(draft, { key, random })];
	});
}
