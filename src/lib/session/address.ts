import { replaceState } from '$app/navigation';
import type { SessionAddress } from './quiz_session.svelte';

/**
 * The browser's address for a quiz session. Rewritten through SvelteKit's shallow routing,
 * which keeps its router in step (a bare `history.replaceState` would not).
 */
export const browser_address: SessionAddress = {
	url: () => new URL(window.location.href),
	// The page's own address with only its query changed, so it already carries the base path.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replace: (url) => replaceState(url, {})
};
