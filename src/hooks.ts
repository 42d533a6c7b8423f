import { base } from '$app/paths';
import type { Reroute } from '@sveltejs/kit';
import { NOT_FOUND_PATH, unroutable } from '$lib/routing/unroutable';

// Runs before the client router matches a path; see unroutable() for the paths it would throw on.
export const reroute: Reroute = ({ url }) =>
	unroutable(url.pathname) ? `${base}${NOT_FOUND_PATH}` : undefined;
