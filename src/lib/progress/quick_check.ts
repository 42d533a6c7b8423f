import { derived } from '../quiz/random';
import type { Item, ItemType } from '../quiz/types';
import { DAY, leitner_due } from './schedule';
import type { AnswerRecord, ProgressState, StoredCard } from './schema';
import { at, must } from '../must';

/** Types a learner answers in seconds: five of them fit in under two minutes. */
export const QUICK_TYPES: ItemType[] = [
	'which-concept',
	'true-false',
	'attribute-value',
	'scenario',
	'shared-trait',
	'across'
];

/**
 * Below this stability (days), a fact is barely known: one right answer since it was last
 * missed (Leitner's second box, 1 day; FSRS's first Good, 2.3 days), not yet two.
 */
export const BARELY_KNOWN_DAYS = 3;

/**
 * How much a fact should weigh in a quick check: facts last answered wrong weigh most, then
 * facts never seen, then barely known ones; well-known facts still appear now and then.
 * `records` and `cards` are those of the fact's items, in the same order; an item without a
 * card is judged by its Leitner interval, the stability its carried-over card would have.
 */
export function fact_weight(
	records: readonly (readonly AnswerRecord[])[],
	cards: readonly (StoredCard | undefined)[] = []
) {
	const all = records.flat().sort((a, b) => a.at - b.at);
	const latest = all.at(-1);
	if (!latest) return 3;
	if (!latest.correct) return 6;
	const weakest = Math.min(
		...records.map((item, i) => {
			const last = item.at(-1);
			if (!last) return Infinity;
			return cards[i]?.s ?? ((leitner_due(item) ?? last.at) - last.at) / DAY;
		})
	);
	return weakest < BARELY_KNOWN_DAYS ? 1.5 : 0.5;
}

/**
 * Picks `count` items for a quick check: one per fact, drawn with seeded weighted sampling, at
 * least one from each document when the count allows.
 */
export function pick_quick_check(options: {
	bank: readonly Item[];
	state: ProgressState;
	seed: number;
	count?: number;
}): string[] {
	const { bank, state, seed, count = 5 } = options;
	const random = derived(seed, 'quick-check');
	const by_fact = new Map<string, Item[]>();
	for (const item of bank) {
		if (!QUICK_TYPES.includes(item.type)) continue;
		by_fact.set(item.fact.key, [...(by_fact.get(item.fact.key) ?? []), item]);
	}
	const candidates = [...by_fact.values()].map((items) => ({
		items,
		document: at(items, 0).document,
		weight: fact_weight(
			items.map((item) => state.answers[item.id] ?? []),
			items.map((item) => state.cards?.[item.id])
		)
	}));
	const chosen: Item[] = [];
	const documents = [...new Set(candidates.map((c) => c.document))];
	while (chosen.length < count && candidates.length) {
		const missing = documents.filter((d) => !chosen.some((item) => item.document === d));
		const pool =
			missing.length && count - chosen.length <= missing.length
				? candidates.filter((c) => missing.includes(c.document))
				: candidates;
		const total = pool.reduce((sum, c) => sum + c.weight, 0);
		let target = random() * total;
		// A document still missing has candidates left (only a chosen one leaves), so the pool
		// is never empty.
		let pick = must(pool.at(-1), 'the pool of candidates is not empty');
		for (const candidate of pool) {
			target -= candidate.weight;
			if (target < 0) {
				pick = candidate;
				break;
			}
		}
		candidates.splice(candidates.indexOf(pick), 1);
		chosen.push(at(pick.items, Math.floor(random() * pick.items.length)));
	}
	return chosen.map((item) => item.id);
}
