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

/** An unordered pair of concept ids, as a key (ids hold no NUL). */
const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * What crosses documents, indexed once per bank: each concept and the document that holds it
 * (the first one, should two share an id), each concept's counterparts, and the pairs of
 * concepts a link joins. The cross-document item forms ask these for every link and scenario;
 * scanning every document each time made a bank's cost grow with the square of the documents.
 */
export class Crossings {
	private readonly holders = new Map<string, { concept: Concept; doc: QuizDocument }>();
	private readonly counterparts = new Map<string, string[]>();
	private readonly pairs = new Set<string>();

	constructor(all: readonly QuizDocument[]) {
		for (const doc of all) {
			for (const concept of doc.distinctions.concepts) {
				if (!this.holders.has(concept.id)) this.holders.set(concept.id, { concept, doc });
			}
		}
		const add = (concept: string, partner: string) => {
			const partners = this.counterparts.get(concept);
			if (partners) partners.push(partner);
			else this.counterparts.set(concept, [partner]);
		};
		for (const doc of all) {
			for (const link of doc.distinctions.links) {
				add(link.concept, link.counterpart);
				// A link of a concept to itself makes it its own counterpart once, not twice.
				if (link.counterpart !== link.concept) add(link.counterpart, link.concept);
				this.pairs.add(pair(link.concept, link.counterpart));
			}
		}
	}

	/** The concept with this id, in whichever document holds it. */
	concept(id: string): Concept | undefined {
		return this.holders.get(id)?.concept;
	}

	/** The document that holds a concept. */
	owner(concept: string): QuizDocument | undefined {
		return this.holders.get(concept)?.doc;
	}

	/** The concepts any document links to `concept`, either way round, in link order. */
	partners(concept: string): readonly string[] {
		return this.counterparts.get(concept) ?? [];
	}

	/** Whether any document links the two concepts, either way round. */
	linked(a: string, b: string): boolean {
		return this.pairs.has(pair(a, b));
	}
}

/** Everything an item generator may look at, with lookups it needs often. */
export class DocumentFacts {
	readonly file: string;
	readonly concepts: Map<string, Concept>;

	constructor(
		readonly doc: QuizDocument,
		readonly all: readonly QuizDocument[],
		/** Made once per bank and shared by its documents; made here when not given. */
		readonly crossings = new Crossings(all)
	) {
		this.file = `${doc.folder}/distinctions.yaml`;
		this.concepts = new Map(doc.distinctions.concepts.map((c) => [c.id, c]));
	}

	get d() {
		return this.doc.distinctions;
	}

	/** A concept of this document or, for a counterpart, of another one. */
	concept(id: string): Concept {
		const concept = this.concepts.get(id) ?? this.crossings.concept(id);
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
