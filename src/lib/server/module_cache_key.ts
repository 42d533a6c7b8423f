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
 * writes from svelte.config.js.
 */
export const COMPILE_INPUTS = ['svelte.config.js', 'tsconfig.json', '.svelte-kit/tsconfig.json'];

/** One hash of the files `COMPILE_INPUTS` names under `root`; a file missing counts as empty. */
export function compile_inputs_hash(root: string): string {
	const hash = createHash('sha256');
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
