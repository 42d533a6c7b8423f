/**
 * What vite.config.ts gives Vitest: the mode handed to every test project, and the module
 * cache's own key. SvelteKit's and Svelte's Vite plugins are stood in for by named stubs:
 * loading them costs about 2 s of CPU, and nothing here reads what they do. The config (and the
 * SCORM player's plugin it loads) stays in this worker's module cache built on the stubs; no
 * other test file loads either, and the stubs are withdrawn for every later import.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { UserConfigFnObject } from 'vite';
import { FUZZ_MODE } from './fuzz';

let vite_config: UserConfigFnObject;

beforeAll(async () => {
	vi.doMock('@sveltejs/kit/vite', () => ({ sveltekit: () => ({ name: 'stub:sveltekit' }) }));
	vi.doMock('@sveltejs/vite-plugin-svelte', () => ({ svelte: () => ({ name: 'stub:svelte' }) }));
	try {
		vite_config = (await import('../../vite.config')).default;
	} finally {
		vi.doUnmock('@sveltejs/kit/vite');
		vi.doUnmock('@sveltejs/vite-plugin-svelte');
	}
});

describe('the Vite config the tests run under', () => {
	it('hands `--mode fuzz` to every test project: the fuzz tests read it', () => {
		for (const mode of [FUZZ_MODE, 'test']) {
			const config = vite_config({ mode, command: 'serve' });
			const projects = config.test?.projects ?? [];
			expect(projects.length, mode).toBeGreaterThan(0);
			for (const project of projects)
				expect(typeof project === 'object' && 'mode' in project && project.mode, mode).toBe(mode);
		}
	});

	it('keys the module cache on what the compile reads besides, wherever the cache is on', () => {
		const config = vite_config({ mode: 'test', command: 'serve' });
		expect(config.test?.experimental?.fsModuleCache).toBe(true);
		const names = (config.plugins ?? [])
			.flat()
			.map((plugin) =>
				plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : undefined
			);
		expect(names).toContain('mobilize:module-cache-key');
		// The stubs stood in for the real plugins: this file was the first to load the config.
		expect(names).toContain('stub:sveltekit');
	});
});
