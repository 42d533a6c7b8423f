import { lesson_key } from '../content/ids';
import type { QuizDocument } from '../quiz/source';
import { upper_first } from '../quiz/text';

/** What the gradebook calls concepts, attributes and lessons: their names in the content. */
export class ContentNames {
	readonly concepts = new Map<string, string>();
	/** By document and attribute id: attribute ids repeat across documents. */
	readonly attributes = new Map<string, string>();
	readonly lessons = new Map<string, string>();
	/** What "all of them" is called in each document ("Both approaches"). */
	readonly groups = new Map<string, string>();
	readonly terms = new Map<string, string>();

	constructor(documents: readonly QuizDocument[]) {
		for (const doc of documents) {
			const d = doc.distinctions;
			for (const c of d.concepts) this.concepts.set(c.id, c.name);
			for (const a of d.attributes) this.attributes.set(attribute_ref(doc.slug, a.id), a.name);
			this.groups.set(doc.slug, upper_first(d.group));
			for (const lesson of doc.lessons) {
				this.lessons.set(lesson_key(doc.slug, lesson.slug), lesson.title);
				for (const term of lesson.terms) this.terms.set(term_ref(doc.slug, term.id), term.term);
			}
		}
	}

	concept = (id: string) => this.concepts.get(id) ?? id;
	attribute = (document: string, id: string) =>
		this.attributes.get(attribute_ref(document, id)) ?? id;
	lesson = (document: string, lesson: string) =>
		this.lessons.get(lesson_key(document, lesson)) ?? lesson;
	group = (document: string) => this.groups.get(document) ?? 'All of them';
	term = (document: string, id: string) => this.terms.get(term_ref(document, id)) ?? id;
}

// Map keys only, never stored: a document's attribute or term, told apart from another's.
const attribute_ref = (document: string, attribute: string) => `${document}\u0000${attribute}`;
const term_ref = (document: string, term: string) => `${document}\u0000${term}`;
