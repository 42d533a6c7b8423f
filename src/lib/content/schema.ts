import * as v from 'valibot';

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

export const frontmatter_schema = v.object({
	title: text,
	description: v.pipe(text, v.maxLength(160, 'must be at most 160 characters')),
	section: text,
	objectives: v.pipe(
		v.array(text),
		v.minLength(2, 'needs 2 to 4 objectives'),
		v.maxLength(4, 'needs 2 to 4 objectives')
	),
	terms: v.pipe(v.array(term_schema), v.minLength(1, 'needs at least one key term')),
	takeaway: text
});

export const concept_schema = v.object({ id, name: text, summary: text, ...cited });

export const attribute_schema = v.object({
	id,
	name: text,
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
		v.array(v.object({ concept: id, text, note: v.optional(text), ...cited })),
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
	scenarios: v.optional(
		v.array(
			v.object({ id, text, concept: id, why: text, from_source: v.optional(v.boolean(), false), ...cited })
		),
		[]
	),
	links: v.optional(
		v.array(v.object({ id, concept: id, counterpart: id, why: text, ...cited })),
		[]
	)
});

export type DocumentFile = v.InferOutput<typeof document_schema>;
export type Frontmatter = v.InferOutput<typeof frontmatter_schema>;
export type DistinctionsFile = v.InferOutput<typeof distinctions_schema>;
