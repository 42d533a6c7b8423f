import { describe, expect, it } from 'vitest';
import { costly_runs, FUZZ_MODE, fuzz_runs } from './fuzz';

describe('how many inputs a fuzz test tries', () => {
	it('is 10,000 in `npm run test:fuzz` (mode fuzz) and 300 in `vitest run`', () => {
		expect(fuzz_runs(FUZZ_MODE, undefined)).toBe(10_000);
		expect(fuzz_runs('test', undefined)).toBe(300);
		expect(fuzz_runs('test', '')).toBe(300);
	});

	it('is FUZZ_RUNS from the environment in either mode, if set', () => {
		expect(fuzz_runs('test', '250')).toBe(250);
		expect(fuzz_runs(FUZZ_MODE, '50000')).toBe(50_000);
		for (const bad of ['99', '1e2.5', 'many', '-1000'])
			expect(() => fuzz_runs('test', bad)).toThrow(
				`FUZZ_RUNS must be a whole number of 100 or more, not "${bad}"`
			);
	});

	it('is the full count of a costly property test in `npm run test:fuzz`, the quick one otherwise', () => {
		expect(costly_runs(FUZZ_MODE, 100, 1_000)).toBe(1_000);
		expect(costly_runs('test', 100, 1_000)).toBe(100);
	});
});
