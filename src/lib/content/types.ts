import type { ItemType } from '../quiz/types';
import type { DistinctionsFile } from './schema';

export interface Term {
	/** Anchor-safe id, unique within the document. */
	id: string;
	term: string;
	definition: string;
	aliases: string[];
}

/** What a listing needs of a lesson: no body, no terms. */
export interface LessonStub {
	slug: string;
	document: string;
	order: number;
	title: string;
	description: string;
	/** The source section the lesson teaches. */
	section: string;
	reading_minutes: number;
	/** Site path without the base, e.g. `/mutual-aid/what-is-mutual-aid/` (see `lesson_path`). */
	href: string;
}

/** A lesson objective and the facts and item types that examine it (see FACT_REFERENCE). */
export interface Objective {
	text: string;
	facts: string[];
	types: ItemType[];
}

export interface Lesson extends LessonStub {
	/** The objectives as the page lists them. */
	objectives: string[];
	/** The same objectives with what examines each, in the same order. */
	examined: Objective[];
	terms: Term[];
	takeaway: string;
	/** Path of the Markdown file relative to the project root, e.g. `content/01-x/02-y.md`. */
	file: string;
}

export interface Section {
	name: string;
	covered: boolean;
	note?: string;
}

/** The distinctions of one document, as validated; facts keep their lesson and section. */
export type Distinctions = DistinctionsFile;

export interface DocumentModule {
	slug: string;
	/** Folder from the project root, e.g. `content/03-mutual-aid`. */
	folder: string;
	order: number;
	title: string;
	source: string;
	description: string;
	sections: Section[];
	further_reading: { title: string; note: string }[];
	lessons: Lesson[];
	distinctions: Distinctions;
}

/** content/site.yaml: the module's heading and one-sentence description. */
export interface Site {
	title: string;
	description: string;
}

export interface Content {
	site: Site;
	documents: DocumentModule[];
}
