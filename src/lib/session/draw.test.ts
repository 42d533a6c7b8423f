import { describe, expect, it } from 'vitest';
import { QUICK_TYPES } from '$lib/progress/quick_check';
import { empty_state } from '$lib/progress/schema';
import { build_quiz } from '$lib/quiz/bank';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { content_item_ids, draw_quick_check, draw_review, REVIEW_SIZE } from './draw';

const documents = real_quiz_documents();
const bank = real_bank(1);

describe('draw_review', () => {
	it('asks the most due items, at most a review’s worth', () => {
		const due = bank.slice(0, REVIEW_SIZE + 3).map((item) => ({ item: item.id }));
		const drawn = draw_review({ documents, due, seed: 4 });
		const first = due.slice(0, REVIEW_SIZE).map((card) => card.item);
		expect(drawn.selection).toEqual({ items: first });
		expect(drawn.items.map((item) => item.id).sort()).toEqual([...first].sort());
	});

	it('draws nothing when nothing is due', () => {
		expect(draw_review({ documents, due: [], seed: 4 }).items).toEqual([]);
	});
});

describe('draw_quick_check', () => {
	it('draws five quick items, the same for the same seed and progress', () => {
		const drawn = draw_quick_check({ documents, state: empty_state(), seed: 9 });
		expect(drawn.items).toHaveLength(5);
		expect(drawn.items.every((item) => QUICK_TYPES.includes(item.type))).toBe(true);
		expect(draw_quick_check({ documents, state: empty_state(), seed: 9 })).toEqual(drawn);
		// What a seed link or a resumed attempt draws again for that selection.
		expect(drawn.items).toEqual(build_quiz({ documents, seed: 9, selection: drawn.selection }));
	});
});

describe('content_item_ids', () => {
	it('lists every item the content has, once each', () => {
		const ids = content_item_ids(documents);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual(bank.map((item) => item.id).sort());
	});
});
