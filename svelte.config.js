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
		// Measured with `npm run bench` (issue 8, quiz page): 'split' with what pages need at start
		// in one chunk (vite.config.ts) loads 48 KB (gzip) of JS in 9 requests, ts-fsrs after the
		// first answer included; 'single' makes it 3 requests but puts the whole site, lessons
		// and generator included, in one 88 KB file (and its stylesheet is no longer inlined);
		// 'inline' makes it 1 request with 91 KB of script inline in every page, cached nowhere.
		// preloadStrategy 'preload-js' changes neither figure. 'split' loads the least JS; under
		// 'split' a page needs at least SvelteKit's two entry files, its layout, error and page
		// nodes and the shared chunk (7 requests with the HTML), so 6 or fewer takes 'single' or
		// 'inline'.
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
