import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { content_plugin } from './src/lib/server/content_plugin.js';
import { module_cache_key } from './tests/support/module_cache_key.js';
import { scorm_player_plugin } from './src/lib/server/scorm_player_plugin.js';

/**
 * What every page needs at start, in SvelteKit's start entry (see `one_start_chunk`): Svelte,
 * SvelteKit's client and the packages they run on, the layout (header, the learner's progress
 * as reactive state, the update notice, what loads Notices or says a storage problem
 * plainly when Notices cannot load) and a quiz page's quiz as its HTML shows it
 * (StaticQuiz). Packages are named, not matched as `node_modules/`: a group takes every matching
 * module of the whole app, so that put the teacher's QR code (uqr), the gradebook's IndexedDB
 * (idb-keyval) and valibot in every page. Svelte's reactive collections (`svelte/reactivity`,
 * the teacher's pages) stay out for the same reason. What Svelte's compiled code reaches through
 * its runtime's index stays in whatever is matched, so a Svelte feature used on any page (a
 * `select` or size binding) costs every page: the app uses none of those two.
 */
const STARTUP = group([
	'node_modules/(?!svelte/src/reactivity/)(svelte|@sveltejs/kit|devalue|clsx|esm-env)/',
	'rolldown/runtime',
	'src/routes/\\+layout',
	'src/lib/routing/',
	'src/lib/components/(quiz/(QuizPage|StaticQuiz|StaticQuestion|StaticOptions|QuizHead|EarlyCheck)|SiteHeader|UpdateNotice|ProgressNotices)\\.',
	'src/lib/progress/(empty|progress)\\.',
	'src/lib/quiz/types\\.',
	// Whether the address names a quiz (QuizPage hides the page's own quiz until the engine).
	'src/lib/session/query\\.'
]);

/**
 * What every page loads once it has started, in one file: the learner's stored progress
 * (reading, checking, repairing, migrating, merging and writing it; see `create_progress`), the
 * list of current items for the review count, and the watch for a new version of the site
 * (UpdateNotice). What says a storage problem (Notices) loads only when there is one, with its
 * stylesheet: here, that would be one more request on every page.
 */
const AFTER_START = group([
	'src/lib/progress/(codec|full|known_items|local_store|merge|migrate|problems|schedule|schema|settle|storage)\\.',
	'src/lib/(download|offline/updates)\\.'
]);

/**
 * The quiz's engine, in one file: what grades, saves and resumes a quiz (the quiz session, its
 * views, the review scheduler ts-fsrs). A quiz page loads it as soon as it is live, after its
 * start (QuizPage.svelte), so that nothing more loads after the first answer; review, quick
 * check and assignments, which have no quiz in their HTML, load it with the page. Home and
 * lesson pages never load it.
 */
const ENGINE = group([
	'node_modules/ts-fsrs/',
	'src/lib/components/quiz/(QuizRunner|QuestionView|OptionList|early_answer|engine)\\.',
	'src/lib/progress/(carry_over|review)\\.',
	'src/lib/quiz/(attempt|grade|random|seed|typed)\\.',
	'src/lib/session/(address|context|quiz_documents|quiz_session|reason)\\.'
]);

/** Paths as one pattern that matches with either kind of slash. */
function group(paths: string[]) {
	return new RegExp(paths.map((path) => path.replaceAll('/', '[\\\\/]')).join('|'));
}

/**
 * The browser's JS in as few files as SvelteKit allows: what every page needs at start
 * (`STARTUP`) goes into SvelteKit's start entry itself, so a page loads that, the `app` entry
 * and its own layout, error and page nodes, in parallel: a quiz page's 5 files at start, where
 * Rolldown's own splitting made 20. SvelteKit asks for entries that export exactly their
 * module's exports (`preserveEntrySignatures: 'strict'`), which made the start entry a 78-byte
 * file re-exporting the group, and Rolldown's runtime helpers a file of their own;
 * 'allow-extension' lets the entry be the group (it keeps its own exports, SvelteKit calls them)
 * and saves both requests. After start every page loads one more file (`AFTER_START`) and a quiz
 * page one more (`ENGINE`); what loads later (results, the generator, lesson bodies) stays
 * apart, as does what only some pages use. Not for the server build. Figures: svelte.config.js
 * (`output`) and the README's Benchmarks.
 */
function one_start_chunk(): Plugin {
	return {
		name: 'mobilize:one-start-chunk',
		apply: 'build',
		config(config, env) {
			// SvelteKit's 'single' and 'inline' bundle strategies turn code splitting off: no chunks.
			const output = config.build?.rollupOptions?.output;
			const split =
				Array.isArray(output) || (output as { codeSplitting?: unknown })?.codeSplitting !== false;
			// SvelteKit builds the server in the first `vite build` (its plugin sets `build.ssr`;
			// `isSsrBuild` stays false there) and the browser's files in a second one.
			if (env.isSsrBuild || config.build?.ssr || !split) return;
			return {
				build: {
					rolldownOptions: {
						preserveEntrySignatures: 'allow-extension',
						output: {
							codeSplitting: {
								groups: [
									{ name: 'app', test: STARTUP },
									{ name: 'after-start', test: AFTER_START },
									{ name: 'quiz-engine', test: ENGINE }
								]
							}
						}
					}
				}
			};
		}
	};
}

/**
 * One test worker per core. Vitest's default for `vitest run` is one fewer than the cores, which
 * on a 2-core machine is a single worker and nearly doubles the run's time. Set on each project,
 * not on the root: a config that extends this file (vitest.mutation.config.ts, whose Stryker
 * runner asks for one worker) would otherwise inherit it per project, where it wins.
 */
const WORKERS = '100%';

// Learners read times on their own clock (progress/problems.ts). Tests that quote one read it in
// UTC on every machine: the zone of this process, which the test threads it starts keep (a
// thread cannot take a zone of its own). The clock project's tests run on a zone of their own.
if (process.env.VITEST) process.env.TZ = 'UTC';

const config = defineConfig({
	plugins: [
		content_plugin(),
		scorm_player_plugin(),
		sveltekit(),
		one_start_chunk(),
		module_cache_key()
	],
	// Prerendering runs in SvelteKit's writeBundle hook, so it always "takes long"; the timing
	// report is noise for a static site whose build is mostly prerendering.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	// Svelte out of Vite's dependency optimizer in Vitest's own environment (`__vitest__`), which
	// leaves it nothing to bundle. Vitest turns the optimizer off in the environments tests run in,
	// but not in that one, where vite-plugin-svelte asks it to bundle every Svelte entry, the
	// compiler's 1.7 MB among them: 1-2 s of CPU on a fresh clone, for files no test loads.
	...(process.env.VITEST
		? { environments: { __vitest__: { optimizeDeps: { exclude: ['svelte'] } } } }
		: {}),
	test: {
		expect: { requireAssertions: true },
		// Compiled modules are kept between runs (in node_modules/.experimental-vitest-cache, which
		// `npm ci` removes), keyed on each module's source, the config, the lockfile and what
		// `module_cache_key` adds: what the compile reads besides. A second run skips most of
		// Vite's transforms; figures in the README (Tests).
		experimental: { fsModuleCache: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					pool: 'threads',
					maxWorkers: WORKERS,
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/**/*.clock.test.ts'],
					// Files share a worker's modules: the content is read and parsed once per worker,
					// not once per file. No node test mocks a module or leaves global state behind.
					isolate: false
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					// Times on the learner's clock, in a zone that is not UTC: a process started on it.
					// A worker thread keeps the zone its process has when it starts, whatever TZ it sets.
					name: 'clock',
					environment: 'node',
					pool: 'forks',
					maxWorkers: WORKERS,
					env: { TZ: 'America/St_Johns' },
					include: ['src/**/*.clock.test.ts'],
					isolate: false
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				// Svelte's runtime loaded by Node itself, in its browser build (Vitest hands workers
				// svelteTesting's `browser` condition), not compiled by Vite module by module: about a
				// hundred modules fewer to transform on a fresh clone and to evaluate in each worker.
				ssr: { external: ['svelte'] },
				test: {
					name: 'dom',
					// happy-dom: set up in a fifth of jsdom's time, and its queries and events are cheaper.
					environment: 'happy-dom',
					pool: 'threads',
					maxWorkers: WORKERS,
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./tests/setup_dom.ts'],
					isolate: false
				}
			}
		]
	}
});

/**
 * Vite's mode (`vitest run --mode fuzz`, as `npm run test:fuzz` runs it) handed to each test
 * project, which Vitest would otherwise start in mode `test`: the fuzz tests read it
 * (`$testing/fuzz`) to try 10,000 inputs each. A mode rather than a variable set in the npm
 * script, which only POSIX shells can do.
 */
export default defineConfig(({ mode }) => ({
	...config,
	test: {
		...config.test,
		projects: config.test?.projects?.map((project) =>
			typeof project === 'object' && !('then' in project) ? { ...project, mode } : project
		)
	}
}));
