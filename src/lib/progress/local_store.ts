import { reclaim } from './full';
import { ProgressStore } from './storage';

/**
 * The browser's progress store, able to make room when storage is full (full.ts). Loaded once a
 * page has started (see `create_progress`), with the stored format's checks, migration and
 * merging: no page needs them to show itself.
 */
export function local_store(): ProgressStore {
	const store = new ProgressStore(() =>
		typeof localStorage === 'undefined' ? undefined : localStorage
	);
	store.reclaim = reclaim;
	return store;
}
