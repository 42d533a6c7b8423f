// @ts-check
/**
 * Mutation testing of the domain and session layers: `npm run test:mutation` (not run in CI).
 * Incremental: results are kept in reports/ (gitignored) and only changed code and tests are
 * tested again; `npx stryker run --force` starts afresh.
 * MUTATION_FOLDERS (e.g. `quiz` or `progress,session`) mutates only those folders, runs only
 * their tests (vitest.mutation.config.ts reads it too) and keeps their results and reports
 * apart, so one folder at a time can be measured on a shared machine.
 */
const folders = (process.env.MUTATION_FOLDERS ?? 'quiz,progress,session').split(',');
const name = process.env.MUTATION_FOLDERS ? folders.join('-') : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	// Related-file lookup is off: it missed test files that import through `$lib`.
	vitest: { configFile: 'vitest.mutation.config.ts', related: false },
	mutate: [
		...folders.map((folder) => `src/lib/${folder}/**/*.ts`),
		'!src/**/*.test.ts',
		'!src/**/*.d.ts',
		// SvelteKit's shallow routing, which only a browser has: covered by the e2e tests.
		'!src/lib/session/address.ts'
	],
	coverageAnalysis: 'perTest',
	// Other work shares this machine's two cores.
	concurrency: 2,
	incremental: true,
	incrementalFile: `reports/stryker-incremental-${name}.json`,
	// Mutants only module loading reaches would each need every test run again.
	ignoreStatic: true,
	// A run that takes this much longer than the dry run counts as a timeout, and its test runner
	// (a whole vitest instance) is started again: on a loaded machine 5 s gave false timeouts.
	timeoutMS: 20000,
	thresholds: { high: 90, low: 80, break: 80 },
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: `reports/mutation/${name}.html` },
	jsonReporter: { fileName: `reports/mutation/${name}.json` },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always'
};
