/**
 * Every identifier the module makes from content: fact keys, item keys (an item's id is the hash
 * of its key), option ids, anchor ids on lesson pages, lesson keys, quiz scopes and attempt ids.
 * Each is spelled here and nowhere else, so the generator, the gates, the lesson page and the
 * progress layer cannot drift apart.
 *
 * Many of these are stored: lesson keys (lessons read, quiz selections), scopes and attempt ids
 * (attempts), item keys (through item ids) and option ids (answers). A learner's progress refers
 * to them for as long as the content stands, so their spelling must never change
 * (ids.test.ts pins it). Those pages render or name (lesson keys, anchors, scopes, input names)
 * are in `page_ids.ts`, re-exported here; components and routes import them from there.
 */

export * from './page_ids';

/**
 * Keys of facts: two items with the same fact key test the same thing (a quiz asks it once,
 * mastery counts it once). Values and attributes are keyed without their document, because
 * concept ids are unique across documents.
 */
export const fact_key = {
	value: (attribute: string, concept: string) => `value:${attribute}:${concept}`,
	/**
	 * Every value of an attribute at once, as a matching item tests them. Keyed with its document:
	 * attribute ids, unlike concept ids, repeat across documents ("methods").
	 */
	attribute: (document: string, attribute: string) => `attribute:${document}:${attribute}`,
	similarity: (document: string, similarity: string) => `similarity:${document}:${similarity}`,
	scenario: (document: string, scenario: string) => `scenario:${document}:${scenario}`,
	link: (document: string, link: string) => `link:${document}:${link}`,
	term: (document: string, term: string) => `term:${document}:${term}`,
	/** Several attributes matched at once (see item_key.matching_rows). */
	attributes: (document: string, attributes: readonly string[]) =>
		`attribute:${document}:${attributes.join('+')}`
};

/**
 * What fact keys say, read back (the inverses of `fact_key`): ids and slugs are kebab-case, so
 * they hold no `:` or `+`, and the parts split cleanly.
 */
export const fact_key_parts = {
	/** The attributes a key of `fact_key.attribute` or `.attributes` names, or undefined. */
	attributes(key: string): string[] | undefined {
		const [kind, , attributes] = key.split(':');
		return kind === 'attribute' && attributes !== undefined ? attributes.split('+') : undefined;
	},
	/** The link a key of `fact_key.link` names, or undefined. */
	link(key: string): string | undefined {
		const [kind, , link] = key.split(':');
		return kind === 'link' ? link : undefined;
	}
};

/** Which way an across item asks: from this document's concept, or back to it. */
export type Direction = 'forward' | 'backward';

/** Keys of items, one per type: an item's id is the hash of its key, so ids stay stable. */
export const item_key = {
	which_concept: (document: string, attribute: string, concept: string) =>
		`which-concept:${document}:${attribute}:${concept}`,
	which_concept_shared: (document: string, similarity: string) =>
		`which-concept:${document}:similarity:${similarity}`,
	attribute_value: (document: string, attribute: string, concept: string) =>
		`attribute-value:${document}:${attribute}:${concept}`,
	/** A true statement of a concept's value. */
	true_statement: (document: string, attribute: string, concept: string) =>
		`true-false:${document}:${attribute}:${concept}:true`,
	/** A false statement: the concept given the value that `borrowed` has. */
	false_statement: (document: string, attribute: string, concept: string, borrowed: string) =>
		`true-false:${document}:${attribute}:${concept}:as:${borrowed}`,
	matching: (document: string, attribute: string) => `matching:${document}:${attribute}`,
	scenario: (document: string, scenario: string) => `scenario:${document}:${scenario}`,
	fill_in: (document: string, term: string) => `fill-in:${document}:${term}`,
	shared_trait: (document: string, similarity: string) => `shared-trait:${document}:${similarity}`,
	across: (document: string, link: string, direction: Direction) =>
		`across:${document}:${link}:${direction}`,
	/** Matching over several attributes at once (documents with two concepts). */
	matching_rows: (document: string, attributes: readonly string[]) =>
		`matching:${document}:${attributes.join('+')}`,
	/** "`given`'s two ends are as `asked`'s concept is to …", asked either way. */
	analogy: (document: string, given: string, asked: string, direction: Direction) =>
		`analogy:${document}:${given}:${asked}:${direction}`,
	pairing: (document: string, link: string) => `pairing:${document}:${link}`,
	double_scenario: (document: string, scenario: string) => `double-scenario:${document}:${scenario}`
};

/** Prompts of a matching item over several attributes: one row per attribute and concept. */
export const prompt_id = {
	row: (attribute: string, concept: string) => `${attribute}-of-${concept}`
};

/**
 * Ids of options that carry a fact (answers store the chosen id). Options naming a concept use
 * the concept's id; true/false and the group option use fixed words.
 */
export const option_id = {
	value: fact_key.value,
	similarity: (similarity: string) => `similarity:${similarity}`,
	term: (term: string) => `term:${term}`,
	/** A concept paired with a concept of another document. */
	pairing: (concept: string, counterpart: string) => `${concept}+${counterpart}`,
	TRUE: 'true',
	FALSE: 'false',
	/** "Both approaches", "All three types": the concepts together. */
	GROUP: 'all'
} as const;

/** Id of an attempt: its scope and its start (so two tabs starting at once rarely clash). */
export const attempt_id = (scope: string, started: number) => `${scope}@${started.toString(36)}`;

/** The start an attempt id says (the inverse of `attempt_id`), or undefined if it says none. */
export function attempt_started(id: string): number | undefined {
	const base36 = /@([0-9a-z]+)$/.exec(id)?.[1];
	if (base36 === undefined) return undefined;
	const started = parseInt(base36, 36);
	return Number.isSafeInteger(started) ? started : undefined;
}

/**
 * Id of the SCORM 1.2 interaction (`cmi.interactions.n.id`) for the answer to question `n` (from
 * 1) of a package, item `item`: `q3_k3j2…`, so the same question has the same id for every
 * learner. CMIIdentifier allows letters, digits, `_` and `-` only, up to 255 (RTE A.1).
 */
export const interaction_id = (n: number, item: string) =>
	`q${n}_${item}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 255);

/**
 * A student as the gradebook tells students apart: the name as typed, with case and runs of
 * spaces ignored, so "Ada  L." and "ada l." hand in one result, not two.
 */
export const student_key = (student: string) =>
	student.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Key of a stored result in the gradebook: one per student and assignment. */
export const result_key = (assignment: string, student: string) =>
	`${assignment}/${student_key(student)}`;

/** The two concepts of a pairing option (`option_id.pairing`), or undefined for another id. */
export function parse_pairing(id: string): [string, string] | undefined {
	const match = /^([^+:]+)\+([^+:]+)$/.exec(id);
	return match?.[1] !== undefined && match[2] !== undefined ? [match[1], match[2]] : undefined;
}

/** The attribute and concept a value option names (see `option_id.value`), or undefined. */
export function parse_value_option(id: string) {
	const match = /^value:([^:]+):([^:]+)$/.exec(id);
	if (match?.[1] === undefined || match[2] === undefined) return undefined;
	return { attribute: match[1], concept: match[2] };
}
