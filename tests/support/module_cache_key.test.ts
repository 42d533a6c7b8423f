import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CacheKeyIdGenerator, VitestPluginContext } from 'vitest/node';
import {
	COMPILE_ENV,
	COMPILE_INPUTS,
	compile_inputs_hash,
	module_cache_key
} from './module_cache_key';

const root = mkdtempSync(join(tmpdir(), 'mobilize-cache-key-'));
mkdirSync(join(root, '.svelte-kit'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes each of the compile inputs with `text` in it. */
function write_inputs(text: string) {
	for (const file of COMPILE_INPUTS) writeFileSync(join(root, file), `${file}: ${text}`);
}

/** The key the plugin adds, as Vitest would ask it for a module. */
function plugin_key(): unknown {
	let generator: CacheKeyIdGenerator | undefined;
	const hook = module_cache_key(root).configureVitest;
	const context = {
		experimental_defineCacheKeyGenerator: (callback: CacheKeyIdGenerator) => (generator = callback)
	} as unknown as VitestPluginContext;
	if (typeof hook === 'function') hook.call({} as never, context);
	return generator?.({ id: '/src/App.svelte', sourceCode: '<p>Hi</p>' } as never);
}

describe('the module cache key', () => {
	it('reads the Svelte config, the tsconfig files and the variables svelte.config.js reads', () => {
		expect(COMPILE_INPUTS).toEqual(
			expect.arrayContaining(['svelte.config.js', 'tsconfig.json', '.svelte-kit/tsconfig.json'])
		);
		expect(COMPILE_ENV).toEqual(expect.arrayContaining(['BASE_PATH', 'E2E_BUILD']));
	});

	it('changes with each variable svelte.config.js reads, set or unset', () => {
		write_inputs('one');
		const unset = compile_inputs_hash(root, {});
		for (const name of COMPILE_ENV) {
			const set = compile_inputs_hash(root, { [name]: '/base' });
			expect(set, name).not.toBe(unset);
			expect(compile_inputs_hash(root, { [name]: '' }), name).not.toBe(set);
		}
	});

	it('changes when any compile input changes, and only then', () => {
		write_inputs('one');
		const first = compile_inputs_hash(root);
		expect(compile_inputs_hash(root)).toBe(first);
		for (const file of COMPILE_INPUTS) {
			write_inputs('one');
			writeFileSync(join(root, file), `${file}: compilerOptions: { runes: false }`);
			expect(compile_inputs_hash(root), file).not.toBe(first);
		}
	});

	it('tells a missing input from an empty one, and does not throw for it', () => {
		write_inputs('one');
		rmSync(join(root, '.svelte-kit/tsconfig.json'));
		const missing = compile_inputs_hash(root);
		writeFileSync(join(root, '.svelte-kit/tsconfig.json'), '');
		expect(compile_inputs_hash(root)).not.toBe(missing);
	});

	it('is what the plugin adds to every module’s key, read when Vitest starts', () => {
		write_inputs('two');
		expect(plugin_key()).toBe(compile_inputs_hash(root));
		write_inputs('three');
		expect(plugin_key()).toBe(compile_inputs_hash(root));
	});
});
