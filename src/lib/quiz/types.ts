export const ITEM_TYPES = [
	'which-concept',
	'attribute-value',
	'true-false',
	'matching',
	'scenario',
	'fill-in',
	'shared-trait',
	'across',
	'analogy',
	'pairing',
	'double-scenario'
] as const;

export type ItemType = (typeof ITEM_TYPES)[number];

/** Where an item's fact is taught: the source section and the lesson, with a link to it. */
export interface ItemSource {
	document: string;
	section: string;
	lesson: string;
	/** Lesson path and anchor of the fact, without the site base: `/doc/lesson/#attr-scope`. */
	href: string;
}

/** The fact an item tests. */
export interface ItemFact {
	kind: 'value' | 'similarity' | 'scenario' | 'link' | 'term';
	/** Stable key of the fact: two items with the same key test the same thing. */
	key: string;
	concepts: string[];
	attribute?: string;
	/** File and field of the fact, for messages about bad content. */
	origin: string;
}

export interface Option {
	id: string;
	text: string;
	correct: boolean;
	/** Why this option is right or wrong. */
	feedback: string;
	/** Matching only: the prompt this option belongs with. */
	matches?: string;
	/** Where the option's own fact is taught, when it differs from the item's. */
	href?: string;
}

export interface Item {
	/** Stable across builds for the same content, and the same for every seed. */
	id: string;
	type: ItemType;
	document: string;
	stem: string;
	/** The quoted material the stem asks about: a value, a scenario, a definition. */
	prompt?: string;
	options: Option[];
	/** Matching only: the left-hand side, each paired with one option. */
	prompts?: { id: string; text: string }[];
	/** Fill-in only: typed answers that count (the term and its aliases). */
	accept?: string[];
	/** What the learner should take away, shown with the feedback. */
	explanation: string;
	/**
	 * Lesson keys (`document/lesson`) of the lessons whose objectives map to this item's fact and
	 * type, besides the lesson that teaches it: a lesson's quiz draws them too.
	 */
	examines?: string[];
	source: ItemSource;
	fact: ItemFact;
}

/** A learner's answer to one item. */
export type Answer =
	| { kind: 'option'; option: string }
	| { kind: 'text'; text: string }
	| { kind: 'pairs'; pairs: Record<string, string> };

export interface Grade {
	correct: boolean;
	/** Share of the item answered right, 0 to 1 (matching gives part credit). */
	score: number;
	/** The feedback for what was chosen; for matching, one line per pair. */
	feedback: string[];
}

/** Which items a quiz draws from. */
export interface Selection {
	documents?: string[];
	lessons?: string[];
	types?: ItemType[];
	/** Exact item ids, for review and the quick check. */
	items?: string[];
	/** How many items; all that match when left out. */
	count?: number;
}
