/**
 * Classical item statistics, as Moodle's and Canvas's quiz reports give them, from a score
 * matrix: one row per student, one column per item, each score 0 to 1 (part credit allowed).
 *
 * - facility p: the mean score on the item (the share who got it right, for a 0/1 item);
 * - upper/lower index D: p among the top 27% of students by total minus p among the bottom 27%
 *   (Kelley's groups; Moodle's "discrimination index" and Canvas's "upper/lower" use them);
 * - item–rest point-biserial: Pearson's r between the item's score and the total of the other
 *   items, so the item is not correlated with itself (Moodle's "discriminative efficiency"
 *   family; Canvas reports the uncorrected item–total r, which runs higher on short tests).
 */

/** Kelley's share for the upper and lower groups. */
export const GROUP_SHARE = 0.27;

export interface ItemFigures {
	/** Facility, 0 to 1. */
	p: number;
	/** Upper minus lower group facility, -1 to 1; undefined with fewer than two students. */
	upper_lower: number | undefined;
	/** Item–rest correlation, -1 to 1; undefined where item or rest scores do not vary. */
	point_biserial: number | undefined;
}

/** Figures for every column of `matrix`; `items` says how many columns an empty class has. */
export function item_figures(matrix: readonly (readonly number[])[], items: number): ItemFigures[] {
	const totals = matrix.map((row) => row.reduce((sum, x) => sum + x, 0));
	const upper = group_weights(totals, 'upper');
	const lower = group_weights(totals, 'lower');
	return Array.from({ length: items }, (_, i) => {
		const column = matrix.map((row) => row[i] ?? 0);
		const rest = column.map((x, s) => (totals[s] ?? 0) - x);
		return {
			p: column.length ? mean(column) : 0,
			upper_lower:
				upper && lower ? weighted_mean(column, upper) - weighted_mean(column, lower) : undefined,
			point_biserial: pearson(column, rest)
		};
	});
}

/** The group's size: 27% of the class, at least one student; none below two students. */
export function group_size(students: number) {
	return students < 2 ? 0 : Math.max(1, Math.round(GROUP_SHARE * students));
}

/**
 * Each student's weight in the upper (or lower) group. Students tied at the group's edge share
 * its last places equally, so the figures do not depend on the order students were imported
 * (a sort would put one tied student in and leave the other out, arbitrarily).
 */
export function group_weights(totals: readonly number[], which: 'upper' | 'lower') {
	const n = group_size(totals.length);
	if (n === 0) return undefined;
	const sign = which === 'upper' ? 1 : -1;
	const sorted = [...totals].sort((a, b) => sign * (b - a));
	const edge = sorted[n - 1] ?? 0;
	const beyond = totals.filter((t) => sign * (t - edge) > 0).length;
	const at_edge = totals.filter((t) => t === edge).length;
	const share = (n - beyond) / at_edge;
	return totals.map((t) => (sign * (t - edge) > 0 ? 1 : t === edge ? share : 0));
}

export function mean(values: readonly number[]) {
	return values.reduce((sum, x) => sum + x, 0) / values.length;
}

function weighted_mean(values: readonly number[], weights: readonly number[]) {
	let sum = 0;
	let weight = 0;
	values.forEach((x, i) => {
		const w = weights[i] ?? 0;
		sum += w * x;
		weight += w;
	});
	return sum / weight;
}

/** Pearson's r, or undefined where either list does not vary (r is then not defined). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | undefined {
	if (xs.length < 2) return undefined;
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	xs.forEach((x, i) => {
		const dx = x - mx;
		const dy = (ys[i] ?? 0) - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	});
	// Sums of squares within rounding of zero mean no variation, not a huge correlation.
	if (sxx < 1e-12 || syy < 1e-12) return undefined;
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
