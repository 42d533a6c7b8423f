// @ts-check
/**
 * Mutation testing of the domain and session layers: `npm run test:mutation` (not run in CI).
 * Incremental: results are kept in reports/ (gitignored) and only changed code and tests are
 * tested again; `npx stryker run --force` starts afresh.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
	testRunner: 'vitest',
	// Related-file lookup is off: it missed test files that import through `$lib`.
	vitest: { configFile: 'vitest.mutation.config.ts', related: false },
	mutate: [
		'src/lib/quiz/**/*.ts',
		'src/lib/progress/**/*.ts',
		'src/lib/session/**/*.ts',
		'!src/**/*.test.ts',
		'!src/**/*.d.ts',
		// Rune modules are tested in the jsdom project, which fails to load under Stryker's vitest
		// instance here (SvelteKit's server-only import guard throws "An impossible situation
		// occurred" on the shared test fixtures); their mutants would all count as uncovered.
		'!src/**/*.svelte.ts',
		// SvelteKit's shallow routing, which only a browser has: covered by the e2e tests.
		'!src/lib/session/address.ts'
	],
	coverageAnalysis: 'perTest',
	// Other work shares this machine's two cores.
	concurrency: 2,
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	// Mutants only module loading reaches would each need every test run again.
	ignoreStatic: true,
	timeoutMS: 5000,
	thresholds: { high: 90, low: 80, break: 80 },
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always'
};
