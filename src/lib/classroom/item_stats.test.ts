import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { group_size, group_weights, item_figures, pearson } from './item_stats';
import { WORKED } from '$testing/worked_example';

describe('item figures of the worked example', () => {
	const figures = item_figures(WORKED, 4);

	it('give each item the facility computed by hand', () => {
		expect(figures.map((f) => f.p)).toEqual([0.6, 0.9, 0.3, 0.2]);
	});

	it('give the upper/lower index computed by hand', () => {
		const expected = [1, 1 / 3, 0, 2 / 3];
		figures.forEach((f, i) => expect(f.upper_lower).toBeCloseTo(expected[i]!, 10));
	});

	it('give the item–rest point-biserial computed by hand', () => {
		const expected = [0.25, 0.1 / 2.1, -2.1 / Math.sqrt(17.01), 0.4 / 2.4];
		figures.forEach((f, i) => expect(f.point_biserial).toBeCloseTo(expected[i]!, 10));
		expect(figures[2]!.point_biserial).toBeCloseTo(-0.5092, 4);
	});
});

describe('upper and lower groups', () => {
	it('are 27% of the class, rounded, at least one, and none below two students', () => {
		expect([0, 1, 2, 4, 10, 30, 100].map(group_size)).toEqual([0, 0, 1, 1, 3, 8, 27]);
	});

	it('share the last places among students tied at the edge', () => {
		// 4 students, groups of 1: two tie on top with 2, so each is half of the upper group.
		expect(group_weights([2, 2, 1, 0], 'upper')).toEqual([0.5, 0.5, 0, 0]);
		expect(group_weights([2, 2, 1, 0], 'lower')).toEqual([0, 0, 0, 1]);
		// 10 students, groups of 3: one above the edge, three tied at it for the two places left.
		expect(group_weights([5, 4, 4, 4, 1, 1, 1, 1, 1, 0], 'upper')).toEqual([
			1,
			2 / 3,
			2 / 3,
			2 / 3,
			0,
			0,
			0,
			0,
			0,
			0
		]);
	});

	it('make a class where everyone scores the same discriminate not at all', () => {
		const figures = item_figures(
			[
				[1, 0],
				[0, 1],
				[1, 0]
			],
			2
		);
		// Totals are all 1: the upper and lower groups weigh every student alike, so D is 0. The
		// rest (1 − item) falls exactly as the item rises: r is −1, the classic artefact of a
		// two-item test, which the upper/lower index does not share.
		expect(figures.map((f) => f.upper_lower)).toEqual([0, 0]);
		expect(figures.map((f) => f.point_biserial)).toEqual([-1, -1]);
	});

	it('leave the point-biserial undefined for an item everyone got right', () => {
		const figures = item_figures(
			[
				[1, 1],
				[1, 0],
				[1, 1]
			],
			2
		);
		expect(figures[0]).toEqual({ p: 1, upper_lower: 0, point_biserial: undefined });
	});
});

describe('item figures, for any class', () => {
	const matrix = fc
		.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 40 }))
		.chain(([items, students]) =>
			fc.array(fc.array(fc.constantFrom(0, 0.5, 1), { minLength: items, maxLength: items }), {
				minLength: students,
				maxLength: students
			})
		);

	it('keep p in [0, 1], D and the point-biserial in [-1, 1]', () => {
		fc.assert(
			fc.property(matrix, (m) => {
				for (const f of item_figures(m, m[0]?.length ?? 0)) {
					expect(f.p).toBeGreaterThanOrEqual(0);
					expect(f.p).toBeLessThanOrEqual(1);
					if (f.upper_lower !== undefined)
						expect(Math.abs(f.upper_lower)).toBeLessThanOrEqual(1 + 1e-12);
					if (f.point_biserial !== undefined)
						expect(Math.abs(f.point_biserial)).toBeLessThanOrEqual(1);
				}
			})
		);
	});

	it('do not change when the students come in another order', () => {
		fc.assert(
			fc.property(
				matrix.chain((m) =>
					fc.tuple(fc.constant(m), fc.shuffledSubarray(m, { minLength: m.length }))
				),
				([m, shuffled]) => {
					const items = m[0]?.length ?? 0;
					const a = item_figures(m, items);
					const b = item_figures(shuffled, items);
					a.forEach((f, i) => {
						expect(b[i]!.p).toBeCloseTo(f.p, 10);
						if (f.upper_lower === undefined) expect(b[i]!.upper_lower).toBeUndefined();
						else expect(b[i]!.upper_lower).toBeCloseTo(f.upper_lower, 10);
						if (f.point_biserial === undefined) expect(b[i]!.point_biserial).toBeUndefined();
						else expect(b[i]!.point_biserial).toBeCloseTo(f.point_biserial, 10);
					});
				}
			)
		);
	});

	it('make the groups as large as 27% of the class, ties or not', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 60 }),
				(totals) => {
					for (const which of ['upper', 'lower'] as const) {
						const weights = group_weights(totals, which)!;
						expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(group_size(totals.length), 10);
					}
				}
			)
		);
	});
});

describe('pearson', () => {
	it('is 1 for a line, -1 for a falling one, and undefined without variation', () => {
		expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
		expect(pearson([1, 1, 1], [1, 2, 3])).toBeUndefined();
		expect(pearson([1], [1])).toBeUndefined();
	});
});
