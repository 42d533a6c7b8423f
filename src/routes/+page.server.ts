import { content } from '$lib/server/content';
import { stub } from '$lib/content/stubs';

export function load() {
	return {
		site: content.site,
		documents: content.documents.map((doc) => ({
			slug: doc.slug,
			title: doc.title,
			description: doc.description,
			lessons: doc.lessons.map(stub),
			not_covered: doc.sections.filter((s) => !s.covered).map((s) => s.name)
		}))
	};
}
