import { generate_bank } from '$lib/quiz/bank';
import { content } from '$lib/server/content';

/** Item ids are the same for every seed, so one bank lists them all. */
const item_ids = generate_bank(content.documents, 1).map((item) => item.id);

export function load() {
	return { item_ids };
}
