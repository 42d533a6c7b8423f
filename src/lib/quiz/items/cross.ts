/*
 * Item forms that cross documents, generated from the counterpart links (`links` in a
 * distinctions file: a concept here mirrors a concept of another document). None names a
 * document or a concept: a third document's links yield the same forms.
 */
import { item_key, option_id, type Direction } from '../../content/ids';
import { shuffle, type Random } from '../random';
import type { Concept, DocumentFacts } from '../source';
import { lower_first, upper_first } from '../text';
import type { Item, Option } from '../types';
import { scenario_fact } from './concept';
import { finish, link_fact, type Draft } from './common';
import { DISTRACTORS } from './distractors';
import { at } from '../../must';

type Link = DocumentFacts['d']['links'][number];

const mirrors = (facts: DocumentFacts, link: Link) =>
	`${facts.concept(link.concept).name} mirrors ${lower_first(facts.concept(link.counterpart).name)}: ${lower_first(link.why)}`;

/**
 * "A is to A′ as B is to …", from two links of this document. Forward, the
 * options are the concepts of the counterparts' document; backward ("A′ is to A as B′ is
 * to …"), this document's concepts. A concept that is also a right answer (a second partner
 * of the asked one) is left out, and a backward analogy is asked only where the asked
 * counterpart has one partner, so the stem itself has one answer.
 */
export function analogy_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const items: Item[] = [];
	for (const given of facts.d.links) {
		for (const asked of facts.d.links) {
			if (given.concept === asked.concept) continue;
			// Two concepts may share a counterpart: forward, "A is to B as C is to B" keeps the
			// stem's own B among the keys, so it cannot be struck out unread; backward it would
			// ask "B is to A as B is to …", which has two answers.
			const shared = given.counterpart === asked.counterpart;
			const other = facts.crossings.owner(asked.counterpart);
			if (!other || facts.crossings.owner(given.counterpart) !== other) continue;
			for (const direction of ['forward', 'backward'] as Direction[]) {
				const forward = direction === 'forward';
				const [a, b, c, key] = forward
					? [given.concept, given.counterpart, asked.concept, asked.counterpart]
					: [given.counterpart, given.concept, asked.counterpart, asked.concept];
				if (!forward && (shared || facts.crossings.partners(asked.counterpart).length !== 1))
					continue;
				const pool: readonly Concept[] = forward ? other.distinctions.concepts : facts.d.concepts;
				const right = new Set(facts.crossings.partners(c));
				const choices = pool.filter((x) => x.id === key || !right.has(x.id));
				if (choices.length < 2) continue;
				const why = `${mirrors(facts, given)} ${mirrors(facts, asked)}`;
				const item_id = item_key.analogy(facts.doc.slug, given.id, asked.id, direction);
				const draft: Draft = {
					type: 'analogy',
					document: facts.doc.slug,
					stem: `${facts.concept(a).name} is to ${lower_first(facts.concept(b).name)} as ${lower_first(facts.concept(c).name)} is to which of these?`,
					explanation: why,
					...link_fact(facts, asked),
					options: choices.map((x) => ({
						id: x.id,
						text: x.name,
						correct: x.id === key,
						feedback:
							x.id === key
								? `Right. ${why}`
								: `No: ${lower_first(x.name)} is not the counterpart of ${lower_first(facts.concept(c).name)}. ${why}`
					}))
				};
				items.push(finish(draft, { key: item_id, random: rng(item_id) }));
			}
		}
	}
	return items;
}

const pairing_text = (facts: DocumentFacts, concept: string, counterpart: string) =>
	`${facts.concept(concept).name} with ${lower_first(facts.concept(counterpart).name)}`;

/**
 * "Which pairing matches …?" (asked the positive way): for each link, every concept of this
 * document is paired once, the link's concept with its counterpart and the others each with
 * a concept of the counterpart's document it is not linked to, so no concept appears twice on
 * the left and only knowing the links tells the pairs apart.
 */
export function pairing_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	return facts.d.links.flatMap((link) => {
		const other = facts.crossings.owner(link.counterpart);
		if (!other) return [];
		const key = item_key.pairing(facts.doc.slug, link.id);
		const random = rng(key);
		const wrong: Option[] = [];
		for (const concept of shuffle(facts.d.concepts, random)) {
			if (concept.id === link.concept || wrong.length === DISTRACTORS) continue;
			const free = other.distinctions.concepts.filter(
				(x) => !facts.crossings.linked(concept.id, x.id)
			);
			if (!free.length) continue;
			const counterpart = at(shuffle(free, random), 0);
			wrong.push({
				id: option_id.pairing(concept.id, counterpart.id),
				text: pairing_text(facts, concept.id, counterpart.id),
				correct: false,
				feedback: `No: no link pairs ${lower_first(concept.name)} with ${lower_first(counterpart.name)}. ${mirrors(facts, link)}`
			});
		}
		if (!wrong.length) return [];
		const draft: Draft = {
			type: 'pairing',
			document: facts.doc.slug,
			// "one of the …" rather than "a …": the noun is content's, and may start with a vowel.
			stem: `Which pairing matches one of the ${facts.d.concept_noun_plural} with its counterpart in “${other.title}”?`,
			explanation: mirrors(facts, link),
			...link_fact(facts, link),
			options: [
				{
					id: option_id.pairing(link.concept, link.counterpart),
					text: pairing_text(facts, link.concept, link.counterpart),
					correct: true,
					feedback: `Right. ${mirrors(facts, link)}`
				},
				...wrong
			]
		};
		return [finish(draft, { key, random })];
	});
}

/**
 * A held-back scenario asked twice over: which concept it shows, and which concept of another
 * document that one mirrors. Only where the shown concept has exactly one counterpart. The
 * options are the key (shown, counterpart), the shown concept with a wrong counterpart, and
 * another concept with that same wrong counterpart: each part of the key appears in one other
 * option, so neither half alone, nor the option sharing most with the others, gives it away.
 */
export function double_scenario_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	return facts.d.scenarios.flatMap((scenario, s) => {
		const found = facts.crossings.partners(scenario.concept);
		if (found.length !== 1) return [];
		const counterpart = at(found, 0);
		const other = facts.crossings.owner(counterpart);
		if (!other) return [];
		const key = item_key.double_scenario(facts.doc.slug, scenario.id);
		const random = rng(key);
		const wrong_counterparts = other.distinctions.concepts.filter((x) => x.id !== counterpart);
		const wrong_concepts = facts.d.concepts.filter((x) => x.id !== scenario.concept);
		if (!wrong_counterparts.length || !wrong_concepts.length) return [];
		const q = at(shuffle(wrong_counterparts, random), 0);
		const c = at(shuffle(wrong_concepts, random), 0);
		const shown = facts.concept(scenario.concept);
		const mirror = facts.concept(counterpart);
		const text = (x: Concept, y: Concept) => `${x.name}, mirroring ${lower_first(y.name)}`;
		const truth = `${scenario.why} ${upper_first(lower_first(shown.name))} mirrors ${lower_first(mirror.name)} in “${other.title}”.`;
		const draft: Draft = {
			type: 'double-scenario',
			document: facts.doc.slug,
			stem: `Which ${facts.d.concept_noun} does this situation show, and which ${other.distinctions.concept_noun} in “${other.title}” does it mirror?`,
			prompt: scenario.text,
			explanation: truth,
			...scenario_fact(facts, s),
			options: [
				{
					id: option_id.pairing(shown.id, mirror.id),
					text: text(shown, mirror),
					correct: true,
					feedback: `Right. ${truth}`
				},
				{
					id: option_id.pairing(shown.id, q.id),
					text: text(shown, q),
					correct: false,
					feedback: `Half right: the situation shows ${lower_first(shown.name)}, but its counterpart is ${lower_first(mirror.name)}, not ${lower_first(q.name)}.`
				},
				{
					id: option_id.pairing(c.id, q.id),
					text: text(c, q),
					correct: false,
					feedback: `No. ${truth}`
				}
			]
		};
		return [finish(draft, { key, random })];
	});
}
