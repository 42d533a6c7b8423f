import { quiz_path } from '$lib/content/paths';
import type { Attempt } from '$lib/quiz/attempt';
import { rebase_attempt, resume_items } from '$lib/quiz/resume';
import type { Item } from '$lib/quiz/types';
import { read_link } from './link';
import { reason } from './reason';

/** What a quiz page shows when it opens, and what it says about it. */
export type Opening =
	/** An unfinished attempt, over the items that still exist, where the learner was. */
	| { kind: 'resume'; attempt: Attempt; items: Item[]; missing: number; message: string }
	/**
	 * A finished attempt's results. `finish` when the attempt became finished only now: every
	 * remaining item was answered, the one the learner was on having been removed.
	 */
	| { kind: 'results'; attempt: Attempt; items: Item[]; finish: boolean; message: string }
	/**
	 * A new quiz for `seed`, or the page's own when undefined. `drop` names the address's
	 * parameters that cannot be used, so the address loses them and a reload does not repeat
	 * the notice; a parameter that failed only to load is kept, for the reload to try again.
	 */
	| { kind: 'start'; seed?: number; message: string; drop: LinkParameter[] };

/** The address's parameters that name a quiz. */
export type LinkParameter = 'seed' | 'attempt';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Why some questions are missing, or '' if none are. */
function removed(missing: number, what: string) {
	if (!missing) return '';
	return `${missing} question${plural(missing, ' no longer exists', 's no longer exist')} because the lessons changed, so ${plural(missing, 'it was', 'they were')} ${what}.`;
}

/** Why a linked attempt is not shown: not stored here, or another page's (named where known). */
function elsewhere(attempt: Attempt | undefined, base: string) {
	if (!attempt)
		return 'The quiz in this link is not stored in this browser, so a new quiz is shown.';
	const path = quiz_path(attempt.scope);
	const where = path ? `, at ${base}${path},` : ',';
	return `The quiz in this link belongs to another quiz${where} so a new quiz is shown here.`;
}

/**
 * Decides which quiz a page opens with, once stored progress is read. In order: a stored
 * attempt named by `?attempt=` (a finished one's results, an unfinished one resumed); an
 * unfinished attempt for the scope, resumed unless a `?seed=` link names another seed (the
 * teacher's link wins, and the attempt stays stored for later); the link's seed; the page's
 * own quiz. Content may have changed since an attempt was stored: its missing items are left
 * out and said so, and an attempt with none left gives way to a new quiz.
 */
export async function plan_opening(options: {
	/** The page address's query, e.g. `?seed=12`. */
	search: string;
	scope: string;
	/** The stored attempt with this id, if any. */
	stored: (id: string) => Attempt | undefined;
	/** The newest unfinished attempt for the scope. */
	open: Attempt | undefined;
	/** The site's base path, put before the path of another quiz's page. */
	base?: string;
	/** The page's own quiz, drawn at build time, if it has one. */
	own: { seed: number; items?: readonly Item[] };
	/** Every item for a seed; rejects if the generator or content cannot load. */
	bank: (seed: number) => Promise<readonly Item[]>;
}): Promise<Opening> {
	const { search, scope, stored, open, own, bank, base = '' } = options;
	/** An attempt's items, generating its seed's bank only if the page's own quiz lacks some. */
	const find_items = async (attempt: Attempt) => {
		// Stryker disable next-line ArrayDeclaration: any list without the attempt's items finds none, as [] does
		const found = resume_items(own.items && attempt.seed === own.seed ? own.items : [], attempt);
		return found.missing ? resume_items(await bank(attempt.seed), attempt) : found;
	};
	const link = read_link(new URLSearchParams(search));
	const notes: string[] = [];
	const drop = new Set<LinkParameter>();
	if (link.problem) drop.add('seed');
	/** A new quiz: the link's, or the page's own with `own`. */
	const start = (own = false): Opening => ({
		kind: 'start',
		seed: own ? undefined : link.seed,
		message: [...notes, link.problem ?? ''].filter(Boolean).join(' '),
		drop: [...drop]
	});

	const candidates: Attempt[] = [];
	let named: Attempt | undefined;
	if (link.attempt !== undefined) {
		named = stored(link.attempt);
		if (named?.scope === scope) candidates.push(named);
		else {
			drop.add('attempt');
			notes.push(elsewhere(named, base));
			named = undefined;
		}
	}
	if (open && (link.seed === undefined || link.seed === open.seed)) candidates.push(open);

	for (const attempt of candidates) {
		let found;
		try {
			found = await find_items(attempt);
		} catch (error) {
			notes.push(
				`Your quiz could not be loaded (${reason(error)}); it is still saved, so reload the page to try again.`
			);
			return start(true);
		}
		const { items, missing } = found;
		if (!items.length) {
			if (attempt === named) drop.add('attempt');
			notes.push(
				attempt.finished === undefined
					? 'The questions of your unfinished quiz no longer exist because the lessons changed, so a new quiz is shown.'
					: 'The questions of that quiz no longer exist because the lessons changed, so a new quiz is shown.'
			);
			continue;
		}
		if (attempt.finished !== undefined) {
			// A finished attempt is shown as it was scored; it is not rewritten.
			const message = removed(missing, 'left out of this list');
			return { kind: 'results', attempt, items, finish: false, message };
		}
		const rebased = rebase_attempt(attempt, items);
		if (rebased.position >= items.length) {
			const message = missing
				? `${removed(missing, 'left out')} You had answered the rest, so here are your results.`
				: 'You had answered every question, so here are your results.';
			return { kind: 'results', attempt: rebased, items, finish: true, message };
		}
		const where = `Resumed where you left off: question ${rebased.position + 1} of ${items.length}.`;
		const message = missing ? `${where} ${removed(missing, 'left out')}` : where;
		return { kind: 'resume', attempt: rebased, items, missing, message };
	}
	return start();
}
