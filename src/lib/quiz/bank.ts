import { lesson_key } from '../content/ids';
import { derived, deriver, shuffle } from './random';
import { attribute_value_items, true_false_items } from './items/attribute';
import { matching_items } from './items/matching';
import {
	across_items,
	scenario_items,
	shared_trait_items,
	which_concept_items
} from './items/concept';
import { analogy_items, double_scenario_items, pairing_items } from './items/cross';
import { fill_in_items } from './items/fill_in';
import { tag_examined } from './objectives';
import { Crossings, DocumentFacts, type QuizDocument } from './source';
import { ITEM_TYPES, type Item, type ItemType, type Selection } from './types';

const GENERATORS = [
	which_concept_items,
	attribute_value_items,
	true_false_items,
	matching_items,
	scenario_items,
	fill_in_items,
	shared_trait_items,
	across_items,
	analogy_items,
	pairing_items,
	double_scenario_items
];

/**
 * Every item the content yields, for one seed. The seed decides only distractor choice and
 * option order: which items exist, and their ids, depend on the content alone. Each item draws
 * from its own generator derived from the seed and its key, so adding content never reorders
 * the options of items that were there before.
 */
export function generate_bank(documents: readonly QuizDocument[], seed: number): Item[] {
	const rng = deriver(seed);
	const crossings = new Crossings(documents);
	const bank = documents.flatMap((doc) => {
		const facts = new DocumentFacts(doc, documents, crossings);
		return GENERATORS.flatMap((generate) => generate(facts, rng));
	});
	return tag_examined(documents, bank);
}

/** Whether an item falls within a selection of documents, lessons and types. */
export function in_selection(item: Item, selection: Selection) {
	if (selection.types && !selection.types.includes(item.type)) return false;
	if (selection.items && !selection.items.includes(item.id)) return false;
	if (selection.lessons?.length) {
		return selection.lessons.some(
			(l) =>
				l === lesson_key(item.document, item.source.lesson) ||
				l === item.source.lesson ||
				item.examines?.includes(l)
		);
	}
	if (selection.documents?.length) return selection.documents.includes(item.document);
	return true;
}

/**
 * A quiz: the seed and the selection decide it exactly. Items are drawn type by type in turn so
 * a short quiz mixes types, and no two items test the same fact (a which-concept item would
 * give away the attribute-value item on the same value).
 */
export function build_quiz(options: {
	documents: readonly QuizDocument[];
	seed: number;
	selection: Selection;
}): Item[] {
	const { documents, seed, selection } = options;
	return draw_quiz({ bank: generate_bank(documents, seed), seed, selection });
}

/**
 * The quiz `build_quiz` draws, from a bank already made: `bank` must be
 * `generate_bank(documents, seed)` for the same `seed`, and the items are then the same. For a
 * caller that holds the bank anyway (a quick check picks from it first), so that it is not made
 * twice: making a bank costs far more than drawing from it. Items are the bank's own, not copies.
 */
export function draw_quiz(options: {
	bank: readonly Item[];
	seed: number;
	selection: Selection;
}): Item[] {
	const { bank, seed, selection } = options;
	const pool = bank.filter((item) => in_selection(item, selection));
	const random = derived(seed, 'draw');
	const by_type = new Map<ItemType, Item[]>();
	for (const type of shuffle(ITEM_TYPES, random)) {
		const items = pool.filter((item) => item.type === type);
		if (items.length) by_type.set(type, shuffle(items, random));
	}
	const count = Math.min(selection.count ?? pool.length, pool.length);
	const chosen: Item[] = [];
	const facts = new Set<string>();
	let skipped: Item[] = [];
	while (chosen.length < count && by_type.size > 0) {
		for (const [type, items] of by_type) {
			const item = items.shift();
			if (!items.length) by_type.delete(type);
			if (!item) continue;
			if (facts.has(item.fact.key)) {
				skipped.push(item);
				continue;
			}
			facts.add(item.fact.key);
			chosen.push(item);
			if (chosen.length === count) break;
		}
	}
	// When the selection is small, items on facts already asked fill the quiz up to the count.
	skipped = shuffle(skipped, random);
	while (chosen.length < count && skipped.length) chosen.push(skipped.shift()!);
	return chosen;
}
