import { quiz_documents } from '$lib/server/content';

export function load() {
	return { documents: quiz_documents() };
}
