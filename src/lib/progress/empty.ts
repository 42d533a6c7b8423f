import type { ProgressState } from './schema';

/**
 * The version this build writes. Older versions are migrated on read (see migrate.ts).
 * Format 2 stores an answer given in a quiz once, in its attempt, not also in `answers`.
 * Format 3 adds `cards`: each item's FSRS review card, once FSRS has reviewed it.
 * Apart from schema.ts so that a page can start with no progress without its checks.
 */
export const CURRENT_VERSION = 3;

/** Progress with nothing in it yet. */
export function empty_state(): ProgressState {
	return { version: CURRENT_VERSION, lessons_read: {}, answers: {}, attempts: {} };
}
