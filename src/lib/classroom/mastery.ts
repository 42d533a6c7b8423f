import { lesson_key } from '../content/ids';
import type { Item } from '../quiz/types';
import type { ClassData } from './class_data';
import type { ContentNames } from './names';

/** How well the class knows one distinction, concept, attribute or lesson. */
export interface Mastery {
	key: string;
	label: string;
	/** Mean score over every student's answer to the items that test it, 0 to 1. */
	mastery: number;
	items: number;
}

export interface ClassMastery {
	/** By the fact an item tests: one row per distinction asked. */
	facts: Mastery[];
	concepts: Mastery[];
	attributes: Mastery[];
	lessons: Mastery[];
}

/**
 * Class mastery per distinction, concept, attribute and lesson: each the mean score of the
 * class on the items that test it, a left item counting 0 (as in the class table's score).
 */
export function class_mastery(data: ClassData, names: ContentNames): ClassMastery {
	const item_means = data.items.map((_, i) =>
		data.rows.length
			? data.rows.reduce((sum, row) => sum + (row.scores[i] ?? 0), 0) / data.rows.length
			: 0
	);
	const group = (keys: (item: Item) => { key: string; label: string }[]) => {
		const groups = new Map<string, { label: string; sum: number; items: number }>();
		data.items.forEach((item, i) => {
			for (const { key, label } of keys(item)) {
				const seen = groups.get(key) ?? { label, sum: 0, items: 0 };
				seen.sum += item_means[i] ?? 0;
				seen.items += 1;
				groups.set(key, seen);
			}
		});
		return [...groups].map(([key, g]) => ({
			key,
			label: g.label,
			mastery: g.sum / g.items,
			items: g.items
		}));
	};
	return {
		facts: group((item) => [{ key: item.fact.key, label: fact_label(item, names) }]),
		concepts: group((item) => item.fact.concepts.map((c) => ({ key: c, label: names.concept(c) }))),
		attributes: group((item) =>
			item.fact.attribute === undefined
				? []
				: [
						{
							key: `${item.document}/${item.fact.attribute}`,
							label: names.attribute(item.document, item.fact.attribute)
						}
					]
		),
		lessons: group((item) => [
			{
				key: lesson_key(item.source.document, item.source.lesson),
				label: names.lesson(item.source.document, item.source.lesson)
			}
		])
	};
}

/** A distinction in words: "Scope: Community organizing", "Shared trait", "Term: coalition". */
export function fact_label(item: Item, names: ContentNames): string {
	const { fact } = item;
	const concepts = fact.concepts.map(names.concept);
	switch (fact.kind) {
		case 'value':
			return fact.attribute === undefined
				? concepts.join(', ')
				: `${names.attribute(item.document, fact.attribute)}: ${concepts.length > 1 ? 'every value' : concepts.join('')}`;
		case 'similarity':
			return `Shared by ${names.group(item.document).toLowerCase()}: ${item.prompt ?? item.options.find((o) => o.correct)?.text ?? fact.key}`;
		case 'scenario':
			return `Situation showing ${concepts.join('')}`;
		case 'link':
			return `Counterparts: ${concepts.join(' and ')}`;
		case 'term':
			return `Term: ${item.options.find((o) => o.correct)?.text ?? fact.key}`;
	}
}
