import { error } from '@sveltejs/kit';
import { all_lessons } from '$lib/content/stubs';
import { content, find_document } from '$lib/server/content';
import { quiz_page } from '$lib/server/quiz';
import { lesson_key, lesson_scope } from '$lib/content/ids';

export function entries() {
	return all_lessons(content).map((lesson) => ({ doc: lesson.document, lesson: lesson.slug }));
}

export function load({ params }) {
	const lesson = find_document(params.doc)?.lessons.find((l) => l.slug === params.lesson);
	if (!lesson) error(404, `There is no lesson called “${params.lesson}” here.`);
	return quiz_page({
		scope: lesson_scope(lesson.document, lesson.slug),
		title: lesson.title,
		back: { href: lesson.href, label: `Back to the lesson “${lesson.title}”` },
		selection: { lessons: [lesson_key(lesson.document, lesson.slug)], count: 10 }
	});
}
