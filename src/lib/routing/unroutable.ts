/**
 * A path the router cannot take as it is: an escape that does not decode (`/%E0%A4%A/`, `/%/`)
 * makes SvelteKit's client throw "URI malformed" while matching routes, and an empty segment
 * (`//host/`) names no page but may look like another host to code that resolves it. Both are
 * pages that do not exist, so the router is pointed at a path that certainly names none.
 */
export function unroutable(pathname: string): boolean {
	if (pathname.includes('//')) return true;
	try {
		// The same decoding the router applies (it keeps `%25` escaped).
		pathname.split('%25').forEach((part) => decodeURI(part));
		return false;
	} catch {
		return true;
	}
}

/**
 * Where the router looks instead: one segment that no document slug can be (slugs are
 * lower-case letters, digits and hyphens), so the page shows the usual "Page not found" for the
 * address the learner typed.
 */
export const NOT_FOUND_PATH = '/%25/';
