import * as v from 'valibot';
import { ITEM_TYPES } from '../quiz/types';

/** The version this build writes. Older versions are migrated on read (see migrate.ts). */
export const CURRENT_VERSION = 1;

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const answer_schema = v.variant('kind', [
	v.object({ kind: v.literal('option'), option: v.string() }),
	v.object({ kind: v.literal('text'), text: v.pipe(v.string(), v.maxLength(500)) }),
	v.object({ kind: v.literal('pairs'), pairs: v.record(v.string(), v.string()) })
]);

const grade_schema = v.object({
	correct: v.boolean(),
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	feedback: v.array(v.string())
});

/** One answer to one item, kept for history, mastery and review. */
export const answer_record_schema = v.object({
	answer: answer_schema,
	correct: v.boolean(),
	at: time,
	/** The fact the item tests, so mastery can group answers without regenerating items. */
	fact: v.string(),
	lesson: v.string(),
	attempt: v.optional(v.string())
});

export const attempt_schema = v.object({
	id: v.string(),
	scope: v.string(),
	seed: v.pipe(v.number(), v.integer(), v.minValue(0)),
	selection: v.object({
		documents: v.optional(v.array(v.string())),
		lessons: v.optional(v.array(v.string())),
		types: v.optional(v.array(v.picklist(ITEM_TYPES))),
		items: v.optional(v.array(v.string())),
		count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)))
	}),
	mode: v.picklist(['practice', 'exam']),
	item_ids: v.array(v.string()),
	position: v.pipe(v.number(), v.integer(), v.minValue(0)),
	responses: v.record(
		v.string(),
		v.object({ answer: answer_schema, grade: grade_schema, at: time })
	),
	started: time,
	finished: v.optional(time)
});

export const state_schema = v.object({
	version: v.literal(CURRENT_VERSION),
	/** Lesson key (`document/slug`) to when it was first read. */
	lessons_read: v.record(v.string(), time),
	/** Item id to its answers, oldest first. */
	answers: v.record(v.string(), v.array(answer_record_schema)),
	/** Attempt id to attempt, finished or in progress. */
	attempts: v.record(v.string(), attempt_schema)
});

export type ProgressState = v.InferOutput<typeof state_schema>;
export type AnswerRecord = v.InferOutput<typeof answer_record_schema>;

export function empty_state(): ProgressState {
	return { version: CURRENT_VERSION, lessons_read: {}, answers: {}, attempts: {} };
}
