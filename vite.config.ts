import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { content_plugin } from './src/lib/server/content_plugin.js';
import { scorm_player_plugin } from './src/lib/server/scorm_player_plugin.js';

/**
 * What every page needs at start: Svelte, SvelteKit's client and the packages they run on, the
 * layout with the learner's progress, and the quiz as its pages show it. Packages are named, not
 * matched as `node_modules/`: a group takes every matching module of the whole app, so that
 * put the teacher's QR code (uqr), the gradebook's IndexedDB (idb-keyval) and valibot (checks
 * of links and files) in every page, 6.6 KB (gzip) a quiz page never runs. ts-fsrs stays out
 * too: review.ts imports it after an answer. Not the generator or the progress page's reports,
 * which only some pages load, so each stays in a file of its own.
 */
const STARTUP = new RegExp(
	[
		'node_modules/(svelte|@sveltejs/kit|devalue|clsx|esm-env)/',
		'rolldown/runtime',
		'src/routes/\\+layout',
		'src/lib/(download|routing/)',
		'src/lib/components/(quiz/(?!ResultsView)|SiteHeader|Notices)',
		'src/lib/progress/(codec|full|known_items|merge|migrate|problems|progress|schedule|schema|settle|storage)',
		'src/lib/quiz/(attempt|grade|random|seed|typed|types)\\.',
		'src/lib/session/(address|context|query|quiz_session|reason)'
	]
		.map((path) => path.replaceAll('/', '[\\\\/]'))
		.join('|')
);

/**
 * The browser's JS in as few files as SvelteKit allows: what every page needs at start
 * (`STARTUP`) goes into SvelteKit's start entry itself, so a page loads that, the `app` entry
 * and its own layout, error and page nodes, in parallel: a quiz page's 5 files at start, where
 * Rolldown's own splitting made 20. SvelteKit asks for entries that export exactly their module's exports
 * (`preserveEntrySignatures: 'strict'`), which made the start entry a 78-byte file re-exporting
 * the group, and Rolldown's runtime helpers a file of their own; 'allow-extension' lets the
 * entry be the group (it keeps its own exports, SvelteKit calls them) and saves both requests.
 * What loads lazily (results, the generator, lesson bodies, ts-fsrs) stays apart, as does what
 * only some pages use. Not for the server build. The quiz's own code is in that file too: home
 * and lesson pages carry code they do not run, in return for fewer requests on a quiz page.
 * Figures: svelte.config.js (`output`) and the README's Benchmarks.
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
								groups: [{ name: 'app', test: STARTUP }]
							}
						}
					}
				}
			};
		}
	};
}

const config = defineConfig({
	plugins: [content_plugin(), scorm_player_plugin(), sveltekit(), one_start_chunk()],
	// Prerendering runs in SvelteKit's writeBundle hook, so it always "takes long"; the timing
	// report is noise for a static site whose build is mostly prerendering.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		expect: { requireAssertions: true },
		// Learners read times on their own clock (progress/problems.ts); tests that quote one
		// read it in UTC on every machine, and those about the clock set a zone of their own.
		env: { TZ: 'UTC' },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					// Files share a worker's modules: the content is read and parsed once per worker,
					// not once per file. No node test mocks a module or leaves global state behind.
					isolate: false
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'dom',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					exclude: ['src/**/*_offline.svelte.test.ts'],
					setupFiles: ['./tests/setup_dom.ts'],
					isolate: false
				}
			},
			{
				// A test that mocks a module the others load for real needs a module graph of its own.
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'dom-isolated',
					environment: 'jsdom',
					include: ['src/**/*_offline.svelte.test.ts'],
					setupFiles: ['./tests/setup_dom.ts']
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
