// The tests' own build of the site (playwright.config.ts builds and serves it), read from disk,
// so tests cover whatever pages and files the build has, teacher pages included.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { serve_static } from '../../scripts/static_server';

export const BUILD_DIR = 'build-e2e';

/** Every file of a build as the path a browser asks for it by: `x/index.html` as `x/`. */
export function built_paths(dir = BUILD_DIR): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${join(entry.parentPath, entry.name).slice(dir.length + 1)}`)
		.map((path) =>
			path
				.split(sep)
				.join('/')
				.replace(/(^|\/)index\.html$/, '$1')
		)
		.sort();
}

/**
 * Every page of the build. The adapter's fallback (404.html) is not a route: a static host sends
 * it for paths the site does not have.
 */
export function built_pages(dir = BUILD_DIR): string[] {
	return built_paths(dir).filter((path) => path.endsWith('/') || path === '/404.html');
}

/**
 * The Content-Security-Policy that static/_headers (shipped in the build) has Netlify and
 * Cloudflare Pages send with every page.
 */
export function host_policy(dir = BUILD_DIR): string {
	const text = readFileSync(join(dir, '_headers'), 'utf8');
	const every_page = text.split(/^\/\*\s*$/m)[1]?.split(/^\S/m)[0] ?? '';
	const policy = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(every_page)?.[1];
	if (!policy) throw new Error(`${dir}/_headers sends no Content-Security-Policy for /*`);
	return policy.trim();
}

/** SvelteKit's version of a build (`_app/version.json`). */
export function build_version(dir = BUILD_DIR): string {
	return (JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string })
		.version;
}

/**
 * A copy of the build on a server of its own (its own origin, so its own service worker and
 * caches), which a test can stop, as if the network were gone, or redeploy.
 */
export async function own_copy() {
	const dir = mkdtempSync(join(tmpdir(), 'mobilize-e2e-'));
	cpSync(BUILD_DIR, dir, { recursive: true });
	const site = await serve_static(dir, 0);
	return {
		dir,
		url: site.url,
		stop: () => site.close(),
		/**
		 * Makes the copy a new build as far as the service worker can tell: its script names
		 * another version, so browsers install it as an update (what a redeploy does).
		 */
		redeploy(version: string) {
			const script = join(dir, 'service-worker.js');
			const old = build_version(dir);
			const text = readFileSync(script, 'utf8');
			if (!text.includes(old)) throw new Error(`service-worker.js does not name version ${old}`);
			writeFileSync(script, text.replaceAll(old, version));
		},
		async remove() {
			await site.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
