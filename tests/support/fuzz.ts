/**
 * How many inputs a fuzz test tries. `vitest run` tries {@link QUICK_RUNS}, enough to reach every
 * refusal of a damaged link or result (each fuzz test asserts that most inputs were refused);
 * `npm run test:fuzz`, which CI and `npm test` run, tries {@link FULL_RUNS} over every
 * `*_fuzz.test.ts` file. It says so by Vite's mode (`vitest run --mode fuzz`), not by setting a
 * variable in the command, which only POSIX shells can do (Windows' cmd cannot); FUZZ_RUNS in
 * the environment still sets any other count, in either.
 */
export const QUICK_RUNS = 1_000;
export const FULL_RUNS = 10_000;
/** The mode `npm run test:fuzz` runs Vitest in. */
export const FUZZ_MODE = 'fuzz';

/** The count for Vite's `mode` and the FUZZ_RUNS `value` from the environment, if any. */
export function fuzz_runs(mode: string, value: string | undefined): number {
	if (value === undefined || value === '') return mode === FUZZ_MODE ? FULL_RUNS : QUICK_RUNS;
	const runs = Number(value);
	if (!Number.isInteger(runs) || runs < 100)
		throw new Error(`FUZZ_RUNS must be a whole number of 100 or more, not "${value}"`);
	return runs;
}

/** The number of inputs each fuzz test tries (see `fuzz_runs`). */
export const FUZZ_RUNS = fuzz_runs(import.meta.env.MODE, process.env.FUZZ_RUNS);
