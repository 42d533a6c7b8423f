import type { Attempt } from './attempt';
import type { Item } from './types';

// Apart from attempt.ts, which every quiz page loads: only a page that resumes needs these.

/**
 * The items of a stored attempt, found in `bank` (the bank for the attempt's seed). Items whose
 * ids no longer exist (the content changed) are left out and counted, so the caller can say so.
 */
export function resume_items(bank: readonly Item[], attempt: Attempt) {
	const by_id = new Map(bank.map((item) => [item.id, item]));
	const items = attempt.item_ids.map((id) => by_id.get(id)).filter((item): item is Item => !!item);
	return { items, missing: attempt.item_ids.length - items.length };
}

/**
 * The attempt narrowed to `items`, those of its items that still exist (from `resume_items`).
 * The learner goes on at the first remaining item at or after the one they were on, so removing
 * the current item moves on to the next, and removing the last leaves a position past the end:
 * nothing is left to ask. Responses to removed items leave the attempt, as they no longer count
 * in its score; the answers themselves stay in the learner's history.
 */
export function rebase_attempt(attempt: Attempt, items: readonly Item[]): Attempt {
	const kept = new Set(items.map((item) => item.id));
	// fromEntries defines own keys, so an id such as `__proto__` stays an ordinary key.
	const responses = Object.fromEntries(
		Object.entries(attempt.responses).filter(([id]) => kept.has(id))
	);
	return {
		...attempt,
		item_ids: items.map((item) => item.id),
		position: attempt.item_ids.slice(0, attempt.position).filter((id) => kept.has(id)).length,
		responses
	};
}
