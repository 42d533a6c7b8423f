import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	csp_directives,
	inline_script_hashes,
	sha256_source,
	style_attribute_hashes
} from './csp_policy.js';

// The example of MDN's script-src page, hashed by its authors: an independent check of ours.
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=';

describe('hashes of inline scripts', () => {
	it('are the sha256 of exactly the text between the tags', () => {
		expect(sha256_source(HELLO)).toBe(HELLO_HASH);
		expect(inline_script_hashes(`<head><script>${HELLO}</script></head>`)).toEqual([HELLO_HASH]);
		expect(inline_script_hashes(`<script>\n${HELLO}\n</script>`)).not.toEqual([HELLO_HASH]);
	});

	it('skip scripts with a src and scripts inside comments', () => {
		const html = `<script src="/a.js"></script><!-- <script>x()</script> --><script type="module">${HELLO}</script>`;
		expect(inline_script_hashes(html)).toEqual([HELLO_HASH]);
	});

	it('cover every inline script of app.html', () => {
		const app_html = readFileSync('src/app.html', 'utf8');
		const scripts = app_html.replace(/<!--[\s\S]*?-->/g, '').match(/<script>/g) ?? [];
		expect(scripts.length).toBeGreaterThan(0);
		const { 'script-src': script_src } = csp_directives({ app_html, kit_root: '' });
		expect(script_src).toEqual(['self', ...inline_script_hashes(app_html)]);
		expect(inline_script_hashes(app_html)).toHaveLength(scripts.length);
	});
});

describe('hashes of style attributes', () => {
	it('are of the attribute’s value, outside scripts and comments', () => {
		const html = `<div style="display: contents"></div><!-- <p style="x"> --><script>"<b style='y'>"</script>`;
		expect(style_attribute_hashes(html)).toEqual([sha256_source('display: contents')]);
	});

	it('allow SvelteKit’s announcer and nothing else without a hash', () => {
		const kit_root = `<div id="svelte-announcer" aria-live="assertive" style="position: absolute">`;
		const { 'style-src-attr': attr } = csp_directives({ app_html: '<body></body>', kit_root });
		expect(attr).toEqual(['unsafe-hashes', sha256_source('position: absolute')]);
		expect(csp_directives({ app_html: '', kit_root: '' })['style-src-attr']).toEqual([
			'unsafe-hashes'
		]);
	});
});

describe('the policy', () => {
	const directives = csp_directives({ app_html: readFileSync('src/app.html', 'utf8') });

	it('allows no inline script or style but by hash, no plugin, and no foreign base or frame', () => {
		for (const [name, sources] of Object.entries(directives)) {
			expect(sources, name).not.toContain('unsafe-inline');
			expect(sources, name).not.toContain('unsafe-eval');
		}
		expect(directives['object-src']).toEqual(['none']);
		expect(directives['base-uri']).toEqual(['self']);
		expect(directives['frame-ancestors']).toEqual(['self']);
		expect(directives['default-src']).toEqual(['self']);
	});
});
