import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolve_path, serve_static } from './static_server';

const root = mkdtempSync(join(tmpdir(), 'mobilize-serve-'));
mkdirSync(join(root, 'doc', 'quiz'), { recursive: true });
writeFileSync(join(root, 'index.html'), 'home');
writeFileSync(join(root, 'about.html'), 'about');
writeFileSync(join(root, 'doc', 'quiz', 'index.html'), 'quiz');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolve_path', () => {
	it('serves files, x.html for /x and x/index.html for /x/, like a static host', () => {
		expect(resolve_path(root, '/')).toEqual({ file: join(root, 'index.html') });
		expect(resolve_path(root, '/about')).toEqual({ file: join(root, 'about.html') });
		expect(resolve_path(root, '/doc/quiz/')).toEqual({ file: join(root, 'doc/quiz/index.html') });
		expect(resolve_path(root, '/doc/quiz')).toEqual({ redirect: '/doc/quiz/' });
	});

	it('finds nothing outside the root or missing', () => {
		expect(resolve_path(root, '/../etc/passwd')).toBeUndefined();
		expect(resolve_path(root, '/%2e%2e/x')).toBeUndefined();
		expect(resolve_path(root, '/nope')).toBeUndefined();
	});

	it('finds nothing for malformed escapes or empty segments, and never redirects off the host', () => {
		expect(resolve_path(root, '/%E0%A4%A/')).toBeUndefined();
		expect(resolve_path(root, '/%/')).toBeUndefined();
		expect(resolve_path(root, '//doc/quiz/')).toBeUndefined();
		expect(resolve_path(root, '//doc/quiz')).toBeUndefined();
		expect(resolve_path(root, '/doc//quiz/')).toBeUndefined();
	});
});

/** The status of a GET for `target` sent exactly as written. */
function raw_status(url: string, target: string) {
	const { hostname, port } = new URL(url);
	return new Promise<number>((done, fail) => {
		const request = get({ host: hostname, port, path: target }, (response) => {
			response.resume();
			done(response.statusCode ?? 0);
		});
		request.once('error', fail);
	});
}

describe('serve_static', () => {
	it('answers over HTTP on 127.0.0.1', async () => {
		const server = await serve_static(root);
		try {
			const page = await fetch(`${server.url}/about`);
			expect(page.status).toBe(200);
			expect(page.headers.get('content-type')).toMatch(/^text\/html/);
			expect(await page.text()).toBe('about');
			const folder = await fetch(`${server.url}/doc/quiz`, { redirect: 'manual' });
			expect(folder.status).toBe(301);
			expect(folder.headers.get('location')).toBe('/doc/quiz/');
			expect((await fetch(`${server.url}/nope`)).status).toBe(404);
			// fetch() would normalise `//about`; a raw request keeps it, as a browser's address bar does.
			expect(await raw_status(server.url, '//about')).toBe(404);
			expect(await raw_status(server.url, '/about?x=1')).toBe(200);
		} finally {
			await server.close();
		}
	});
});
