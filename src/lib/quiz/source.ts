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

	/** Concepts of every document by id (the first document's where two share one), made on first need. */
	private everywhere: Map<string, Concept> | undefined;

	/** A concept of this document or, for a counterpart, of another one. */
	concept(id: string): Concept {
		const concept = this.concepts.get(id) ?? this.everywhere_concepts().get(id);
		if (!concept) throw new Error(`${this.file}: no concept "${id}"`);
		return concept;
	}

	private everywhere_concepts() {
		if (!this.everywhere) {
			this.everywhere = new Map();
			for (const doc of this.all) {
				for (const c of doc.distinctions.concepts) {
					if (!this.everywhere.has(c.id)) this.everywhere.set(c.id, c);
				}
			}
		}
		return this.everywhere;
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
