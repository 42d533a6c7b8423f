import fc from 'fast-check';

/**
 * How many inputs a fuzz test tries. `vitest run` tries {@link QUICK_RUNS}, enough to reach every
 * refusal of a damaged link or result (each fuzz test asserts that most inputs were refused);
 * `npm run test:fuzz`, which CI and `npm test` run, tries {@link FULL_RUNS} over every
 * `*_fuzz.test.ts` file. It says so by Vite's mode (`vitest run --mode fuzz`), not by setting a
 * variable in the command, which only POSIX shells can do (Windows' cmd cannot); FUZZ_RUNS in
 * the environment still sets any other count, in either. 300 rather than 1,000 in `vitest run`:
 * guards removed from the link and result decoders (as mutants) went red, or stayed green, alike
 * at 300 and at 1,000 inputs, and the 700 more cost about a second of every unit run.
 */
export const QUICK_RUNS = 300;
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

/**
 * How many inputs a property test tries whose every input is costly (a page rendered, a file
 * imported, stored and read back): `quick` in `vitest run`, `full` in `npm run test:fuzz` (mode
 * `fuzz`), which runs every `*_fuzz.test.ts` and `*_fuzz.svelte.test.ts` file. Where FUZZ_RUNS
 * would make such a test take minutes, this keeps `vitest run` quick and CI's fuzz run thorough.
 */
export function costly_runs(mode: string, quick: number, full: number): number {
	return mode === FUZZ_MODE ? full : quick;
}

/** Any code point, lone surrogate halves included; read back from a one-code-point string. */
const code_point = fc.integer({ min: 0, max: 0x10ffff }).map(String.fromCodePoint, (unit) => {
	const point = typeof unit === 'string' ? unit.codePointAt(0) : undefined;
	if (point === undefined || String.fromCodePoint(point) !== unit)
		throw new Error('Not one code point');
	return point;
});

/**
 * Text of any code points, lone surrogates included: what `fc.string({ unit: 'binary' })`
 * draws, without its start-up cost. fast-check builds that unit's reverse table of all 1.1
 * million code points the first time a worker uses it (a second or more of CPU per worker, on
 * every unit run); an integer mapped to its code point draws from the same range, with the same
 * bias towards small values.
 */
export function binary_string(constraints: { maxLength: number }): fc.Arbitrary<string> {
	return fc.string({ unit: code_point, ...constraints });
}

/**
 * Whether the tests run under `npm run test:mutation`: vitest.mutation.config.ts sets
 * MUTATION_RUN for its workers. There every mutant runs the tests that reach it again (a
 * generator's mutant about fifty), so a loop over many seeds costs its time once per mutant.
 */
const UNDER_MUTATION = process.env.MUTATION_RUN === '1';

/**
 * How many seeds a test tries: `full` in `vitest run`, `few` under mutation testing, where a
 * mutant that changes what a quiz draws shows on the first seeds as on the twentieth.
 */
export function seed_count(full: number, few = 3): number {
	return UNDER_MUTATION ? Math.min(few, full) : full;
}
