/**
 * Whether tests may keep what they made across tests: not under `npm run test:mutation`
 * (vitest.mutation.config.ts sets MUTATION_RUN), where one worker runs the tests again for each
 * mutant without loading the test modules again, so a bank or quiz kept from an earlier run
 * would hide the mutant.
 */
export const KEEP_ACROSS_TESTS = process.env.MUTATION_RUN !== '1';

/**
 * `make(key)`, made the first time a key is asked for and kept: for what several tests read and
 * none changes (a bank, an export), costly enough that making it once per test shows in the run.
 */
export function once_per<K, V>(make: (key: K) => V): (key: K) => V {
	const made = new Map<K, V>();
	return (key) => {
		if (!made.has(key)) made.set(key, make(key));
		return made.get(key) as V;
	};
}
