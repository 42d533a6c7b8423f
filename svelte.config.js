import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { readFileSync } from 'node:fs';
import { csp_directives } from './src/lib/server/csp_policy.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// Lesson files from mdsvex would otherwise compile in legacy mode, which pulls Svelte's
		// legacy runtime into every page; they use no legacy features, so all files use runes.
		runes: true,
		// mdsvex 0.12 still emits `<script context="module">` for frontmatter; that one
		// deprecation is mdsvex's, not ours, so it is silenced for lesson files only.
		warningFilter: (warning) =>
			!(warning.filename?.endsWith('.md') && warning.code === 'script_context_deprecated')
	},
	vitePlugin: {
		// Test files hold no runes (an effect a test needs comes from tests/support/effect.svelte.ts),
		// so Svelte does not compile the `*.svelte.test.ts` ones as it compiles `.svelte.ts` modules.
		experimental: { compileModule: { exclude: [/\.test\.ts$/] } }
	},
	kit: {
		// The end-to-end tests build into folders of their own (E2E_BUILD), so they never rewrite
		// a site that `npm start` is serving from `build/`.
		adapter: adapter({
			pages: process.env.E2E_BUILD ?? 'build',
			assets: process.env.E2E_BUILD ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		outDir: process.env.E2E_BUILD ? `.svelte-kit-${process.env.E2E_BUILD}` : '.svelte-kit',
		// Set BASE_PATH (e.g. "/mobilize") to serve the site from a sub-folder of a host.
		paths: { base: process.env.BASE_PATH ?? '' },
		// Test-only helpers (fixtures, storage fakes, arbitraries) live outside src/lib so they can
		// never ship; `$testing/<job>` reaches them from Vitest, Vite and svelte-check alike.
		alias: { $testing: 'tests/support' },
		// svelte-check also type-checks the command-line scripts.
		typescript: {
			config: (config) => {
				config.include.push('../scripts/**/*.ts');
			}
		},
		// The styles are small; inlining them saves a render-blocking request on first paint (and
		// lets the quiz be answered from its HTML without waiting for a stylesheet). The app's
		// own stylesheet is about 8.5 KB; the limit leaves it room to grow.
		inlineStyleThreshold: 12288,
		// Measured with `npm run bench -- --pages` (issue 8; a lesson's quiz page; JS gzipped; (a) what
		// its HTML loads before it is hydrated, (b) all it loads with no action, until the network
		// is idle, (c) the same with its first answer checked):
		// - 'split', as now (vite.config.ts: the start entry holds what every page needs at start;
		//   the progress store and a quiz page's engine load once the page is live): (a) 39.8 KB in
		//   6 requests (the HTML, the start and app entries, the layout, error and page nodes), (b)
		//   and (c) 62.7 KB in 9 (the progress store, the quiz's engine with ts-fsrs, and the
		//   engine's stylesheet). The quiz is answerable and checkable from the HTML meanwhile:
		//   checkable 1.27x the plain page here, 1.79x under mobile throttling (5 loads).
		// - 'split' with the quiz's engine and the progress store in the start entry (before issue
		//   8's last change): (a) 51.3 KB in 6, (c) 58.4 KB in 7 (ts-fsrs after the first answer).
		// - 'single': 3 requests, but the whole site (generator, gradebook, lessons) in one 122 KB
		//   file and its stylesheet no longer inlined (render-blocking): checkable 3.9x, 2.0x.
		// - 'inline': 1 request, with 126 KB of script inline in every page and cached nowhere:
		//   checkable 2.2x, 1.4x; hydrated after 3.1 s under mobile throttling rather than 1.9 s.
		// preloadStrategy 'preload-js' changes neither figure. 'split' loads the least JS. Under it a
		// page loads at least SvelteKit's two entries and its layout, error and page nodes (6
		// requests with the HTML; the error node always, SvelteKit fetches it at start). Of the
		// 39.8 KB, Svelte's runtime, SvelteKit's client and devalue are about 31 KB: see the
		// README's Benchmarks.
		output: { bundleStrategy: 'split', preloadStrategy: 'modulepreload' },
		// A strict policy in every page (a <meta> tag, as the pages are prerendered): scripts and
		// styles from the site's own files, and inline ones only by hash: SvelteKit's by its own,
		// app.html's computed here from the file, so editing its script cannot break the policy.
		csp: {
			mode: 'hash',
			directives: csp_directives({ app_html: readFileSync('src/app.html', 'utf8') })
		},
		// Registered by the layout (UpdateNotice.svelte), which also announces a new version.
		// static/_headers is read by the host, never by the browser, so it is not stored offline.
		serviceWorker: {
			register: false,
			files: (file) => file !== '_headers' && !file.endsWith('.DS_Store')
		},
		prerender: {
			entries: ['*', '/quiz-data.json', '/item-ids.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
