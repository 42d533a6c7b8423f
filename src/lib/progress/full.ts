import { encode } from './codec';
import type { ProgressState } from './schema';
import { STORAGE_KEY, is_full, type ProgressStore, type Reclaim } from './storage';

/** `chars` of storage in words: one character of JSON is about one byte of an exported file. */
export function size(chars: number) {
	return chars < 1000 * 1024
		? `${Math.max(1, Math.round(chars / 1024))} KB`
		: `${Number((chars / 1024 / 1024).toFixed(1))} MB`;
}

/**
 * Attempts nobody can resume any more: unfinished ones of a scope that has a newer attempt.
 * Their answers stay in the answer history; only the attempt goes.
 */
export function without_superseded(state: ProgressState): ProgressState {
	// Only an unfinished attempt supersedes: a finished `?seed=` quiz started after an unfinished
	// one leaves that one resumable (open_attempt still offers it).
	const newest = new Map<string, number>();
	for (const a of Object.values(state.attempts))
		if (a.finished === undefined)
			newest.set(a.scope, Math.max(newest.get(a.scope) ?? 0, a.started));
	const attempts = Object.create(null) as ProgressState['attempts'];
	for (const a of Object.values(state.attempts))
		if (a.finished !== undefined || a.started >= newest.get(a.scope)!) attempts[a.id] = a;
	return { ...state, attempts };
}

/**
 * Makes room when storage is full and writes `state`: without superseded attempts, and without
 * the backups the learner has downloaded (they have them). If it still does not fit, the
 * backups are put back, so storage is left as it was, and it says how much room there is.
 */
export const reclaim: Reclaim = (store, storage, state) => {
	const lean = without_superseded(state);
	const text = encode(lean);
	const removed = store.backups().filter((b) => b.downloaded);
	for (const b of removed) storage.removeItem(b.key);
	try {
		storage.setItem(STORAGE_KEY, text);
		return { state: lean, text };
	} catch (error) {
		for (const b of removed) storage.setItem(b.key, b.text);
		if (!is_full(error)) throw error;
	}
	const needed = text.length + STORAGE_KEY.length;
	const room = room_for_progress(store, storage, needed);
	return {
		needed,
		room,
		message: `This browser’s storage for Mobilize is full: your progress needs ${size(needed)}, and about ${size(room)} is free for it, so your latest answers are not saved.`
	};
};

/**
 * About how many characters the progress key could hold, at most `limit`. Measured once, then
 * taken from `store.measured` while storage holds the same characters: each answer given on a
 * full storage would otherwise cost another 20 large probe writes.
 */
function room_for_progress(store: ProgressStore, storage: Storage, limit: number) {
	const used = store.used(storage);
	let m = store.measured;
	// A probe that found the whole limit free says nothing of a larger one: measure again.
	if (!m || m.used !== used || (m.free >= m.limit && limit > m.limit))
		m = store.measured = { used, limit, ...free_for_progress(storage, limit) };
	return Math.min(m.free, limit) + m.extra;
}

/**
 * What a probe finds free, at most `limit`, and what the progress key holds now (with the
 * probe's own key, which it would not need). Browsers do not say, so it tries: about 20 writes.
 */
function free_for_progress(storage: Storage, limit: number) {
	const probe = 'mobilize:probe';
	const held = storage.getItem(STORAGE_KEY);
	let low = 0;
	let high = limit;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		try {
			storage.setItem(probe, 'x'.repeat(mid));
			low = mid;
		} catch {
			high = mid - 1;
		}
	}
	storage.removeItem(probe);
	return {
		free: low,
		extra: probe.length + (held === null ? 0 : held.length + STORAGE_KEY.length)
	};
}

/** A store that reclaims room when storage is full. */
export function with_reclaim(store: ProgressStore) {
	store.reclaim = reclaim;
	return store;
}
