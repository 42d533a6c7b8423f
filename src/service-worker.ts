/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// The module offline after one visit (issue 11): on install, every file of this build is
// stored in a cache of its own version; requests for them are answered from it, with or
// without a network. A new build installs beside the old one and waits: the page announces it
// (UpdateNotice.svelte) and the old build keeps serving until the learner chooses to reload.
// Stored progress lives in localStorage, which nothing here touches.
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cache_name,
	plan_fetch,
	precache_paths,
	SKIP_WAITING,
	stale_caches
} from '$lib/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cache_name(sw.registration.scope, version);
/**
 * The host's page for addresses the module does not have (adapter-static's `fallback` in
 * svelte.config.js, which names the same file). Offline, such an address gets it, as from the
 * host, rather than the browser's "no connection": its page, and the `__data.json` its client
 * asks for, which must say 404, not fail, for the page to say "Page not found".
 */
const NOT_FOUND = `${base}/404.html`;
const PATHS = precache_paths({ build, files, prerendered, not_found: NOT_FOUND });
const STORED = new Set(PATHS);
/** Built files are named by their content (`_app/immutable/…`): an older cache's copy is the same file. */
const IMMUTABLE = new Set(build.filter((path) => path.includes('/immutable/')));

/**
 * The response to store. A copy the host reached through a redirect could not answer a page
 * navigation (browsers refuse a redirected response there), so it is stored as a plain one.
 */
async function storable(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	});
}

async function store(cache: Cache, path: string) {
	if (IMMUTABLE.has(path)) {
		const kept = await caches.match(path);
		if (kept) return cache.put(path, kept);
	}
	// `reload`: past the HTTP cache, so a page and the scripts it names come from one build.
	const response = await fetch(new Request(path, { cache: 'reload' }));
	// A file that cannot be stored fails the install, and the build already installed stays.
	if (!response.ok) throw new Error(`service worker: ${path} answered ${response.status}`);
	await cache.put(path, await storable(response));
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) => Promise.all(PATHS.map((p) => store(cache, p))))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(
				stale_caches(names, CACHE, sw.registration.scope).map((n) => caches.delete(n))
			);
			// The first install takes the open pages over at once: they were loaded from this
			// very build, so they can go offline without a reload. A later build activates only
			// when a page asks for it (SKIP_WAITING), and that page reloads.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

async function from_cache(key: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	// A stored copy the browser evicted is fetched again; offline, that fails as it would anyway.
	return (await cache.match(key)) ?? fetch(request);
}

/** A path the build does not have: the network's answer, or offline the stored 404 page. */
async function not_stored(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const page = await (await caches.open(CACHE)).match(NOT_FOUND);
		if (!page) throw error;
		return new Response(page.body, { status: 404, headers: page.headers });
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const plan = plan_fetch(url.pathname, STORED);
	if (plan.kind === 'cache') event.respondWith(from_cache(plan.key, request));
	else if (plan.kind === 'redirect') {
		event.respondWith(Response.redirect(new URL(`${plan.to}${url.search}`, url).href, 301));
	} else event.respondWith(not_stored(request));
});
