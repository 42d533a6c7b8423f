import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

function is_file(path: string) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * What a static host sends for `pathname`: the file itself, `x.html` for `/x`, or `x/index.html`
 * for `/x/`; for `/x` where only `x/index.html` exists, a redirect to `/x/` (so the page's
 * relative links resolve as once deployed). Undefined when nothing inside `root` matches.
 */
export function resolve_path(
	root: string,
	pathname: string
): { file: string } | { redirect: string } | undefined {
	// An empty segment (`//host/`) names no file, and echoed in a redirect it would read as
	// another host (`Location: //host/x/`), so such paths are simply not found.
	if (!pathname.startsWith('/') || pathname.includes('//')) return undefined;
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const base = resolve(root, `.${decoded}`);
	const path = relative(root, base);
	if (path.startsWith('..') || path.startsWith(sep)) return undefined;
	const index = join(base, 'index.html');
	if (decoded.endsWith('/')) return is_file(index) ? { file: index } : undefined;
	const file = [base, `${base}.html`].find(is_file);
	if (file) return { file };
	return is_file(index) ? { redirect: `${pathname}/` } : undefined;
}

/**
 * A small static file server on 127.0.0.1, behaving like a static host for a prerendered
 * SvelteKit site. No compression and `no-store`: every run loads every file. `port` 0 (the
 * default) takes a free port; a port in use fails rather than sharing it with another server.
 */
export async function serve_static(
	root: string,
	port = 0
): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer((request, response) => {
		// Split by hand: `new URL('//host/x', base)` would take `host` for a host name and serve `/x`.
		const target = request.url ?? '/';
		const query = target.indexOf('?');
		const pathname = query < 0 ? target : target.slice(0, query);
		const search = query < 0 ? '' : target.slice(query);
		const found = resolve_path(root, pathname);
		if (found && 'redirect' in found) {
			response.writeHead(301, { location: `${found.redirect}${search}` });
			response.end();
			return;
		}
		if (!found) {
			const missing = resolve_path(root, '/404.html');
			response.writeHead(404, { 'content-type': TYPES['.html'] });
			if (missing && 'file' in missing) createReadStream(missing.file).pipe(response);
			else response.end('Not found');
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		createReadStream(found.file).pipe(response);
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	const address = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
