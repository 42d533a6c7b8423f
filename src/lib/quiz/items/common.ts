import { fact_anchor, fact_key } from '../../content/ids';
import { fact_path } from '../../content/paths';
import { hash, shuffle, type Random } from '../random';
import type { DocumentFacts } from '../source';
import { as_option } from '../text';
import type { Item, ItemFact } from '../types';
import { at } from '../../must';

/** A short id from the canonical key of an item: stable while the key is. */
export function item_id(key: string) {
	return `q${hash(key).toString(36).padStart(7, '0')}`;
}

export function source_of(
	facts: DocumentFacts,
	fact: { lesson: string; section: string },
	anchor: string
) {
	return {
		document: facts.doc.slug,
		section: fact.section,
		lesson: fact.lesson,
		href: fact_path(facts.doc.slug, fact.lesson, anchor)
	};
}

/** An item before {@link finish}: everything but its id, its options in their written order. */
export type Draft = Omit<Item, 'id'>;

/** How {@link finish} completes a draft. */
export interface Finishing {
	/** The item's canonical key, which its id is made from. */
	key: string;
	/** Decides the order of the options. */
	random: Random;
	/** Option ids that keep their place at the end (the "both" option) or all (true/false). */
	fixed?: 'all' | readonly string[];
}

/**
 * Finishes an item: option texts in one form, a seeded order (fixed options stay at the end,
 * true/false keeps its order) and the id from its key. The draft becomes the item (its options
 * replaced, the id added last), so each call needs a draft of its own, as every generator
 * writes one per item: copying drafts, of a dozen shapes, was a tenth of a bank's time.
 */
export function finish(draft: Draft, { key, random, fixed }: Finishing): Item {
	if ('id' in draft)
		throw new Error('finish: this draft is an item already; give each item a draft');
	const options = draft.options.map((o) => ({ ...o, text: as_option(o.text) }));
	if (fixed === 'all') {
		draft.options = options;
	} else {
		const last = fixed ?? [];
		draft.options = [
			...shuffle(
				options.filter((o) => !last.includes(o.id)),
				random
			),
			...options.filter((o) => last.includes(o.id))
		];
	}
	return Object.assign(draft, { id: item_id(key) });
}

/**
 * The fact of an item, with the file and field it comes from. Spelled field by field rather
 * than spread: generators pass facts of several shapes, and copying an object of varying shape
 * with `...` is a slow generic copy in V8, paid for every item of every bank. The copy names
 * every field of ItemFact, so one added there is a type error here until it is copied.
 */
export function fact(
	facts: DocumentFacts,
	fact: Omit<ItemFact, 'origin'>,
	field: string
): ItemFact {
	const { kind, key, concepts, attribute } = fact;
	const origin = `${facts.file} ${field}`;
	// An absent attribute is left out, not written as undefined: the bank's JSON stays the same.
	return attribute === undefined
		? ({ kind, key, concepts, origin } satisfies Omit<Required<ItemFact>, 'attribute'>)
		: ({ kind, key, concepts, attribute, origin } satisfies Required<ItemFact>);
}

/** Picks up to `count` candidates closest in length to `target`, in a seeded order among ties. */
export function closest_in_length<T extends { text: string }>(
	candidates: readonly T[],
	target: string,
	count: number,
	random: Random
): T[] {
	return shuffle(candidates, random)
		.map((c) => ({ c, gap: Math.abs(Math.log(c.text.length / target.length)) }))
		.sort((a, b) => a.gap - b.gap)
		.slice(0, count)
		.map(({ c }) => c);
}

/**
 * Candidates sorted by length once, so each item finds the few closest in length without
 * sorting every candidate again: generation stays linear as a document grows.
 */
export class LengthIndex<T extends { text: string }> {
	private readonly sorted: T[];

	constructor(candidates: readonly T[]) {
		this.sorted = [...candidates].sort((a, b) => a.text.length - b.text.length);
	}

	/**
	 * Up to `count` candidates that pass `keep`, closest in length to `target`: the same choice
	 * as {@link closest_in_length} over all kept candidates, ties in seeded order.
	 */
	closest(target: string, count: number, random: Random, keep: (candidate: T) => boolean): T[] {
		if (count <= 0) return [];
		const length = target.length;
		const gap = (c: T) => Math.abs(Math.log(c.text.length / length));
		let right = 0;
		for (let step = this.sorted.length; step > 0; step >>= 1) {
			while (
				right + step <= this.sorted.length &&
				at(this.sorted, right + step - 1).text.length < length
			) {
				right += step;
			}
		}
		let left = right - 1;
		// Each side grows in gap as it moves outward, so merging them visits candidates in order
		// of gap; stop past the count-th kept one, keeping its ties for the seeded order.
		const found: T[] = [];
		let limit = Infinity;
		while (left >= 0 || right < this.sorted.length) {
			const from_left =
				right >= this.sorted.length ||
				(left >= 0 && gap(at(this.sorted, left)) <= gap(at(this.sorted, right)));
			const candidate = at(this.sorted, from_left ? left-- : right++);
			const distance = gap(candidate);
			if (found.length >= count && distance > limit) break;
			if (!keep(candidate)) continue;
			found.push(candidate);
			if (found.length === count) limit = distance;
		}
		return closest_in_length(found, target, count, random);
	}
}

/**
 * How sentences speak of an attribute: its name as a noun in lower case, and the verb and
 * pointer that agree with it ("the methods … are", "those are"). The name is plural when its
 * head noun (the word before "of", "to" or "for", or the last word) ends in a plural "s".
 */
export function attribute_noun(name: string) {
	const noun = name.toLowerCase();
	const head =
		noun
			.split(/ (?:of|to|for|in) /)[0]
			?.split(' ')
			.at(-1) ?? noun;
	const plural = /[^isu]s$/.test(head) || /ies$/.test(head);
	return {
		noun,
		is: plural ? 'are' : 'is',
		that_is: plural ? 'Those are' : 'That is'
	};
}

/** Where a counterpart link is taught and the fact it is: shared by every cross-document form. */
export function link_fact(facts: DocumentFacts, link: DocumentFacts['d']['links'][number]) {
	const l = facts.d.links.indexOf(link);
	return {
		source: source_of(facts, link, fact_anchor.link(link.id)),
		fact: fact(
			facts,
			{
				kind: 'link',
				key: fact_key.link(facts.doc.slug, link.id),
				concepts: [link.concept, link.counterpart]
			},
			`links.${l}`
		)
	};
}
