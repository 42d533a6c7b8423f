import { every_text } from '$lib/content/wording';
import { content } from '$lib/server/content';
import { quiz_page } from '$lib/server/quiz';
import { MIXED_SCOPE } from '$lib/content/ids';

export function load() {
	return quiz_page({
		scope: MIXED_SCOPE,
		title: `Mixed test on ${every_text(content.documents.length)}`,
		back: { href: '/', label: 'All lessons' },
		selection: { count: 20 }
	});
}
