import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { QuickFirstSequencer } from './tests/support/quick_first_sequencer';

/**
 * The unit tests of the folders `npm run test:mutation` mutates (see stryker.config.json), for
 * Stryker's vitest runner. Left out, because instrumented code runs them for minutes: the
 * many-seed gate pass (each gate has its own small test in gates.test.ts) and the property test
 * over generated progress files (codec, merge and storage have their own tests).
 * MUTATION_FOLDERS (e.g. `session` or `quiz,progress`) narrows the tests to some folders, for a
 * run that mutates only those: `MUTATION_FOLDERS=session npx stryker run --mutate ...`.
 * MUTATION_TESTS (a glob) narrows them further, for a quick look at one file's mutants with
 * its own tests: the score it gives is a lower bound, as the folder's other tests may kill more.
 */
// `vitest run` sets TEST before it loads any config; Stryker's runner calls createVitest()
// directly, which does not. SvelteKit's server-only import guard is off only when TEST is set,
// so without it the dom project fails on the test fixtures that read content/ through
// $lib/server ("An impossible situation occurred").
process.env.TEST = 'true';

const folders = process.env.MUTATION_FOLDERS ?? 'quiz,progress,session';
const glob = folders.includes(',') ? `{${folders}}` : folders;
/** The unit tests of the mutated folders whose names end in `ending`, or none under MUTATION_TESTS. */
const tests = (ending: string) =>
	process.env.MUTATION_TESTS ? 'none' : `src/lib/${glob}/**/${ending}`;
/** The state-class tests that need a document, localStorage or storage events: happy-dom's. */
const DOM_TESTS = [
	'src/lib/progress/progress.svelte.test.ts',
	'src/lib/progress/progress_state.svelte.test.ts'
].filter((file) => folders.split(',').some((folder) => file.startsWith(`src/lib/${folder}/`)));

/**
 * Vitest's module cache between runs, which vite.config.ts turns on, off in each project (a
 * project keeps what it extends over the root's setting): Stryker's sandbox is a new folder
 * each run, part of every cached module's key, so the cache would only grow in node_modules.
 */
const NO_MODULE_CACHE = { fsModuleCache: false };

export default defineConfig({
	test: {
		sequence: { sequencer: QuickFirstSequencer },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					experimental: NO_MODULE_CACHE,
					environment: 'node',
					// Instrumented code on a shared machine runs several times slower than usual.
					testTimeout: 30_000,
					// Loops over many seeds try a few (tests/support/fuzz.ts, seed_count).
					env: { MUTATION_RUN: '1' },
					// As in `vitest run`: files share a worker's modules, so a mutant's tests read and
					// parse the content once, not once per test file.
					isolate: false,
					setupFiles: ['./tests/support/mutation_setup.ts'],
					include: [process.env.MUTATION_TESTS ?? `src/lib/${glob}/**/*.test.ts`],
					exclude: [
						'src/**/*.svelte.test.ts',
						// Times on the learner's clock need a process on a zone of its own (vite.config.ts,
						// the clock project); Stryker's runner has worker threads, on UTC.
						'src/**/*.clock.test.ts',
						'src/lib/quiz/gates_seeds.test.ts',
						'src/lib/progress/progress_files_fuzz.test.ts'
					]
				}
			},
			{
				extends: './vite.config.ts',
				// Its automatic clean-up is a set-up file it names by an absolute path, which Stryker's
				// sandbox cannot load; these tests render no component, so there is nothing to clean.
				plugins: [svelteTesting({ autoCleanup: false })],
				test: {
					// State classes (*.svelte.ts) with Svelte's browser build, in node: jsdom's set-up took
					// 3 to 9 s of every mutant's run here. tests/support/runes_env.ts gives them the little
					// of a page they touch; the tests that need a document or localStorage stay in a DOM.
					name: 'runes',
					experimental: NO_MODULE_CACHE,
					environment: 'node',
					testTimeout: 30_000,
					env: { MUTATION_RUN: '1' },
					isolate: false,
					include: [tests('*.svelte.test.ts')],
					// A test that mocks a module the others load for real mocks it inside the test
					// (vi.doMock), so it shares this project's module graph too.
					exclude: DOM_TESTS,
					setupFiles: ['./tests/support/runes_env.ts', './tests/support/mutation_setup.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting({ autoCleanup: false })],
				test: {
					name: 'dom',
					experimental: NO_MODULE_CACHE,
					environment: 'happy-dom',
					testTimeout: 30_000,
					env: { MUTATION_RUN: '1' },
					// As in `vitest run`: one DOM and one module graph for all files of a run, not one
					// per file; each mutant's run would otherwise set up the DOM and read the content again.
					isolate: false,
					include: process.env.MUTATION_TESTS || !DOM_TESTS.length ? ['none'] : DOM_TESTS,
					setupFiles: ['./tests/setup_dom.ts', './tests/support/mutation_setup.ts']
				}
			}
		]
	}
});
