import { fact_anchor, fact_key, item_key, option_id } from '../../content/ids';
import { fact_path } from '../../content/paths';
import type { Random } from '../random';
import type { Attribute, DocumentFacts } from '../source';
import { filler, lower_first } from '../text';
import type { Item } from '../types';
import { attribute_noun, fact, finish, source_of, type Draft } from './common';
import { holds_for, value_distractors } from './distractors';
import { at } from '../../must';

function question(attribute: Attribute) {
	const { noun, is } = attribute_noun(attribute.name);
	return attribute.question ?? `What ${is} the ${noun} of {concept}?`;
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
				key: fact_key.value(attribute.id, value.concept),
				concepts: [value.concept],
				attribute: attribute.id
			},
			`attributes.${a}.values.${v}`
		)
	};
}

export function claim(attribute: Attribute) {
	const { noun, is } = attribute_noun(attribute.name);
	return attribute.claim ?? `The ${noun} of {concept} ${is} {value}.`;
}

/**
 * "What is the scope of X?": the key is X's value; distractors are near misses of the same kind
 * (see {@link value_distractors}). A value with no plausible distractor yields no such item; the
 * which-concept and true/false items still test it.
 */
export function attribute_value_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	return facts.d.attributes.flatMap((attribute, a) => {
		// Worded once per attribute, filled once per concept.
		const ask = filler(question(attribute));
		const says = filler(claim(attribute));
		const asked = attribute.name.toLowerCase();
		return attribute.values.flatMap((value, v) => {
			const key = item_key.attribute_value(facts.doc.slug, attribute.id, value.concept);
			const random = rng(key);
			const concept = facts.concept(value.concept);
			const distractors = value_distractors(facts, attribute, value.concept, random);
			if (!distractors.length) return [];
			const draft: Draft = {
				type: 'attribute-value',
				document: facts.doc.slug,
				stem: ask({ concept: concept.name }),
				explanation:
					says({ concept: concept.name, value: value.text }) + (value.note ? ` ${value.note}` : ''),
				...value_fact(facts, attribute, a, v),
				options: [
					{
						id: option_id.value(attribute.id, value.concept),
						text: value.text,
						correct: true,
						feedback: `Right: that describes the ${asked} of ${lower_first(concept.name)}.`
					},
					...distractors.map((d) => {
						const owner = lower_first(facts.concept(d.value.concept).name);
						const named = d.attribute.name.toLowerCase();
						const where = d.doc.slug === facts.doc.slug ? '' : ` (in “${d.doc.title}”)`;
						return {
							id: option_id.value(d.attribute.id, d.value.concept),
							text: d.value.text,
							correct: false,
							feedback:
								d.attribute.id === attribute.id && !where
									? `No: that describes the ${asked} of ${owner}, not of ${lower_first(concept.name)}.`
									: `No: that describes the ${named} of ${owner}${where}, not the ${asked} of ${lower_first(concept.name)}.`,
							href: fact_path(d.doc.slug, d.value.lesson, fact_anchor.attribute(d.attribute.id))
						};
					})
				]
			};
			return [finish(draft, { key, random })];
		});
	});
}

/**
 * True/false: for each value, one true statement and one false one that gives the concept the
 * value of the next concept in order, so true and false keys are equally common.
 */
export function true_false_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const concepts = facts.d.concepts.map((c) => c.id);
	return facts.d.attributes.flatMap((attribute, a) => {
		const noun = attribute_noun(attribute.name);
		const says = filler(claim(attribute));
		return attribute.values.flatMap((value, v) => {
			const concept = facts.concept(value.concept);
			const here = concepts.indexOf(value.concept);
			// The next concept in order whose value the source does not let hold for this one too.
			const next = [...concepts.slice(here + 1), ...concepts.slice(0, here)].find(
				(other) => !holds_for(facts.value(attribute, other), value.concept)
			);
			const truth = says({ concept: concept.name, value: value.text });
			const variants = [
				{
					key: item_key.true_statement(facts.doc.slug, attribute.id, value.concept),
					statement: truth,
					is_true: true,
					owner: concept
				}
			];
			if (next !== undefined) {
				const borrowed = facts.value(attribute, next);
				variants.push({
					key: item_key.false_statement(facts.doc.slug, attribute.id, value.concept, next),
					statement: says({ concept: concept.name, value: borrowed.text }),
					is_true: false,
					owner: facts.concept(next)
				});
			}
			return variants.map(({ key, statement, is_true, owner }) => {
				const because = is_true
					? `${truth}`
					: `${noun.that_is} the ${noun.noun} of ${lower_first(owner.name)}. ${truth}`;
				const draft: Draft = {
					type: 'true-false',
					document: facts.doc.slug,
					stem: 'True or false?',
					prompt: statement,
					explanation: because,
					...value_fact(facts, attribute, a, v),
					options: [
						{
							id: option_id.TRUE,
							text: 'True',
							correct: is_true,
							feedback: is_true ? `Right, it is true. ${because}` : `No, it is false. ${because}`
						},
						{
							id: option_id.FALSE,
							text: 'False',
							correct: !is_true,
							feedback: is_true ? `No, it is true. ${because}` : `Right, it is false. ${because}`
						}
					]
				};
				return finish(draft, { key, random: rng(key), fixed: 'all' });
			});
		});
	});
}
