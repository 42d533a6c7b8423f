import { fact_anchor } from './ids';
import type { Content, DocumentModule, Lesson } from './types';

export interface FactRow {
	anchor: string;
	name: string;
	/** One cell per concept, in the document's concept order. */
	cells: string[];
}

/** The facts a lesson shows: the same data the quizzes are generated from. */
export interface LessonFacts {
	concepts: { id: string; name: string }[];
	rows: FactRow[];
	similarities: { anchor: string; text: string }[];
	scenarios: { anchor: string; text: string; concept: string; why: string }[];
	links: { anchor: string; from: string; to: string; to_document: string; why: string }[];
	group: string;
}

/** Collects the facts that cite `lesson`; an attribute row shows all concepts' values. */
export function lesson_facts(content: Content, doc: DocumentModule, lesson: Lesson): LessonFacts {
	const d = doc.distinctions;
	const name = (id: string) =>
		content.documents.flatMap((x) => x.distinctions.concepts).find((c) => c.id === id)?.name ?? id;
	const here = (fact: { lesson: string }) => fact.lesson === lesson.slug;
	return {
		group: d.group,
		concepts: d.concepts.map(({ id, name }) => ({ id, name })),
		rows: d.attributes
			.filter((attribute) => attribute.values.some(here))
			.map((attribute) => ({
				anchor: fact_anchor.attribute(attribute.id),
				name: attribute.name,
				cells: d.concepts.map((c) => attribute.values.find((v) => v.concept === c.id)?.text ?? '')
			})),
		similarities: d.similarities.filter(here).map((s) => ({ anchor: fact_anchor.similarity(s.id), text: s.text })),
		// Worked examples only: held-back scenarios (d.scenarios) are for the quiz and never shown.
		scenarios: d.examples
			.filter(here)
			.map((s) => ({ anchor: fact_anchor.example(s.id), text: s.text, concept: name(s.concept), why: s.why })),
		links: d.links.filter(here).map((l) => ({
			anchor: fact_anchor.link(l.id),
			from: name(l.concept),
			to: name(l.counterpart),
			to_document:
				content.documents.find((x) => x.distinctions.concepts.some((c) => c.id === l.counterpart))?.title ?? '',
			why: l.why
		}))
	};
}
