import * as v from 'valibot';
import { MAX_SEED } from '../quiz/seed';
import { hash } from '../quiz/random';
import { ITEM_TYPES, type ItemType } from '../quiz/types';
import type { Mode } from '../quiz/attempt';

/**
 * A teacher's assignment: everything needed to draw the same quiz, in the same order, for every
 * student who opens its link. The items are not stored: `build_quiz` draws them again from the
 * seed and the selection, and `fingerprint` tells whether the content has changed since.
 */
export interface Assignment {
	title: string;
	/** Shown to students above the quiz; plain text, never markup. */
	instructions: string;
	selection: AssignmentSelection;
	seed: number;
	mode: Mode;
	/** The pass mark, in percent. */
	pass: number;
	/** The day it is due, `YYYY-MM-DD`, when the teacher set one. */
	due?: string;
	/** `item_fingerprint` of the items drawn when it was made. */
	fingerprint: string;
}

/** What the quiz draws from: scopes as in `Selection`, with a count always set. */
export interface AssignmentSelection {
	documents?: string[];
	lessons?: string[];
	types?: ItemType[];
	count: number;
}

export const LIMITS = {
	title: 120,
	instructions: 2000,
	count: 100,
	/** Names of documents and lessons, and how many of them. */
	name: 80,
	names: 200,
	student: 80
} as const;

const name = v.pipe(
	v.string(),
	v.minLength(1, 'must not be empty'),
	v.maxLength(LIMITS.name, `must be at most ${LIMITS.name} characters`)
);
const names = v.optional(
	v.pipe(v.array(name), v.maxLength(LIMITS.names, `must list at most ${LIMITS.names}`))
);

export const assignment_schema = v.strictObject({
	title: v.pipe(
		v.string(),
		v.trim(),
		v.minLength(1, 'must not be empty'),
		v.maxLength(LIMITS.title, `must be at most ${LIMITS.title} characters`)
	),
	instructions: v.pipe(
		v.string(),
		v.maxLength(LIMITS.instructions, `must be at most ${LIMITS.instructions} characters`)
	),
	selection: v.strictObject({
		documents: names,
		lessons: names,
		types: v.optional(v.array(v.picklist(ITEM_TYPES, 'must be a known item type'))),
		count: v.pipe(
			v.number(),
			v.integer('must be a whole number'),
			v.minValue(1, 'must be at least 1'),
			v.maxValue(LIMITS.count, `must be at most ${LIMITS.count}`)
		)
	}),
	seed: v.pipe(
		v.number(),
		v.integer('must be a whole number'),
		v.minValue(0, 'must not be negative'),
		v.maxValue(MAX_SEED, `must be at most ${MAX_SEED}`)
	),
	mode: v.picklist(['practice', 'exam'], 'must be practice or exam'),
	pass: v.pipe(
		v.number(),
		v.integer('must be a whole number'),
		v.minValue(0, 'must be at least 0'),
		v.maxValue(100, 'must be at most 100')
	),
	due: v.optional(
		v.pipe(
			v.string(),
			v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
			v.check((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'must be a real date')
		)
	),
	fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'must be 8 hexadecimal digits'))
});

/** 8 hex digits of FNV-1a: short, stable in every browser, and enough to catch accidents. */
export const hex_hash = (text: string) => hash(text).toString(16).padStart(8, '0');

/** The fingerprint of a drawn quiz: its item ids in order. */
export const item_fingerprint = (item_ids: readonly string[]) => hex_hash(item_ids.join('\n'));

/** The assignment's fields in one fixed order, so equal assignments give equal text. */
export function canonical_assignment(assignment: Assignment): Assignment {
	const { documents, lessons, types, count } = assignment.selection;
	return {
		title: assignment.title,
		instructions: assignment.instructions,
		selection: {
			...(documents && { documents: [...documents] }),
			...(lessons && { lessons: [...lessons] }),
			...(types && { types: [...types] }),
			count
		},
		seed: assignment.seed,
		mode: assignment.mode,
		pass: assignment.pass,
		...(assignment.due !== undefined && { due: assignment.due }),
		fingerprint: assignment.fingerprint
	};
}

/**
 * The assignment's id: a hash of all of it, so two different assignments (even with the same
 * title) are told apart by the gradebook, and a student's result names exactly what was set.
 */
export const assignment_id = (assignment: Assignment) =>
	hex_hash(JSON.stringify(canonical_assignment(assignment)));

/** Valibot's first issue as `field: message`, the way content errors read. */
export function first_issue(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	if (!issue) return 'is not valid';
	const path = v.getDotPath(issue);
	return path ? `${path}: ${issue.message}` : issue.message;
}
