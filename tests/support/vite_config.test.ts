/**
 * What vite.config.ts gives Vitest, read once here (loading it loads SvelteKit's plugin, about
 * 2 s of CPU): the mode handed to every test project, and the module cache's own key.
 */
import { describe, expect, it } from 'vitest';
import vite_config from '../../vite.config';
import { FUZZ_MODE } from './fuzz';

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
	});
});
