import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

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
		adapter: adapter({ fallback: '404.html', strict: true }),
		// Set BASE_PATH (e.g. "/mobilize") to serve the site from a sub-folder of a host.
		paths: { base: process.env.BASE_PATH ?? '' },
		// svelte-check also type-checks the command-line scripts.
		typescript: {
			config: (config) => {
				config.include.push('../scripts/**/*.ts');
			}
		},
		// The styles are small; inlining them saves a render-blocking request on first paint.
		inlineStyleThreshold: 8192,
		prerender: {
			entries: ['*', '/quiz-data.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
