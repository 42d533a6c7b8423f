import { error } from '@sveltejs/kit';
import { lesson_facts } from '$lib/content/lesson_facts';
import { all_lessons, stub } from '$lib/content/stubs';
import { content, find_document } from '$lib/server/content';

export function entries() {
	return all_lessons(content).map((lesson) => ({ doc: lesson.document, lesson: lesson.slug }));
}

export function load({ params }) {
	const doc = find_document(params.doc);
	const lesson = doc?.lessons.find((l) => l.slug === params.lesson);
	if (!doc || !lesson) error(404, `There is no lesson called “${params.lesson}” here.`);
	const order = all_lessons(content);
	const index = order.indexOf(lesson);
	const previous = order[index - 1];
	const next = order[index + 1];
	return {
		lesson,
		doc: { slug: doc.slug, title: doc.title, count: doc.lessons.length },
		facts: lesson_facts(content, doc, lesson),
		previous: previous && stub(previous),
		next: next && stub(next)
	};
}
