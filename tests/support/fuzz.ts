/**
 * How many inputs a fuzz test tries. `vitest run` tries {@link QUICK_RUNS}, enough to reach every
 * refusal of a damaged link or result (each fuzz test asserts that most inputs were refused);
 * `npm run test:fuzz`, which CI and `npm test` run, sets FUZZ_RUNS=10000 for the full search over
 * every `*_fuzz.test.ts` file.
 */
export const QUICK_RUNS = 1_000;

function runs_from(value: string | undefined): number {
	if (value === undefined || value === '') return QUICK_RUNS;
	const runs = Number(value);
	if (!Number.isInteger(runs) || runs < 100)
		throw new Error(`FUZZ_RUNS must be a whole number of 100 or more, not "${value}"`);
	return runs;
}

/** The number of inputs each fuzz test tries: FUZZ_RUNS, or {@link QUICK_RUNS}. */
export const FUZZ_RUNS = runs_from(process.env.FUZZ_RUNS);

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
