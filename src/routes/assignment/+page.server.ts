import { quiz_documents } from '$lib/server/content';

/** The content the page draws from: an assignment is drawn in the browser, from its link. */
export function load() {
	return { documents: quiz_documents() };
}
