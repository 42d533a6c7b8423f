import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { content_plugin } from './src/lib/server/content_plugin.js';

export default defineConfig({
	plugins: [content_plugin(), sveltekit()],
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
					setupFiles: ['./tests/setup-dom.ts'],
					isolate: false
				}
			}
		]
	}
});
