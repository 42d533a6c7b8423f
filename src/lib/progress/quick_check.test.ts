import { describe, expect, it } from 'vitest';
import { answer_record, state_with } from '$testing/progress';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { fact_weight, pick_quick_check, QUICK_TYPES } from './quick_check';
import { empty_state } from './schema';

const docs = real_quiz_documents();
const bank = real_bank(1);

describe('fact_weight', () => {
	it('weighs a fact last missed most, then one never seen, then one barely known, then one well known', () => {
		const missed = fact_weight([[answer_record(true, 1), answer_record(false, 2)]]);
		const unseen = fact_weight([[]]);
		const once = fact_weight([[answer_record(true, 1)]]);
		const well = fact_weight([
			[answer_record(true, 1), answer_record(true, 2), answer_record(true, 3)]
		]);
		expect(missed).toBeGreaterThan(unseen);
		expect(unseen).toBeGreaterThan(once);
		expect(once).toBeGreaterThan(well);
	});
});

describe('fact_weight with FSRS cards', () => {
	it('judges a right answer by the item’s stored card, before the box its answers carry over', () => {
		const once = [[answer_record(true, 1)]];
		const card = { due: 2, last: 1, s: 8, d: 5, reps: 1, lapses: 0, state: 2 as const, step: 0 };
		expect(fact_weight(once, [card])).toBe(
			fact_weight([[1, 2, 3].map((at) => answer_record(true, at))])
		);
		expect(fact_weight(once, [{ ...card, s: 2.9 }])).toBe(fact_weight(once));
	});
});

describe('pick_quick_check', () => {
	it('draws one item from each document when the count is just enough, for any seed', () => {
		const document_of = new Map(bank.map((item) => [item.id, item.document]));
		const documents = new Set(bank.map((item) => item.document));
		for (let seed = 1; seed <= 30; seed++) {
			const ids = pick_quick_check({ bank, state: empty_state(), seed, count: documents.size });
			expect(new Set(ids.map((id) => document_of.get(id))), `seed ${seed}`).toEqual(documents);
		}
	});

	it('picks five quick items, one per fact, from every document', () => {
		for (const seed of [1, 2, 3, 40, 500]) {
			const ids = pick_quick_check({ bank, state: empty_state(), seed });
			const items = ids.map((id) => bank.find((item) => item.id === id)!);
			expect(items).toHaveLength(5);
			expect(items.every((item) => QUICK_TYPES.includes(item.type))).toBe(true);
			expect(new Set(items.map((item) => item.fact.key)).size).toBe(5);
			expect(new Set(items.map((item) => item.document))).toEqual(new Set(docs.map((d) => d.slug)));
		}
	});

	it('is the same for the same seed and state', () => {
		expect(pick_quick_check({ bank, state: empty_state(), seed: 9 })).toEqual(
			pick_quick_check({ bank, state: empty_state(), seed: 9 })
		);
	});

	it('leans toward facts the learner missed', () => {
		// Miss every item of a few facts; over many seeds they should come up far more often
		// than their share of the pool.
		const quick = bank.filter((item) => QUICK_TYPES.includes(item.type));
		const facts = [...new Set(quick.map((item) => item.fact.key))];
		const missed = new Set(facts.slice(0, 10));
		const state = state_with(
			Object.fromEntries(
				quick
					.filter((item) => missed.has(item.fact.key))
					.map((item) => [item.id, [answer_record(false, 1)]])
			)
		);
		let hits = 0;
		const seeds = 200;
		for (let seed = 1; seed <= seeds; seed++) {
			const ids = pick_quick_check({ bank, state, seed });
			hits += ids.filter((id) => missed.has(bank.find((item) => item.id === id)!.fact.key)).length;
		}
		const share = hits / (seeds * 5);
		expect(share).toBeGreaterThan((missed.size / facts.length) * 1.5);
	});
});
