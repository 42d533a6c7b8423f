import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * What the compile of a module depends on beyond its source, the Vite config (and the files it
 * imports) and the lockfile: Vitest's module cache between runs (`experimental.fsModuleCache`)
 * keys a module on those only. Svelte's and mdsvex's options and SvelteKit's aliases live in
 * svelte.config.js, which the SvelteKit plugin reads itself, and TypeScript's options in the
 * tsconfig files: a change to any of them (say, `runes` in svelte.config.js) must compile again,
 * not serve what an earlier run cached. `.svelte-kit/tsconfig.json` is what `svelte-kit sync`
 * writes from svelte.config.js. (What else svelte.config.js reads, such as app.html, reaches
 * only files SvelteKit generates, which are keyed on their own text.)
 */
export const COMPILE_INPUTS = ['svelte.config.js', 'tsconfig.json', '.svelte-kit/tsconfig.json'];

/**
 * The variables svelte.config.js reads: the base path, and the build folder of the e2e tests.
 * SvelteKit turns them into `define`s, which Vite writes into a server module's code.
 */
export const COMPILE_ENV = ['BASE_PATH', 'E2E_BUILD'];

/**
 * One hash of the files `COMPILE_INPUTS` names under `root` (a file missing counts apart from
 * an empty one) and of the `COMPILE_ENV` variables in `env`.
 */
export function compile_inputs_hash(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const hash = createHash('sha256');
	for (const name of COMPILE_ENV) hash.update(`${name}=${env[name] ?? '(unset)'}\0`);
	for (const file of COMPILE_INPUTS) {
		hash.update(`${file}\0`);
		try {
			hash.update(readFileSync(join(root, file)));
		} catch {
			hash.update('(missing)');
		}
		hash.update('\0');
	}
	return hash.digest('hex');
}

/**
 * Adds {@link compile_inputs_hash} to the key of every module Vitest caches between runs. The
 * files are read when Vitest starts, once: a change to them during a watch run takes a restart,
 * as a change to svelte.config.js does anyway.
 */
export function module_cache_key(root = process.cwd()): Plugin {
	return {
		name: 'mobilize:module-cache-key',
		configureVitest({ experimental_defineCacheKeyGenerator }) {
			const key = compile_inputs_hash(root);
			experimental_defineCacheKeyGenerator(() => key);
		}
	};
}
