import { encode } from './codec';
import { reclaim } from './full';
import { merge_states } from './merge';
import { due_items, stale_items } from './schedule';
import { ProgressStore } from './storage';

/**
 * A progress store with the domain functions that need what is stored: the scheduler, the
 * codec and the merge. They come in one chunk with the store, after a page has started (see
 * `create_progress`), so no page loads them to show itself and nothing is due before progress
 * is read.
 */
export interface LoadedStore {
	store: ProgressStore;
	due_items: typeof due_items;
	stale_items: typeof stale_items;
	/** The stored form of a state: what an exported file holds. */
	encode: typeof encode;
	merge_states: typeof merge_states;
}

/** `store` with the functions that come with it. */
export function loaded(store: ProgressStore): LoadedStore {
	return { store, due_items, stale_items, encode, merge_states };
}

/**
 * The browser's progress store, able to make room when storage is full (full.ts). Loaded once a
 * page has started (see `create_progress`), with the stored format's checks, migration and
 * merging: no page needs them to show itself.
 */
export function local_store(): LoadedStore {
	const store = new ProgressStore(() =>
		typeof localStorage === 'undefined' ? undefined : localStorage
	);
	store.reclaim = reclaim;
	return loaded(store);
}
