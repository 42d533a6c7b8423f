import type { Content, Distinctions, Objective, Term } from '../content/types';

/** What the generator needs of a document: a subset of the content model, sent to quiz pages. */
export interface QuizDocument {
	slug: string;
	title: string;
	folder: string;
	lessons: { slug: string; title: string; section: string; terms: Term[]; examined: Objective[] }[];
	distinctions: Distinctions;
}

/** The part of the content model the generator reads, as sent to quiz pages. */
export function quiz_documents_of(content: Content): QuizDocument[] {
	return content.documents.map(({ slug, title, folder, lessons, distinctions }) => ({
		slug,
		title,
		folder,
		distinctions,
		lessons: lessons.map(({ slug, title, section, terms, examined }) => ({
			slug,
			title,
			section,
			terms,
			examined
		}))
	}));
}

export type Concept = Distinctions['concepts'][number];
export type Attribute = Distinctions['attributes'][number];
export type Value = Attribute['values'][number];

/** Everything an item generator may look at, with lookups it needs often. */
export class DocumentFacts {
	readonly file: string;
	readonly concepts: Map<string, Concept>;

	constructor(
		readonly doc: QuizDocument,
		readonly all: readonly QuizDocument[]
	) {
		this.file = `${doc.folder}/distinctions.yaml`;
		this.concepts = new Map(doc.distinctions.concepts.map((c) => [c.id, c]));
	}

	get d() {
		return this.doc.distinctions;
	}

	concept(id: string): Concept {
		const concept =
			this.concepts.get(id) ??
			this.all.flatMap((doc) => doc.distinctions.concepts).find((c) => c.id === id);
		if (!concept) throw new Error(`${this.file}: no concept "${id}"`);
		return concept;
	}

	value(attribute: Attribute, concept: string): Value {
		const value = attribute.values.find((v) => v.concept === concept);
		if (!value)
			throw new Error(`${this.file}: attribute "${attribute.id}" has no value for "${concept}"`);
		return value;
	}

	/** The option that names all concepts together ("Both approaches"), if the document has shared traits. */
	get group_option(): string | undefined {
		return this.d.similarities.length > 0 ? this.d.group : undefined;
	}
}
