import { json } from '@sveltejs/kit';
import { quiz_documents } from '$lib/server/content';
import { content_item_ids } from '$lib/session/draw';

/**
 * The ids of every item the current content has (the same for every seed), as one static file.
 * No page carries the list: a page fetches it, once idle, only for a learner with stored
 * answers, so that answers to items a content change removed are left out of the review count.
 */
export const prerender = true;

export function GET() {
	return json(content_item_ids(quiz_documents()));
}
