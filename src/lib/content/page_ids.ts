/**
 * The identifiers pages render or name: lesson keys, anchor ids on lesson pages, quiz scopes and
 * the names of a question's radio groups. Part of `ids.ts`, which re-exports them. Components,
 * routes and `paths.ts` import them from here, everything else from `ids.ts`: a page's start-up
 * code then does not carry the keys of facts and items, which only the generator, the quiz's
 * engine and the stored progress use (they load after start; see vite.config.ts). Stored like
 * the rest: their spelling must never change (ids.test.ts pins it).
 */

/** Key of a lesson within the module, `document/lesson`: what "read" and quiz selections store. */
export const lesson_key = (document: string, lesson: string) => `${document}/${lesson}`;

/** Id of a key term, from its name: lower-case and hyphenated, safe in an HTML id. */
export function term_id(term: string) {
	return term
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/**
 * Element ids of facts on their lesson page. The page renders them and quiz feedback links to
 * them, and the loader refuses two facts of a document that would share one.
 */
export const fact_anchor = {
	attribute: (attribute: string) => `attr-${attribute}`,
	similarity: (similarity: string) => `sim-${similarity}`,
	/** A worked example the lesson prints. */
	example: (example: string) => `example-${example}`,
	/** The lesson's "Examples" heading: where a held-back scenario's feedback points. */
	EXAMPLES: 'examples',
	link: (link: string) => `link-${link}`,
	term: (term: string) => `term-${term}`
};

/** What a quiz attempt covers; stored with it, and mapped back to its page by `quiz_path`. */
export const lesson_scope = (document: string, lesson: string) =>
	`lesson:${lesson_key(document, lesson)}`;
export const document_scope = (document: string) => `document:${document}`;
export const MIXED_SCOPE = 'mixed';
export const CHECK_SCOPE = 'check';
export const REVIEW_SCOPE = 'review';
/** A teacher's assignment, by its id (see classroom/assignment.ts): kept apart from every other quiz. */
export const assignment_scope = (assignment: string) => `assignment:${assignment}`;
/** Where a student's name for an assignment is kept, so a reload or resume keeps it. */
export const assignment_student_key = (assignment: string) => `mobilize:assignment-student:${assignment}`;

export type Scope =
	| { kind: 'lesson'; document: string; lesson: string }
	| { kind: 'document'; document: string }
	| { kind: 'assignment'; assignment: string }
	| { kind: typeof MIXED_SCOPE | typeof CHECK_SCOPE | typeof REVIEW_SCOPE };

/** The parts of a stored scope, or undefined for one this version does not make. */
export function parse_scope(scope: string): Scope | undefined {
	if (scope === MIXED_SCOPE || scope === CHECK_SCOPE || scope === REVIEW_SCOPE) {
		return { kind: scope };
	}
	const lesson = /^lesson:([^/]+)\/([^/]+)$/.exec(scope);
	if (lesson?.[1] !== undefined && lesson[2] !== undefined) {
		return { kind: 'lesson', document: lesson[1], lesson: lesson[2] };
	}
	const document = /^document:([^/]+)$/.exec(scope);
	if (document?.[1] !== undefined) return { kind: 'document', document: document[1] };
	const assignment = /^assignment:([0-9a-f]{8})$/.exec(scope);
	if (assignment?.[1] !== undefined) return { kind: 'assignment', assignment: assignment[1] };
	return undefined;
}

/**
 * Names of a question's radio groups in its form: the item id for its options, and one group per
 * prompt of a matching item. The page's HTML and the app read answers back by these names.
 */
export const input_name = {
	item: (item: string) => item,
	pair: (item: string, prompt: string) => `${item}-${prompt}`
};
