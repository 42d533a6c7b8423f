import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { content_plugin } from './src/lib/server/content_plugin.js';
import { scorm_player_plugin } from './src/lib/server/scorm_player_plugin.js';

/**
 * What every page needs at start: Svelte, SvelteKit's client, the layout with the learner's
 * progress, and the quiz as its pages show it. Not the generator or the progress page's
 * reports, which only some pages load, so each stays in a file of its own.
 */
const STARTUP = new RegExp(
	[
		// Every dependency but ts-fsrs, which review.ts imports on demand after an answer, and
		// fflate, which only the teacher's SCORM download loads (ScormDownload.svelte).
		'node_modules/(?!ts-fsrs/|fflate/)',
		'rolldown/runtime',
		'src/routes/\\+layout',
		'src/lib/(download|routing/)',
		'src/lib/components/(quiz/(?!ResultsView)|SiteHeader|Notices)',
		'src/lib/progress/(codec|full|known_items|merge|migrate|progress|schedule|schema|storage)',
		'src/lib/quiz/(attempt|grade|random|seed|typed|types)\\.',
		'src/lib/session/(address|context|query|quiz_session|reason)'
	]
		.map((path) => path.replaceAll('/', '[\\\\/]'))
		.join('|')
);

/**
 * The browser's JS in as few files as SvelteKit allows: what every page needs at start
 * (`STARTUP`) goes into one file, so a page loads that, SvelteKit's two entry files and its
 * own layout, error and page nodes, in parallel (and Rolldown's runtime helpers): 7 files where
 * Rolldown's own splitting made 13. What loads lazily (results, the generator, lesson bodies)
 * stays apart, as does what only some pages use. Not for the server build. The quiz's own code
 * is in that file too: home and lesson pages carry about 6 KB (gzip) they do not run, in return
 * for 3 fewer requests on a quiz page (measured: 8 rather than 11).
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
			if (env.isSsrBuild || !split) return;
			return {
				build: {
					rolldownOptions: {
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

export default defineConfig({
	plugins: [content_plugin(), scorm_player_plugin(), sveltekit(), one_start_chunk()],
	// Prerendering runs in SvelteKit's writeBundle hook, so it always "takes long"; the timing
	// report is noise for a static site whose build is mostly prerendering.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
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
