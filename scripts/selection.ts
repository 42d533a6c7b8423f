import { lesson_key } from '../src/lib/content/ids';
import type { QuizDocument } from '../src/lib/quiz/source';
import type { Selection } from '../src/lib/quiz/types';
import type { ExportOptions } from './args';

export type ResolvedSelection = { ok: true; selection: Selection } | { ok: false; message: string };

/**
 * Checks the documents and lessons named on the command line against the content, so a typo is
 * reported with the valid names rather than silently matching nothing. A lesson may be named by
 * its slug or as `document/slug`, as `in_selection` accepts.
 */
export function resolve_selection(
	options: Pick<ExportOptions, 'documents' | 'lessons' | 'types' | 'count'>,
	documents: readonly QuizDocument[]
): ResolvedSelection {
	const slugs = documents.map((doc) => doc.slug);
	for (const name of options.documents ?? []) {
		if (!slugs.includes(name)) {
			return {
				ok: false,
				message: `unknown document "${name}"; valid documents: ${slugs.join(', ')}`
			};
		}
	}
	const lessons = documents.flatMap((doc) =>
		doc.lessons.map((lesson) => ({ document: doc.slug, slug: lesson.slug }))
	);
	for (const name of options.lessons ?? []) {
		const found = lessons.filter((l) => name === l.slug || name === lesson_key(l.document, l.slug));
		if (!found.length) {
			const valid = lessons.map((l) => lesson_key(l.document, l.slug)).join(', ');
			return { ok: false, message: `unknown lesson "${name}"; valid lessons: ${valid}` };
		}
		// in_selection lets lessons override documents; naming both is only sound when they agree.
		if (options.documents && !found.some((l) => options.documents!.includes(l.document))) {
			return {
				ok: false,
				message: `lesson "${name}" is not in the documents given (${options.documents.join(', ')})`
			};
		}
	}
	const selection: Selection = {};
	if (options.documents) selection.documents = options.documents;
	if (options.lessons) selection.lessons = options.lessons;
	if (options.types) selection.types = options.types;
	if (options.count !== undefined) selection.count = options.count;
	return { ok: true, selection };
}
