import type { QuizDocument } from '../source';
import type { Item, ItemFact } from '../types';
import { question_of, RULES, single_answer, type LintContext } from './rules';
import { content_words } from './words';

export interface Flaw {
	rule: string;
	item: string;
	/** File and field of the fact the item tests, where the fix usually belongs. */
	origin: string;
	message: string;
	/** The first seed whose bank shows the flaw. */
	seed: number;
}

export interface QualityReport {
	items: number;
	items_per_type: Map<string, number>;
	/** How many single-answer items have 2, 3, 4… options (over every seed). */
	options_per_item: Map<number, number>;
	/** Flaws per rule id, each item and message counted once whatever the seeds. */
	flaws_per_rule: Map<string, number>;
	flaws: Flaw[];
	/**
	 * Of the distractors that state a fact, the share that state the same attribute of another
	 * concept: the near misses item-writing research finds work best.
	 */
	near_miss_share: number;
}

/** What the content says of one value beyond its text: how it answers, and where else it holds. */
export interface ValueFacts {
	/** The attribute's declared kind, or its own id. */
	kind: string;
	/** Whether the attribute's values read as traits. */
	trait: boolean;
	/** Other concepts the source lets the value hold for. */
	also: string[];
}

/** Those facts for the values of some documents, by owner concept and attribute id. */
export function value_facts(documents: readonly QuizDocument[]) {
	const facts = new Map<string, ValueFacts>();
	for (const doc of documents)
		for (const attribute of doc.distinctions.attributes)
			for (const value of attribute.values)
				facts.set(`${value.concept}\u0000${attribute.id}`, {
					kind: attribute.kind ?? attribute.id,
					trait: attribute.trait,
					also: value.also.map((overlap) => overlap.concept)
				});
	return (concept: string, attribute: string) => facts.get(`${concept}\u0000${attribute}`);
}

type ValueLookup = (concept: string, attribute: string) => ValueFacts | undefined;

/**
 * The kinds of answer each fact is, read from the facts the bank's items test: a value takes its
 * attribute's kind (and is a trait too when the attribute reads as traits), a shared trait is a
 * trait. Attributes the lookup does not know are each a kind of their own, with no overlaps.
 */
export function context_of(
	bank: readonly Item[],
	lookup: ValueLookup = () => undefined
): LintContext & { fact(key: string): ItemFact | undefined } {
	const facts = new Map(bank.map((item) => [item.fact.key, item.fact]));
	// Words that the question of every item of a type and document holds ("Which approach…").
	const common = new Map<string, Set<string>>();
	for (const item of bank) {
		const group = `${item.document}\u0000${item.type}`;
		const words = content_words(question_of(item));
		const sofar = common.get(group);
		common.set(group, sofar ? new Set([...sofar].filter((w) => words.has(w))) : words);
	}
	return {
		fact: (key) => facts.get(key),
		common_words: (item) => common.get(`${item.document}\u0000${item.type}`) ?? new Set(),
		also(key) {
			const fact = facts.get(key);
			if (fact?.kind !== 'value' || !fact.attribute) return [];
			return lookup(fact.concepts[0] ?? '', fact.attribute)?.also ?? [];
		},
		kinds_of(key) {
			const fact = facts.get(key);
			if (!fact) return [];
			if (fact.kind === 'value' && fact.attribute) {
				const found = lookup(fact.concepts[0] ?? '', fact.attribute);
				if (!found) return [fact.attribute];
				return found.trait ? [found.kind, 'trait'] : [found.kind];
			}
			return [fact.kind === 'similarity' ? 'trait' : fact.kind];
		}
	};
}

/** Every rule over the banks of the given seeds, with the figures of the quality report. */
export function lint_banks(
	banks: Iterable<{ seed: number; bank: readonly Item[] }>,
	lookup?: ValueLookup
): QualityReport {
	const seen = new Set<string>();
	const flaws: Flaw[] = [];
	const types = new Map<string, number>();
	const options = new Map<number, number>();
	let distractors = 0;
	let near = 0;
	let items = 0;
	for (const { seed, bank } of banks) {
		const context = context_of(bank, lookup);
		if (items === 0) {
			items = bank.length;
			for (const item of bank) types.set(item.type, (types.get(item.type) ?? 0) + 1);
		}
		for (const item of bank) {
			if (single_answer(item)) {
				options.set(item.options.length, (options.get(item.options.length) ?? 0) + 1);
				for (const option of item.options.filter((o) => !o.correct)) {
					const fact = context.fact(option.id);
					if (!fact?.attribute) continue;
					distractors++;
					if (fact.attribute === item.fact.attribute) near++;
				}
			}
			for (const rule of RULES) {
				for (const message of rule.check(item, context)) {
					const key = `${rule.id}\u0000${item.id}\u0000${message}`;
					if (seen.has(key)) continue;
					seen.add(key);
					flaws.push({ rule: rule.id, item: item.id, origin: item.fact.origin, message, seed });
				}
			}
		}
	}
	const flaws_per_rule = new Map(RULES.map((rule) => [rule.id, 0]));
	for (const flaw of flaws) flaws_per_rule.set(flaw.rule, (flaws_per_rule.get(flaw.rule) ?? 0) + 1);
	return {
		items,
		items_per_type: types,
		options_per_item: options,
		flaws_per_rule,
		flaws,
		near_miss_share: distractors ? near / distractors : 1
	};
}

/** The items with the most flaws first: where an author should look. */
export function worst_items(flaws: readonly Flaw[], count: number) {
	const by_item = new Map<string, Flaw[]>();
	for (const flaw of flaws) by_item.set(flaw.item, [...(by_item.get(flaw.item) ?? []), flaw]);
	return [...by_item.entries()]
		.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
		.slice(0, count);
}
