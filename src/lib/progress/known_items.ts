/**
 * Reads the ids of every item the current content has (src/routes/item-ids.json), to leave
 * answers to removed items out of what is due. Anything but a list of ids is refused, naming
 * what was wrong, so a bad file never counts everything or nothing as due.
 */
export async function fetch_known_items(
	url: string,
	fetcher: typeof fetch = fetch
): Promise<ReadonlySet<string>> {
	const response = await fetcher(url);
	if (!response.ok) {
		throw new Error(`The list of questions could not be loaded (HTTP ${response.status}).`);
	}
	const ids: unknown = await response.json();
	if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) {
		throw new Error('The list of questions is not a list of question ids.');
	}
	return new Set(ids);
}

let pending: Promise<ReadonlySet<string>> | undefined;

/** `fetch_known_items`, once per page load; a failed load is tried again on the next call. */
export function known_items(url: string): Promise<ReadonlySet<string>> {
	pending ??= fetch_known_items(url).catch((error: unknown) => {
		pending = undefined;
		throw error;
	});
	return pending;
}
