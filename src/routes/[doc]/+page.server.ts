import { error } from '@sveltejs/kit';
import { stub } from '$lib/content/stubs';
import { content, find_document } from '$lib/server/content';

export function entries() {
	return content.documents.map((doc) => ({ doc: doc.slug }));
}

export function load({ params }) {
	const doc = find_document(params.doc);
	if (!doc) error(404, `There is no module called “${params.doc}”.`);
	return {
		doc: {
			slug: doc.slug,
			title: doc.title,
			description: doc.description,
			sections: doc.sections,
			further_reading: doc.further_reading,
			lessons: doc.lessons.map(stub)
		}
	};
}
