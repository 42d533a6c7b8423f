import { lesson_key } from '../content/ids';
import { build_quiz } from '../quiz/bank';
import type { Attempt } from '../quiz/attempt';
import type { QuizDocument } from '../quiz/source';
import { ITEM_TYPES, type Item, type ItemType } from '../quiz/types';
import { item_fingerprint, type Assignment, type AssignmentSelection } from './assignment';
import { file_slug } from './file_name';
import type { AssignmentResult } from './result';

/**
 * The assignment's items, drawn as the builder drew them, and whether the content has changed
 * since (then the items may differ from the ones the teacher saw).
 */
export function draw_assignment(documents: readonly QuizDocument[], assignment: Assignment) {
	const items = build_quiz({ documents, seed: assignment.seed, selection: assignment.selection });
	const changed = item_fingerprint(items.map((item) => item.id)) !== assignment.fingerprint;
	return { items, changed };
}

/**
 * The selection for the lessons a teacher ticked: whole documents by name where every chosen
 * document is chosen whole (a shorter link), else the lessons one by one. All types are left
 * out, as the generator reads "no types" as every type.
 */
export function assignment_selection(
	documents: readonly QuizDocument[],
	lessons: ReadonlySet<string>,
	types: ReadonlySet<ItemType>,
	count: number
): AssignmentSelection {
	const keys = (doc: QuizDocument) => doc.lessons.map((l) => lesson_key(doc.slug, l.slug));
	const touched = documents.filter((doc) => keys(doc).some((k) => lessons.has(k)));
	const whole = touched.every((doc) => keys(doc).every((k) => lessons.has(k)));
	const all_types = ITEM_TYPES.every((t) => types.has(t));
	return {
		...(whole
			? { documents: touched.map((doc) => doc.slug) }
			: { lessons: documents.flatMap(keys).filter((k) => lessons.has(k)) }),
		...(!all_types && { types: ITEM_TYPES.filter((t) => types.has(t)) }),
		count
	};
}

/** What a student hands in, from the finished attempt. Answers keep the order they were given. */
export function assignment_result(
	assignment: Assignment,
	student: string,
	items: readonly Item[],
	attempt: Attempt
): AssignmentResult {
	const responses = Object.entries(attempt.responses)
		.map(([item, r]) => ({ item, answer: r.answer, correct: r.correct, score: r.score, at: r.at }))
		.sort((a, b) => a.at - b.at);
	return {
		assignment,
		student: student.trim(),
		item_ids: items.map((item) => item.id),
		responses,
		started: attempt.started,
		finished: attempt.finished ?? attempt.started
	};
}

/**
 * A file name from the assignment's title and the student's name: letters and digits of any
 * script kept, everything else (slashes, dots, quotes, control characters) a hyphen.
 */
export function result_file_name(title: string, student: string) {
	return `${file_slug(title) || 'assignment'}_${file_slug(student) || 'student'}.mobilize-result.json`;
}
