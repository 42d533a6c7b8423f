import { fact_anchor } from '../../content/anchors';
import type { Random } from '../random';
import type { Attribute, DocumentFacts } from '../source';
import { fill, lower_first } from '../text';
import type { Item } from '../types';
import { fact, finish, LengthIndex, source_of, type Draft } from './common';
import { at, must } from '../../must';

const value_key = (attribute: string, concept: string) => `value:${attribute}:${concept}`;

function question(attribute: Attribute) {
	return attribute.question ?? `What is the ${attribute.name.toLowerCase()} of {concept}?`;
}

/** Where the `v`th value of the `a`th attribute is taught, and the fact it is. */
export function value_fact(facts: DocumentFacts, attribute: Attribute, a: number, v: number) {
	const value = at(attribute.values, v);
	return {
		source: source_of(facts, value, fact_anchor.attribute(attribute.id)),
		fact: fact(
			facts,
			{
				kind: 'value',
				key: value_key(attribute.id, value.concept),
				concepts: [value.concept],
				attribute: attribute.id
			},
			`attributes.${a}.values.${v}`
		)
	};
}

export function claim(attribute: Attribute) {
	return attribute.claim ?? `The ${attribute.name.toLowerCase()} of {concept} is {value}.`;
}

/** "What is the scope of X?": the key is X's value; distractors are other concepts' values. */
export function attribute_value_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const values = new LengthIndex(
		facts.d.attributes.flatMap((attribute) =>
			attribute.values.map((value) => ({ attribute, value, text: value.text }))
		)
	);
	return facts.d.attributes.flatMap((attribute, a) =>
		attribute.values.map((value, v) => {
			const key = `attribute-value:${facts.doc.slug}:${attribute.id}:${value.concept}`;
			const random = rng(key);
			const concept = facts.concept(value.concept);
			const same = attribute.values
				.filter((other) => other.concept !== value.concept)
				.map((other) => ({ attribute, value: other }));
			// With two concepts there is one same-attribute distractor; more come from values the
			// other concepts hold for other attributes, which are false of this concept outright.
			const extra = values.closest(
				value.text,
				Math.max(0, 3 - same.length),
				random,
				(c) => c.attribute.id !== attribute.id && c.value.concept !== value.concept
			);
			const distractors = [...same, ...extra];
			const draft: Draft = {
				key,
				type: 'attribute-value',
				document: facts.doc.slug,
				stem: fill(question(attribute), { concept: concept.name }),
				explanation:
					fill(claim(attribute), { concept: concept.name, value: value.text }) +
					(value.note ? ` ${value.note}` : ''),
				...value_fact(facts, attribute, a, v),
				options: [
					{
						id: value_key(attribute.id, value.concept),
						text: value.text,
						correct: true,
						feedback: `Right: that describes the ${attribute.name.toLowerCase()} of ${lower_first(concept.name)}.`
					},
					...distractors.map((d) => ({
						id: value_key(d.attribute.id, d.value.concept),
						text: d.value.text,
						correct: false,
						feedback:
							d.attribute.id === attribute.id
								? `No: that describes the ${attribute.name.toLowerCase()} of ${lower_first(facts.concept(d.value.concept).name)}, not of ${lower_first(concept.name)}.`
								: `No: that describes the ${d.attribute.name.toLowerCase()} of ${lower_first(facts.concept(d.value.concept).name)}, not the ${attribute.name.toLowerCase()} of ${lower_first(concept.name)}.`,
						href: source_of(facts, d.value, fact_anchor.attribute(d.attribute.id)).href
					}))
				]
			};
			return finish(draft, random);
		})
	);
}

/**
 * True/false: for each value, one true statement and one false one that gives the concept the
 * value of the next concept in order, so true and false keys are equally common.
 */
export function true_false_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const concepts = facts.d.concepts.map((c) => c.id);
	return facts.d.attributes.flatMap((attribute, a) =>
		attribute.values.flatMap((value, v) => {
			const concept = facts.concept(value.concept);
			const next = at(concepts, (concepts.indexOf(value.concept) + 1) % concepts.length);
			const borrowed = facts.value(attribute, next);
			const owner = facts.concept(next);
			const truth = fill(claim(attribute), { concept: concept.name, value: value.text });
			const variants = [
				{ suffix: 'true', statement: truth, is_true: true },
				{
					suffix: `as:${next}`,
					statement: fill(claim(attribute), { concept: concept.name, value: borrowed.text }),
					is_true: false
				}
			];
			return variants.map(({ suffix, statement, is_true }) => {
				const key = `true-false:${facts.doc.slug}:${attribute.id}:${value.concept}:${suffix}`;
				const because = is_true
					? `${truth}`
					: `That is the ${attribute.name.toLowerCase()} of ${lower_first(owner.name)}. ${truth}`;
				const draft: Draft = {
					key,
					type: 'true-false',
					document: facts.doc.slug,
					stem: 'True or false?',
					prompt: statement,
					explanation: because,
					...value_fact(facts, attribute, a, v),
					fixed: 'all',
					options: [
						{
							id: 'true',
							text: 'True',
							correct: is_true,
							feedback: is_true ? `Right, it is true. ${because}` : `No, it is false. ${because}`
						},
						{
							id: 'false',
							text: 'False',
							correct: !is_true,
							feedback: is_true ? `No, it is true. ${because}` : `Right, it is false. ${because}`
						}
					]
				};
				return finish(draft, rng(key));
			});
		})
	);
}

/** "Match each approach with its scope"; when the attribute is named like the concepts
 * ("Approach" of an approach), the table's heading instead, so the word is not repeated. */
export function matching_stem(noun: string, attribute: string) {
	const name = attribute.toLowerCase();
	return name === noun.toLowerCase()
		? `Match each ${noun} with its entry under “${attribute}”.`
		: `Match each ${noun} with its ${name}.`;
}

/** Matching: pair every concept with its value for one attribute. */
export function matching_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	return facts.d.attributes.map((attribute, a) => {
		const key = `matching:${facts.doc.slug}:${attribute.id}`;
		const lesson = must(attribute.values[0], 'the schema requires values for two concepts');
		const draft: Draft = {
			key,
			type: 'matching',
			document: facts.doc.slug,
			stem: matching_stem(facts.d.concept_noun, attribute.name),
			explanation: attribute.values
				.map((value) =>
					fill(claim(attribute), { concept: facts.concept(value.concept).name, value: value.text })
				)
				.join(' '),
			source: source_of(facts, lesson, fact_anchor.attribute(attribute.id)),
			fact: fact(
				facts,
				{
					kind: 'value',
					key: `attribute:${attribute.id}`,
					concepts: attribute.values.map((v) => v.concept),
					attribute: attribute.id
				},
				`attributes.${a}`
			),
			prompts: facts.d.concepts.map((c) => ({ id: c.id, text: c.name })),
			options: attribute.values.map((value) => ({
				id: value_key(attribute.id, value.concept),
				text: value.text,
				correct: true,
				matches: value.concept,
				feedback: `This describes the ${attribute.name.toLowerCase()} of ${lower_first(facts.concept(value.concept).name)}.`,
				href: source_of(facts, value, fact_anchor.attribute(attribute.id)).href
			}))
		};
		return finish(draft, rng(key));
	});
}
