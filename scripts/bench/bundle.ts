import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { at } from '../../src/lib/must';

/** What a page loads at start, by file, with gzip sizes (level 9) in bytes. */
export interface PageJs {
	page: string;
	files: { file: string; bytes: number; gzip_bytes: number }[];
	gzip_bytes: number;
	/**
	 * Requests the page makes to start, from its HTML alone: the HTML itself, every JS file it
	 * loads at start (`files`, SvelteKit's root error page included) and its stylesheets.
	 */
	start_requests: number;
	/**
	 * The page's inline scripts together (SvelteKit's start-up with the page's data, app.html's
	 * own; with bundleStrategy 'inline', the whole app), which no file count shows.
	 */
	inline: { bytes: number; gzip_bytes: number };
}

/** The text of every inline `<script>` (one without `src`), joined. */
export function inline_scripts(html: string): string {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter((match) => !/\bsrc\s*=/i.test(at(match, 1)))
		.map((match) => at(match, 2))
		.join('\n');
}

const IMMUTABLE_JS = /_app\/immutable\/.+\.js$/;

/**
 * Script URLs an HTML page starts loading: `<script src>`, `<link rel="modulepreload" href>`
 * and `import("…")` in inline scripts (SvelteKit starts the app that way). Lazy imports inside
 * the JS are not followed: they load later, on navigation.
 */
export function html_script_refs(html: string): string[] {
	const refs: string[] = [];
	for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
		const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (src && /^<script/i.test(tag)) refs.push(src);
		const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (href && /\brel\s*=\s*["']?modulepreload/i.test(tag)) refs.push(href);
	}
	for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
		for (const match of at(script, 1).matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) {
			refs.push(at(match, 1));
		}
	}
	return refs;
}

/**
 * Relative specifiers of a module's static imports and re-exports (`import{a}from"./x.js"`,
 * `import"./x.js"`, `export*from"./x.js"`): loaded before the module runs. `import()` is not
 * matched; it loads lazily.
 */
export function static_imports(js: string): string[] {
	const found: string[] = [];
	const pattern =
		/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
	for (const match of js.matchAll(pattern)) found.push(at(match, 1));
	return found;
}

function inside(root: string, file: string) {
	const path = relative(root, file);
	return path !== '' && !path.startsWith('..') && !path.startsWith(sep);
}

/**
 * Every JS file `html_file` loads at start, following static imports, with gzip sizes: what runs
 * before the page is hydrated.
 */
export function page_js(build: string, html_file: string): PageJs {
	const html_path = join(build, html_file);
	const html = readFileSync(html_path, 'utf8');
	const queue = html_script_refs(html)
		.filter((ref) => !/^[a-z]+:/i.test(ref))
		.map((ref) =>
			ref.startsWith('/')
				? join(build, ref.replace(/[?#].*$/s, ''))
				: resolve(dirname(html_path), ref.replace(/[?#].*$/s, ''))
		);
	const seen = new Set<string>();
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file) || !inside(build, file) || !IMMUTABLE_JS.test(file.split(sep).join('/')))
			continue;
		if (!existsSync(file))
			throw new Error(`${html_file} refers to ${relative(build, file)}, which is missing`);
		seen.add(file);
		const js = readFileSync(file, 'utf8');
		for (const specifier of static_imports(js)) queue.push(resolve(dirname(file), specifier));
		// SvelteKit's client loads the root error page (node 1) at start on every page, though the
		// HTML does not name it: lazily imported by the app entry, but fetched before hydration.
		const error_node = /entry[\\/]app\.[^\\/]*\.js$/.test(file)
			? /import\(\s*[`"'](\.\.\/nodes\/1\.[^`"']+)[`"']\s*\)/.exec(js)?.[1]
			: undefined;
		if (error_node) queue.push(resolve(dirname(file), error_node));
	}
	const files = [...seen].sort().map((file) => {
		const bytes = readFileSync(file);
		return {
			file: relative(build, file).split(sep).join('/'),
			bytes: bytes.length,
			gzip_bytes: gzipSync(bytes, { level: 9 }).length
		};
	});
	const inline = Buffer.from(inline_scripts(html));
	// A `disabled` stylesheet link (SvelteKit's, where the styles are inline) is not fetched.
	const stylesheets = (html.match(/<link\b[^>]*\brel\s*=\s*["']?stylesheet[^>]*>/gi) ?? []).filter(
		(link) => !/\sdisabled\b/i.test(link)
	).length;
	return {
		page: html_file,
		files,
		gzip_bytes: files.reduce((sum, f) => sum + f.gzip_bytes, 0),
		start_requests: 1 + files.length + stylesheets,
		inline: { bytes: inline.length, gzip_bytes: gzipSync(inline, { level: 9 }).length }
	};
}

/**
 * The JS files a browser fetched (their URL paths on the site, each counted once), with their
 * gzip sizes (level 9) read from `build`, as `page_js` weighs them. Paths outside the build's
 * immutable JS (the service worker, other sites) are left out.
 */
export function js_weight(build: string, paths: readonly string[]) {
	const files = new Set<string>();
	for (const path of paths) {
		const file = join(build, decodeURIComponent(path.replace(/[?#].*$/s, '')));
		if (inside(build, file) && IMMUTABLE_JS.test(file.split(sep).join('/')) && existsSync(file))
			files.add(file);
	}
	let gzip_bytes = 0;
	for (const file of files) gzip_bytes += gzipSync(readFileSync(file), { level: 9 }).length;
	return { files: files.size, gzip_bytes };
}
