import { json } from '@sveltejs/kit';
import { quiz_documents } from '$lib/server/content';

/**
 * What the generator needs, as one static file. Quiz pages fetch it only for a quiz other than
 * the one built into the page (another seed, a resumed attempt), so their HTML stays small.
 */
export const prerender = true;

export function GET() {
	return json(quiz_documents());
}
