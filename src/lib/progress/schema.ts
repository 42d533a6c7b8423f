import type { Attempt } from '../quiz/attempt';
import { ITEM_TYPES, type Answer } from '../quiz/types';

/** The version this build writes. Older versions are migrated on read (see migrate.ts). */
export const CURRENT_VERSION = 1;

/** One answer to one item, kept for history, mastery and review. */
export interface AnswerRecord {
	answer: Answer;
	correct: boolean;
	/** When it was given, in ms since the epoch. */
	at: number;
	/** The attempt it was given in, if any. */
	attempt?: string;
}

/** Attempts are stored as the quiz keeps them. */
export type StoredAttempt = Attempt;

export interface ProgressState {
	version: typeof CURRENT_VERSION;
	/** Lesson key (`document/slug`) to when it was first read. */
	lessons_read: Record<string, number>;
	/** Item id to its answers, oldest first. */
	answers: Record<string, AnswerRecord[]>;
	/** Attempt id to attempt, finished or in progress. */
	attempts: Record<string, StoredAttempt>;
}

export function empty_state(): ProgressState {
	return { version: CURRENT_VERSION, lessons_read: {}, answers: {}, attempts: {} };
}

/**
 * A check returns undefined when `value` fits, or what is wrong with it and where. Written by
 * hand rather than with a schema library: this runs on every page, where each kilobyte counts.
 */
type Check = (value: unknown, path: string) => string | undefined;

const plain = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Check = (v, p) => (typeof v === 'string' ? undefined : `${p}: expected text`);
const boolean: Check = (v, p) =>
	typeof v === 'boolean' ? undefined : `${p}: expected true or false`;
const time: Check = (v, p) =>
	typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : `${p}: expected a time`;
const count: Check = (v, p) =>
	Number.isInteger(v) && (v as number) >= 0 ? undefined : `${p}: expected a whole number`;
const score: Check = (v, p) =>
	typeof v === 'number' && v >= 0 && v <= 1 ? undefined : `${p}: expected a score from 0 to 1`;
const one_of =
	(values: readonly string[]): Check =>
	(v, p) =>
		values.includes(v as string) ? undefined : `${p}: expected one of ${values.join(', ')}`;
const array =
	(item: Check): Check =>
	(v, p) => {
		if (!Array.isArray(v)) return `${p}: expected a list`;
		for (const [i, x] of v.entries()) {
			const problem = item(x, `${p}.${i}`);
			if (problem) return problem;
		}
	};
const record =
	(item: Check): Check =>
	(v, p) => {
		if (!plain(v)) return `${p}: expected an object`;
		for (const [key, x] of Object.entries(v)) {
			const problem = item(x, `${p}.${key}`);
			if (problem) return problem;
		}
	};
const object =
	(fields: Record<string, Check>, optional: string[] = []): Check =>
	(v, p) => {
		if (!plain(v)) return `${p}: expected an object`;
		for (const [key, check] of Object.entries(fields)) {
			if (v[key] === undefined && optional.includes(key)) continue;
			const problem = check(v[key], p ? `${p}.${key}` : key);
			if (problem) return problem;
		}
	};

const answer: Check = (v, p) => {
	if (!plain(v)) return `${p}: expected an answer`;
	if (v.kind === 'option') return string(v.option, `${p}.option`);
	if (v.kind === 'text') return string(v.text, `${p}.text`);
	if (v.kind === 'pairs') return record(string)(v.pairs, `${p}.pairs`);
	return `${p}.kind: expected option, text or pairs`;
};

const strings = array(string);

const check_state = object({
	version: (v, p) => (v === CURRENT_VERSION ? undefined : `${p}: expected ${CURRENT_VERSION}`),
	lessons_read: record(time),
	answers: record(
		array(object({ answer, correct: boolean, at: time, attempt: string }, ['attempt']))
	),
	attempts: record(
		object(
			{
				id: string,
				scope: string,
				seed: count,
				selection: object(
					{
						documents: strings,
						lessons: strings,
						types: array(one_of(ITEM_TYPES)),
						items: strings,
						count
					},
					['documents', 'lessons', 'types', 'items', 'count']
				),
				mode: one_of(['practice', 'exam']),
				item_ids: strings,
				position: count,
				responses: record(object({ answer, correct: boolean, score, at: time })),
				started: time,
				finished: time
			},
			['finished']
		)
	)
});

/** Whether `data` is a valid current-version state; if not, the first problem and where. */
export function validate_state(
	data: unknown
): { ok: true; state: ProgressState } | { ok: false; problem: string } {
	const problem = check_state(data, '');
	return problem ? { ok: false, problem } : { ok: true, state: data as ProgressState };
}
