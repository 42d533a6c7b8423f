import { lesson_key } from '../content/ids';
import { lesson_path } from '../content/paths';
import { score } from '../quiz/score';
import type { QuizDocument } from '../quiz/source';
import type { Item } from '../quiz/types';
import { mastery, type Mastery } from './mastery';
import { due_items } from './schedule';
import type { ProgressState } from './schema';

export interface LessonReport {
	key: string;
	title: string;
	href: string;
	read: boolean;
	mastery: Mastery;
	due: number;
}

export interface DocumentReport {
	slug: string;
	title: string;
	lessons: LessonReport[];
	distinctions: { name: string; mastery: Mastery }[];
}

/** The ids of a group's items (a lesson's, or a distinction's), one list per fact they test. */
type Facts = readonly (readonly string[])[];

/**
 * A document as the progress page receives it (`report_data`): its names, and the ids of its
 * items grouped by the fact they test, per lesson and per distinction. What mastery is judged
 * on, without the content's facts or the generator that makes the items.
 */
export interface ReportData {
	slug: string;
	title: string;
	lessons: readonly { slug: string; title: string; facts: Facts }[];
	distinctions: readonly { name: string; facts: Facts }[];
}

/** The ids of `items`, grouped by the fact they test, in the order the facts first come. */
function by_fact(items: readonly Item[]): string[][] {
	const facts = new Map<string, string[]>();
	for (const item of items)
		facts.set(item.fact.key, [...(facts.get(item.fact.key) ?? []), item.id]);
	return [...facts.values()];
}

/**
 * `documents` and the items of `bank` (any seed's bank of them, e.g. `content_bank`) as the
 * progress page reports on them. An item whose lesson is none of its document's is in no
 * lesson's figures, as it is in no lesson.
 */
export function report_data(
	documents: readonly QuizDocument[],
	bank: readonly Item[]
): ReportData[] {
	return documents.map((doc) => {
		const items = bank.filter((item) => item.document === doc.slug);
		return {
			slug: doc.slug,
			title: doc.title,
			lessons: doc.lessons.map((lesson) => ({
				slug: lesson.slug,
				title: lesson.title,
				facts: by_fact(items.filter((item) => item.source.lesson === lesson.slug))
			})),
			distinctions: doc.distinctions.attributes.map((attribute) => ({
				name: attribute.name,
				facts: by_fact(items.filter((item) => item.fact.attribute === attribute.id))
			}))
		};
	});
}

/** Everything the progress page shows, per module, lesson and distinction. */
export function progress_report(options: {
	documents: readonly ReportData[];
	state: ProgressState;
	now: number;
}): DocumentReport[] {
	const { documents, state, now } = options;
	// Only an item in a lesson is counted as due on this page: the items the page knows of.
	const known = new Set(
		documents.flatMap((doc) => doc.lessons.flatMap((lesson) => lesson.facts.flat()))
	);
	const due = new Set(due_items(state, known, now).map((c) => c.item));
	return documents.map((doc) => ({
		slug: doc.slug,
		title: doc.title,
		lessons: doc.lessons.map((lesson) => {
			const key = lesson_key(doc.slug, lesson.slug);
			return {
				key,
				title: lesson.title,
				href: lesson_path(doc.slug, lesson.slug),
				read: key in state.lessons_read,
				mastery: mastery(state, lesson.facts),
				due: lesson.facts.flat().filter((id) => due.has(id)).length
			};
		}),
		distinctions: doc.distinctions.map((distinction) => ({
			name: distinction.name,
			mastery: mastery(state, distinction.facts)
		}))
	}));
}

/** Finished attempts, oldest first, with their scores. */
export function attempt_history(state: ProgressState) {
	return Object.values(state.attempts)
		.filter((a) => a.finished !== undefined)
		.sort((a, b) => (a.finished ?? 0) - (b.finished ?? 0))
		.map((a) => ({ id: a.id, scope: a.scope, finished: a.finished ?? 0, ...score(a) }));
}
