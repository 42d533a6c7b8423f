import { performance } from 'node:perf_hooks';
import { at } from '../../src/lib/must';

export function median(values: readonly number[]): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? at(sorted, middle) : (at(sorted, middle - 1) + at(sorted, middle)) / 2;
}

/** Figures from repeated runs of one task: the median and the spread, in milliseconds. */
export interface Timing {
	median_ms: number;
	min_ms: number;
	max_ms: number;
	runs: number;
}

export function summarize(samples: readonly number[]): Timing {
	return {
		median_ms: round(median(samples)),
		min_ms: round(Math.min(...samples)),
		max_ms: round(Math.max(...samples)),
		runs: samples.length
	};
}

/**
 * Times `task` `runs` times after one warm-up run (so the JIT and caches are warm, as in a page
 * that has been open a moment), stopping early once `budget_ms` is spent but never below 3 runs:
 * a slow case still finishes in bounded time.
 */
export function time_runs(task: () => void, options: { runs: number; budget_ms: number }): Timing {
	task();
	const samples: number[] = [];
	const start = performance.now();
	while (samples.length < options.runs) {
		const before = performance.now();
		task();
		samples.push(performance.now() - before);
		if (samples.length >= 3 && performance.now() - start > options.budget_ms) break;
	}
	return summarize(samples);
}

export function round(value: number, digits = 2) {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
