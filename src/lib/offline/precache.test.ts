import { describe, expect, it } from 'vitest';
import { cache_name, plan_fetch, precache_paths, stale_caches } from './precache';

const STORED = new Set(['/', '/quiz/', '/doc/lesson/', '/quiz-data.json', '/_app/immutable/a.js']);

describe('what the service worker answers a path with', () => {
	it('answers a stored path from the store', () => {
		expect(plan_fetch('/doc/lesson/', STORED)).toEqual({ kind: 'cache', key: '/doc/lesson/' });
		expect(plan_fetch('/quiz-data.json', STORED)).toEqual({
			kind: 'cache',
			key: '/quiz-data.json'
		});
	});

	it('redirects a page’s address without its trailing slash, as the host does', () => {
		expect(plan_fetch('/doc/lesson', STORED)).toEqual({ kind: 'redirect', to: '/doc/lesson/' });
		expect(plan_fetch('/quiz', STORED)).toEqual({ kind: 'redirect', to: '/quiz/' });
	});

	it('answers `x/index.html` with the page stored as `x/`', () => {
		expect(plan_fetch('/doc/lesson/index.html', STORED)).toEqual({
			kind: 'cache',
			key: '/doc/lesson/'
		});
		expect(plan_fetch('/index.html', STORED)).toEqual({ kind: 'cache', key: '/' });
	});

	it('leaves what the build does not have to the network', () => {
		for (const path of ['/doc/other/', '/doc/other', '/quiz-data', '/doc/lesson/x', '/_app/b.js']) {
			expect(plan_fetch(path, STORED), path).toEqual({ kind: 'network' });
		}
	});
});

describe('what the service worker stores', () => {
	it('every file of the build, static file and prerendered page, once', () => {
		expect(
			precache_paths({
				build: ['/_app/immutable/a.js', '/_app/immutable/b.css'],
				files: ['/favicon.svg'],
				prerendered: ['/', '/quiz/', '/quiz-data.json', '/favicon.svg'],
				not_found: '/404.html'
			})
		).toEqual([
			'/_app/immutable/a.js',
			'/_app/immutable/b.css',
			'/favicon.svg',
			'/',
			'/quiz/',
			'/quiz-data.json',
			'/404.html'
		]);
	});

	it('never SvelteKit’s version file, which must tell a newer deploy', () => {
		const paths = precache_paths({
			build: ['/base/_app/version.json', '/base/_app/immutable/a.js'],
			files: [],
			prerendered: [],
			not_found: '/base/404.html'
		});
		expect(paths).toEqual(['/base/_app/immutable/a.js', '/base/404.html']);
	});
});

describe('caches of other builds', () => {
	const scope = 'https://host/mobilize/';
	const current = cache_name(scope, '2');

	it('are the same site’s caches of another version', () => {
		const names = [cache_name(scope, '1'), current, cache_name(scope, '0')];
		expect(stale_caches(names, current, scope)).toEqual([
			cache_name(scope, '1'),
			cache_name(scope, '0')
		]);
	});

	it('leave alone another site’s caches on the same origin, and other programs’ caches', () => {
		const names = [cache_name('https://host/other/', '1'), 'workbox-precache', current];
		expect(stale_caches(names, current, scope)).toEqual([]);
	});
});
