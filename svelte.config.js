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
		// The styles are small; inlining them saves a render-blocking request on first paint.
		inlineStyleThreshold: 8192,
		// Measured with `npm run bench` against the others (issue 8): 'single' makes a page 2
		// requests but puts the whole site, lessons and generator included, in one 79 KB (gzip)
		// file; 'inline' repeats that in every page. 'split' with what pages need at start in one
		// chunk (vite.config.ts) loads a quiz page in 8 requests and the least JS.
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
