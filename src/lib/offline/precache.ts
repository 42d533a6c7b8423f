/**
 * What the service worker (src/service-worker.ts) keeps and how it answers: plain functions of
 * paths, so they are tested in node without a browser.
 */

/** What a request for a path of this site gets while offline-capable. */
export type FetchPlan =
	/** The copy stored under `key` (a path of the build), whatever the query string. */
	| { kind: 'cache'; key: string }
	/** A redirect to the trailing-slash form that the page is stored (and built) under. */
	| { kind: 'redirect'; to: string }
	/** Not part of the build: the network, as without a service worker. */
	| { kind: 'network' };

/**
 * SvelteKit's `updated` check reads this file to learn whether a newer build is deployed; a
 * stored copy would always answer "no", so it is never precached.
 */
const VERSION_FILE = /\/_app\/version\.json$/;

/**
 * Every path of one build that the service worker stores: the app's files (`build`), the files
 * of static/ (`files`), every prerendered page and endpoint (`prerendered`), which is every
 * route of this fully prerendered site, teacher pages included, and the host's page for paths
 * the site does not have (`not_found`: adapter-static's `fallback` in svelte.config.js, which
 * SvelteKit's lists leave out). Nothing else is listed by hand.
 */
export function precache_paths(lists: {
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
	not_found: string;
}): string[] {
	const all = [...lists.build, ...lists.files, ...lists.prerendered, lists.not_found];
	return [...new Set(all)].filter((path) => !VERSION_FILE.test(path));
}

/**
 * How the service worker answers a GET for `pathname` (of its own origin), mirroring what the
 * static host would send (scripts/static_server.ts): the stored file for a stored path, with
 * any query string (`?seed=`, `?attempt=`, SvelteKit's `__data.json?x-sveltekit-invalidated=`)
 * ignored as the host ignores it; `x/index.html` as `x/`; and for a page's address without its
 * trailing slash, the same redirect the host gives, so relative links resolve as online.
 */
export function plan_fetch(pathname: string, stored: ReadonlySet<string>): FetchPlan {
	if (stored.has(pathname)) return { kind: 'cache', key: pathname };
	if (pathname.endsWith('/index.html')) {
		const folder = pathname.slice(0, -'index.html'.length);
		if (stored.has(folder)) return { kind: 'cache', key: folder };
	}
	if (!pathname.endsWith('/') && stored.has(`${pathname}/`)) {
		return { kind: 'redirect', to: `${pathname}/` };
	}
	return { kind: 'network' };
}

/**
 * The name of one build's cache. The scope keeps two sites served from one origin (each under
 * its own base path) from deleting each other's caches; the version tells builds apart.
 */
export function cache_name(scope: string, version: string): string {
	return `${CACHE_PREFIX}${scope} ${version}`;
}

const CACHE_PREFIX = 'mobilize ';

/** The caches of other builds of this site (same scope), which a newly active worker deletes. */
export function stale_caches(names: readonly string[], current: string, scope: string): string[] {
	const ours = cache_name(scope, '');
	return names.filter((name) => name.startsWith(ours) && name !== current);
}

/** The message a page sends a waiting worker when the learner chooses to load the new version. */
export const SKIP_WAITING = 'mobilize:skip-waiting';
