import { error } from '@sveltejs/kit';
import { content, find_document } from '$lib/server/content';
import { quiz_page } from '$lib/server/quiz';
import { document_scope } from '$lib/content/ids';
import { document_path } from '$lib/content/paths';

export function entries() {
	return content.documents.map((doc) => ({ doc: doc.slug }));
}

export function load({ params }) {
	const doc = find_document(params.doc);
	if (!doc) error(404, `There is no module called “${params.doc}”.`);
	return quiz_page({
		scope: document_scope(doc.slug),
		title: doc.title,
		back: { href: document_path(doc.slug), label: doc.title },
		selection: { documents: [doc.slug], count: 15 }
	});
}
