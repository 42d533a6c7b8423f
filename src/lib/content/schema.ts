import * as v from 'valibot';
import { ITEM_TYPES, type ItemType } from '../quiz/types';

/** Text that must not be empty once trimmed. */
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)')
);
/** Where a fact comes from: a lesson of the same document and a section of the source. */
const cited = { lesson: id, section: text };

/** content/site.yaml: what the home page says about the module as a whole. */
export const site_schema = v.object({
	title: v.pipe(text, v.maxLength(80, 'must be at most 80 characters')),
	description: v.pipe(text, v.maxLength(300, 'must be at most 300 characters'))
});

export const section_schema = v.object({
	name: text,
	covered: v.optional(v.boolean(), true),
	note: v.optional(text)
});

export const document_schema = v.object({
	title: text,
	source: text,
	description: text,
	sections: v.pipe(v.array(section_schema), v.minLength(1, 'must list at least one section')),
	further_reading: v.optional(v.array(v.object({ title: text, note: text })), [])
});

export const term_schema = v.object({
	term: v.pipe(text, v.maxLength(40, 'must be at most 40 characters')),
	definition: text,
	aliases: v.optional(v.array(text), [])
});

/**
 * A reference to facts that can examine an objective: `attribute:<id>`, `similarity:<id>`,
 * `scenario:<concept id>` (the held-back scenarios of a concept), `link:<id>` or `term:<term>`;
 * `*` in place of the id means every fact of that kind in the document.
 */
export const FACT_REFERENCE = /^(attribute|similarity|scenario|link|term):(\*|[A-Za-z0-9][A-Za-z0-9 '-]*)$/;

/**
 * A lesson objective and what examines it: the facts it covers and the item types that test
 * them (a gate checks that some generated item of those types is on those facts). A bare
 * string is read as an objective that maps to nothing, which that gate then names.
 */
const objective_schema = v.union(
	[
		v.pipe(
			text,
			v.transform((objective) => ({ text: objective, facts: [] as string[], types: [] as ItemType[] }))
		),
		v.object({
			text,
			facts: v.pipe(
				v.array(
					v.pipe(
						v.string(),
						v.regex(
							FACT_REFERENCE,
							'must be attribute:<id>, similarity:<id>, scenario:<concept>, link:<id> or term:<term> (or * for every one of that kind)'
						)
					)
				),
				v.minLength(1, 'must name at least one fact')
			),
			types: v.pipe(
				v.array(v.picklist(ITEM_TYPES, `must be one of ${ITEM_TYPES.join(', ')}`)),
				v.minLength(1, 'must name at least one item type')
			)
		})
	],
	'must be a sentence, or { text, facts, types }'
);

export const frontmatter_schema = v.object({
	title: text,
	description: v.pipe(text, v.maxLength(160, 'must be at most 160 characters')),
	section: text,
	objectives: v.pipe(
		v.array(objective_schema),
		v.minLength(2, 'needs 2 to 4 objectives'),
		v.maxLength(4, 'needs 2 to 4 objectives')
	),
	terms: v.pipe(v.array(term_schema), v.minLength(1, 'needs at least one key term')),
	takeaway: text
});

export const concept_schema = v.object({ id, name: text, summary: text, ...cited });

/**
 * The kind of answer an attribute's values are. A distractor must answer the same question as
 * the key ("who" is answered by people, never by a goal), so an item draws distractors from
 * other attributes, here or in another document, only when they declare the same kind. An
 * attribute without a kind is a kind of its own: its distractors are its own other values.
 */
export const ANSWER_KINDS = [
	'who',
	'what',
	'how',
	'aim',
	'scale',
	'time',
	'example',
	'definition'
] as const;

/** A value that also holds, fully or in part, for another concept: never a false statement of it. */
const overlap_schema = v.object({
	concept: id,
	extent: v.picklist(['full', 'partial'], 'must be "full" or "partial"'),
	/** What in the source makes the value hold for that concept too. */
	why: text
});

export const attribute_schema = v.object({
	id,
	name: text,
	kind: v.optional(v.picklist(ANSWER_KINDS, `must be one of ${ANSWER_KINDS.join(', ')}`)),
	/**
	 * Whether each value reads on its own as a trait of one concept ("Long-term, patient effort
	 * to build trust"), so it can stand beside a shared trait as a wrong answer to "Which of
	 * these is true of both?". Who-answers, examples and scales do not.
	 */
	trait: v.optional(v.boolean(), false),
	/** Question template with `{concept}`, e.g. "What is the scope of {concept}?" */
	question: v.optional(v.pipe(text, v.includes('{concept}', 'must contain {concept}'))),
	/** Statement template with `{concept}` and `{value}`, used for true/false items. */
	claim: v.optional(
		v.pipe(
			text,
			v.includes('{concept}', 'must contain {concept}'),
			v.includes('{value}', 'must contain {value}')
		)
	),
	values: v.pipe(
		v.array(
			v.object({
				concept: id,
				text,
				note: v.optional(text),
				also: v.optional(v.array(overlap_schema), []),
				...cited
			})
		),
		v.minLength(2, 'needs a value for at least two concepts')
	)
});

export const distinctions_schema = v.object({
	concept_noun: text,
	concept_noun_plural: text,
	/** How the concepts are named together: "both approaches", "all three types". */
	group: text,
	concepts: v.pipe(v.array(concept_schema), v.minLength(2, 'needs at least two concepts')),
	attributes: v.optional(v.array(attribute_schema), []),
	similarities: v.optional(v.array(v.object({ id, text, ...cited })), []),
	/**
	 * Worked examples: situations the lessons print with their answer (under "Examples" in the
	 * cited lesson). The quiz never asks them, since it would test recall, not transfer.
	 */
	examples: v.optional(
		v.array(
			v.object({ id, text, concept: id, why: text, from_source: v.optional(v.boolean(), false), ...cited })
		),
		[]
	),
	/**
	 * Held-back scenarios: new situations only the quiz asks, never printed. The cited lesson is
	 * where the concept is taught; it must print worked examples, which the item's feedback
	 * links to. At least {@link MIN_HELD_BACK} per concept (a gate checks).
	 */
	scenarios: v.optional(v.array(v.object({ id, text, concept: id, why: text, ...cited })), []),
	links: v.optional(
		v.array(v.object({ id, concept: id, counterpart: id, why: text, ...cited })),
		[]
	)
});

/** Held-back scenarios each concept needs, so a quiz tests transfer to new situations. */
export const MIN_HELD_BACK = 3;

export type DocumentFile = v.InferOutput<typeof document_schema>;
export type Frontmatter = v.InferOutput<typeof frontmatter_schema>;
export type DistinctionsFile = v.InferOutput<typeof distinctions_schema>;
