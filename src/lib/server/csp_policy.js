// The site's Content-Security-Policy, built when svelte.config.js loads (so plain JS with types
// in JSDoc: Node reads that file before any TypeScript tooling runs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * `'sha256-…'` of a text, as a policy names an inline script or style (CSP 3, "hash-source").
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function sha256_source(text) {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** @param {string} html */
function without_comments(html) {
	return html.replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * The hash of each inline script of an HTML template (those without `src`), of exactly the text
 * between its tags, which is what the browser hashes.
 * @param {string} html
 */
export function inline_script_hashes(html) {
	const scripts = without_comments(html).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi);
	return [...scripts]
		.filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes))
		.map(([, , body = '']) => sha256_source(body));
}

/**
 * The hash of each `style="…"` attribute of an HTML template, outside its scripts. A policy
 * allows such an attribute by hash only with `'unsafe-hashes'` (CSP 3).
 * @param {string} html
 */
export function style_attribute_hashes(html) {
	const markup = without_comments(html).replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
	return [...markup.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)].map(([, value = '']) =>
		sha256_source(value)
	);
}

/**
 * SvelteKit's root component renders its route announcer with a style attribute (an open
 * issue: sveltejs/kit#11993); its text is read from the installed SvelteKit, so an upgrade
 * that changes or drops it changes the policy with it.
 */
function kit_root_markup() {
	const require = createRequire(import.meta.url);
	const kit = dirname(require.resolve('@sveltejs/kit/package.json'));
	return readFileSync(join(kit, 'src/core/sync/write_root.js'), 'utf8');
}

/**
 * `kit.csp.directives` for this site. SvelteKit adds the hashes of its own inline script (the
 * one that starts the app, different on every page) and of inlined styles to `script-src` and
 * `style-src`, and writes the policy into each prerendered page as a `<meta>` tag, which cannot
 * carry `frame-ancestors`: SvelteKit leaves it out there, and the host sends it as a header
 * (README, "Security headers").
 * @param {{ app_html: string, kit_root?: string }} sources app.html, and SvelteKit's root
 *   component source (read from node_modules when not given)
 * @returns {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export function csp_directives({ app_html, kit_root = kit_root_markup() }) {
	const announcer = /id="svelte-announcer"[^>]*>/.exec(kit_root)?.[0] ?? '';
	return {
		'default-src': ['self'],
		// app.html's own scripts run before SvelteKit's, and are allowed by their hash alone.
		'script-src': ['self', ...inline_script_hashes(app_html)],
		'style-src': ['self'],
		// No style attribute but the few named here: app.html's and SvelteKit's announcer.
		'style-src-attr': [
			'unsafe-hashes',
			...style_attribute_hashes(app_html),
			...style_attribute_hashes(` ${announcer}`)
		],
		// The icon is a data: URL in app.html.
		'img-src': ['self', 'data:'],
		'font-src': ['self'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self'],
		'frame-ancestors': ['self']
	};
}
