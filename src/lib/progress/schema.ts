import type { Attempt } from '../quiz/attempt';
import { ITEM_TYPES, type Answer } from '../quiz/types';
import { CURRENT_VERSION, empty_state } from './empty';
import { describe_problem, type Finding, type Problem } from './problems';
import { settle } from './settle';

export { answer_key, CLOCK_SKEW, settle } from './settle';

export { CURRENT_VERSION, empty_state };

/**
 * One answer to one item, kept for history, mastery and review. Which attempt it was given in
 * is not kept: the attempt's own responses say so.
 */
export interface AnswerRecord {
	answer: Answer;
	correct: boolean;
	/** When it was given, in ms since the epoch. */
	at: number;
}

/** Attempts are stored as the quiz keeps them. */
export type StoredAttempt = Attempt;

/**
 * An item's FSRS card (ts-fsrs's `Card`), kept short: times in whole ms since the epoch, and
 * no field FSRS can work out again (elapsed and scheduled days follow from `last` and `due`).
 */
export interface StoredCard {
	/** When it is due for review. */
	due: number;
	/** When it was last reviewed: the time of the latest answer this card has taken in. */
	last: number;
	/** Stability: days until recall is expected to fall to 90%. */
	s: number;
	/** Difficulty, from 1 (easy) to 10. */
	d: number;
	reps: number;
	lapses: number;
	/** FSRS's state: 1 learning, 2 review, 3 relearning (0, new, is never stored). */
	state: 1 | 2 | 3;
	/** The (re)learning step it is at. */
	step: number;
}

/**
 * Progress as the pages use it. Stored (see `encode`), an answer given in a quiz is kept only
 * in its attempt's responses, without `correct` (a score of 1); reading it back puts it in
 * `answers` again, so here every response is also an answer.
 */
export interface ProgressState {
	version: typeof CURRENT_VERSION;
	/** Lesson key (`document/slug`) to when it was first read. */
	lessons_read: Record<string, number>;
	/** Item id to its answers, oldest first, quiz answers included. */
	answers: Record<string, AnswerRecord[]>;
	/** Attempt id to attempt, finished or in progress. */
	attempts: Record<string, StoredAttempt>;
	/**
	 * Item id to its FSRS card, for items FSRS has reviewed. An item answered only before
	 * format 3 has none: its card is carried over from its Leitner box (see `carry_over`).
	 */
	cards?: Record<string, StoredCard>;
}

/**
 * A check returns undefined when `value` fits, or what is wrong with it (see problems.ts): the
 * path is filled in only on the way back up, so a record that fits builds none. Written by
 * hand rather than with a schema library: every page loads it, where each kilobyte counts.
 * Checks run on freshly parsed JSON and may clean it: fields the format does not have are
 * dropped, so nothing unknown is stored again, and keyed collections lose their prototype.
 */
type Check = (value: unknown) => Problem | undefined;

export const plain = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Names an object already has (`constructor`, `__proto__`, `toString`…): as ids they would
 * read as the object's own machinery, so no collection may use them.
 */
export const reserved = (key: string) => key in Object.prototype || key === 'prototype';

/** A check that `test` holds, else the value is not `expected`. */
const is =
	(test: (v: unknown) => boolean, expected: string): Check =>
	(value) =>
		test(value) ? undefined : { path: [], expected, value };
/** `problem`, found at `key` of the value checked. */
const at = (key: string | number, problem: Problem | undefined) => {
	problem?.path.unshift(key);
	return problem;
};

const string = is((v) => typeof v === 'string', 'text');
const boolean = is((v) => typeof v === 'boolean', 'true or false');
const time = is((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'a valid time');
const count = is((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number');
const between = (low: number, high: number, what: string) =>
	is((v) => typeof v === 'number' && v >= low && v <= high, what);
const score = between(0, 1, 'a score from 0 to 1');
const one_of = (values: readonly unknown[], what = `one of ${values.join(', ')}`) =>
	is((v) => values.includes(v), what);
const NAMED = 'a set of named fields';
const array =
	(item: Check): Check =>
	(v) => {
		if (!Array.isArray(v)) return { path: [], expected: 'a list', value: v };
		for (const [i, x] of v.entries()) {
			const problem = at(i, item(x));
			if (problem) return problem;
		}
	};
const record =
	(item: Check): Check =>
	(v) => {
		if (!plain(v)) return { path: [], expected: NAMED, value: v };
		for (const key of Object.keys(v)) {
			if (reserved(key))
				return { path: [], said: `uses “${key}” as a name, which is reserved and cannot be an id` };
			const problem = at(key, item(v[key]));
			if (problem) return problem;
		}
		Object.setPrototypeOf(v, null);
	};
const object =
	(fields: Record<string, Check>, optional: string[] = []): Check =>
	(v) => {
		if (!plain(v)) return { path: [], expected: NAMED, value: v };
		for (const key of Object.keys(v)) if (!Object.hasOwn(fields, key)) delete v[key];
		for (const [key, check] of Object.entries(fields)) {
			if (v[key] === undefined && optional.includes(key)) continue;
			const problem = at(key, check(v[key]));
			if (problem) return problem;
		}
	};

const answers = new Map<unknown, Check>([
	['option', object({ kind: string, option: string })],
	['text', object({ kind: string, text: string })],
	['pairs', object({ kind: string, pairs: record(string) })]
]);
const answer: Check = (v) => {
	if (!plain(v)) return { path: [], expected: 'an answer', value: v };
	const check = answers.get(v.kind);
	return check ? check(v) : { path: ['kind'], expected: 'option, text or pairs', value: v.kind };
};

const strings = array(string);

const card = object({
	due: time,
	last: time,
	// FSRS keeps stability within 0.001 days and 100 years, difficulty within 1 and 10.
	s: between(0.001, 36500, 'a stability from 0.001 to 36500 days'),
	d: between(1, 10, 'a difficulty from 1 to 10'),
	reps: count,
	lapses: count,
	state: one_of([1, 2, 3], '1, 2 or 3'),
	step: count
});

const check_state = object(
	{
		version: one_of([CURRENT_VERSION], `format ${CURRENT_VERSION}`),
		lessons_read: record(time),
		answers: record(array(object({ answer, correct: boolean, at: time }))),
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
					responses: record(object({ answer, score, at: time })),
					started: time,
					finished: time
				},
				['finished']
			)
		),
		cards: record(card)
	},
	['cards']
);

/**
 * Puts each stored response back among the answers (format 2 keeps it only in its attempt)
 * and gives it `correct`, which is a score of 1.
 */
function expand(state: ProgressState) {
	for (const attempt of Object.values(state.attempts)) {
		for (const [item, response] of Object.entries(attempt.responses)) {
			response.correct = response.score === 1;
			const { answer, correct, at } = response;
			(state.answers[item] ??= []).push({ answer, correct, at });
		}
	}
}

/**
 * Whether freshly parsed `data` is a valid current-version state; if not, the first problem,
 * described (see problems.ts). `data` is cleaned and repaired in place (see `settle`); `fixes`
 * describes the repairs.
 */
export function validate_state(
	data: unknown,
	now = Date.now()
): { ok: true; state: ProgressState; fixes: Finding[] } | { ok: false; problem: Finding } {
	const fixes: Finding[] = [];
	const found = check_state(data);
	let problem = found && describe_problem(found, data);
	if (!problem) expand(data as ProgressState);
	problem ??= settle(data as ProgressState, now, fixes);
	return problem ? { ok: false, problem } : { ok: true, state: data as ProgressState, fixes };
}
