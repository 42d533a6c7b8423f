// Apart from link.ts, whose messages only a linked page needs: this is on every quiz page.

/** Whether an address names a quiz other than the page's standard one (see QuizPage). */
export function names_a_quiz(search: string) {
	return /[?&](seed|attempt)=/.test(search);
}

/**
 * The address that shows `attempt` again on reload, or the plain page when undefined: the
 * seed link is dropped either way, since the attempt (or a fresh quiz) now stands for it.
 */
export function address_for(url: URL, attempt: string | undefined): URL {
	const next = new URL(url);
	next.searchParams.delete('seed');
	if (attempt === undefined) next.searchParams.delete('attempt');
	else next.searchParams.set('attempt', attempt);
	return next;
}

/** `url` without the query parameters `names`. */
export function without(url: URL, names: readonly string[]): URL {
	const next = new URL(url);
	for (const name of names) next.searchParams.delete(name);
	return next;
}
