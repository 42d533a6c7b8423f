import type { Content, Lesson, LessonStub } from './types';

/** The listing fields of a lesson, without its objectives, terms or file. */
export function stub(lesson: Lesson): LessonStub {
	const { slug, document, order, title, description, section, reading_minutes, href } = lesson;
	return { slug, document, order, title, description, section, reading_minutes, href };
}

/** Every lesson in reading order: documents in order, then lessons in order. */
export function all_lessons(content: Content): Lesson[] {
	return content.documents.flatMap((doc) => doc.lessons);
}
