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

function group(items: readonly Item[]) {
	const facts = new Map<string, string[]>();
	for (const item of items)
		facts.set(item.fact.key, [...(facts.get(item.fact.key) ?? []), item.id]);
	return facts;
}

/** Everything the progress page shows, per module, lesson and distinction. */
export function progress_report(options: {
	documents: readonly QuizDocument[];
	bank: readonly Item[];
	state: ProgressState;
	now: number;
}): DocumentReport[] {
	const { documents, bank, state, now } = options;
	const due = new Set(due_items(state, new Set(bank.map((i) => i.id)), now).map((c) => c.item));
	return documents.map((doc) => {
		const items = bank.filter((item) => item.document === doc.slug);
		return {
			slug: doc.slug,
			title: doc.title,
			lessons: doc.lessons.map((lesson) => {
				const key = lesson_key(doc.slug, lesson.slug);
				const own = items.filter((item) => item.source.lesson === lesson.slug);
				return {
					key,
					title: lesson.title,
					href: lesson_path(doc.slug, lesson.slug),
					read: key in state.lessons_read,
					mastery: mastery(state, group(own)),
					due: own.filter((item) => due.has(item.id)).length
				};
			}),
			distinctions: doc.distinctions.attributes.map((attribute) => ({
				name: attribute.name,
				mastery: mastery(state, group(items.filter((item) => item.fact.attribute === attribute.id)))
			}))
		};
	});
}

/** Finished attempts, oldest first, with their scores. */
export function attempt_history(state: ProgressState) {
	return Object.values(state.attempts)
		.filter((a) => a.finished !== undefined)
		.sort((a, b) => (a.finished ?? 0) - (b.finished ?? 0))
		.map((a) => ({ id: a.id, scope: a.scope, finished: a.finished ?? 0, ...score(a) }));
}
