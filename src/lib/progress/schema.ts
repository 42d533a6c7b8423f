import type { Attempt } from '../quiz/attempt';
import { ITEM_TYPES, type Answer } from '../quiz/types';
import { CURRENT_VERSION, empty_state } from './empty';

export { CURRENT_VERSION, empty_state };

/** Clocks of two devices may disagree: a time up to a day ahead of this one is not refused. */
export const CLOCK_SKEW = 24 * 60 * 60 * 1000;

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
 * A check returns undefined when `value` fits, or what is wrong with it and where. Written by
 * hand rather than with a schema library: every page loads it, where each kilobyte counts.
 * Checks run on freshly parsed JSON and may clean it: fields the format does not have are
 * dropped, so nothing unknown is stored again, and keyed collections lose their prototype.
 */
type Check = (value: unknown, path: string) => string | undefined;

export const plain = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Names an object already has (`constructor`, `__proto__`, `toString`…): as ids they would
 * read as the object's own machinery, so no collection may use them.
 */
export const reserved = (key: string) => key in Object.prototype || key === 'prototype';

const string: Check = (v, p) => (typeof v === 'string' ? undefined : `${p}: expected text`);
const boolean: Check = (v, p) =>
	typeof v === 'boolean' ? undefined : `${p}: expected true or false`;
const time: Check = (v, p) =>
	typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : `${p}: expected a time`;
const count: Check = (v, p) =>
	Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : `${p}: expected a whole number`;
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
		for (const key of Object.keys(v)) {
			if (reserved(key)) return `${p}: “${key}” is a reserved name, not an id`;
			const problem = item(v[key], `${p}.${key}`);
			if (problem) return problem;
		}
		Object.setPrototypeOf(v, null);
	};
const object =
	(fields: Record<string, Check>, optional: string[] = []): Check =>
	(v, p) => {
		if (!plain(v)) return `${p}: expected an object`;
		for (const key of Object.keys(v)) if (!Object.hasOwn(fields, key)) delete v[key];
		for (const [key, check] of Object.entries(fields)) {
			if (v[key] === undefined && optional.includes(key)) continue;
			const problem = check(v[key], p ? `${p}.${key}` : key);
			if (problem) return problem;
		}
	};

const answers = new Map<unknown, Check>([
	['option', object({ kind: string, option: string })],
	['text', object({ kind: string, text: string })],
	['pairs', object({ kind: string, pairs: record(string) })]
]);
const answer: Check = (v, p) => {
	const check = plain(v) ? answers.get(v.kind) : undefined;
	return check ? check(v, p) : `${p}.kind: expected option, text or pairs`;
};

const strings = array(string);

const between =
	(low: number, high: number, what: string): Check =>
	(v, p) =>
		typeof v === 'number' && v >= low && v <= high ? undefined : `${p}: expected ${what}`;

const card = object({
	due: time,
	last: time,
	// FSRS keeps stability within 0.001 days and 100 years, difficulty within 1 and 10.
	s: between(0.001, 36500, 'a stability from 0.001 to 36500 days'),
	d: between(1, 10, 'a difficulty from 1 to 10'),
	reps: count,
	lapses: count,
	state: (v, p) => ([1, 2, 3].includes(v as number) ? undefined : `${p}: expected 1, 2 or 3`),
	step: count
});

const check_state = object(
	{
		version: (v, p) => (v === CURRENT_VERSION ? undefined : `${p}: expected ${CURRENT_VERSION}`),
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
 * The rules the shape alone cannot say, so that every page, resume, review and report work for
 * whatever is accepted. What has one sensible repair is repaired and listed in `fixes` (a time
 * ahead of the clock, a question listed twice, a position past the questions, a response to a
 * question the attempt does not have); what would need a guess is refused, naming the field.
 */
export function settle(state: ProgressState, now: number, fixes: string[] = []) {
	const when = (at: number, p: string) => {
		if (at <= now + CLOCK_SKEW) return at;
		fixes.push(`${p} was in the future; set to now`);
		return now;
	};
	for (const [key, at] of Object.entries(state.lessons_read))
		state.lessons_read[key] = when(at, `lessons_read.${key}`);
	for (const [item, records] of Object.entries(state.answers)) {
		for (const [i, r] of records.entries()) r.at = when(r.at, `answers.${item}.${i}.at`);
		// Reviews replay answers oldest first; ties in one order, so a record reads back the same.
		records.sort(
			(a, b) =>
				a.at - b.at || +(answer_key(a) > answer_key(b)) || -Number(answer_key(a) < answer_key(b))
		);
	}
	settle_cards(state, when, fixes);
	for (const [key, attempt] of Object.entries(state.attempts)) {
		const p = `attempts.${key}`;
		// Pages list attempts by id: two with one id would make the list, and the page, fail.
		if (attempt.id !== key) return `${p}.id: “${attempt.id}” is not the id it is stored under`;
		// A question listed twice is kept once, where it first appears: its responses stay, as
		// the question does, and one bad attempt never sets aside the whole record.
		const ids = new Set(attempt.item_ids);
		if (ids.size < attempt.item_ids.length) {
			fixes.push(`${p}.item_ids: a question was listed twice; kept once`);
			attempt.item_ids = [...ids];
		}
		attempt.started = when(attempt.started, `${p}.started`);
		if (attempt.finished !== undefined) {
			attempt.finished = when(attempt.finished, `${p}.finished`);
			if (attempt.finished < attempt.started) {
				fixes.push(`${p}.finished: before it started; set to its start`);
				attempt.finished = attempt.started;
			}
		}
		// An unfinished attempt must have a current question to resume at.
		const n = attempt.item_ids.length;
		const last = attempt.finished === undefined ? Math.max(n - 1, 0) : n;
		if (attempt.position > last) {
			fixes.push(`${p}.position: ${attempt.position} was past its ${n} questions; set to ${last}`);
			attempt.position = last;
		}
		for (const [item, response] of Object.entries(attempt.responses)) {
			if (ids.has(item)) response.at = when(response.at, `${p}.responses.${item}.at`);
			else {
				fixes.push(`${p}.responses.${item}: not one of its questions; left out`);
				delete attempt.responses[item];
			}
		}
	}
}

/**
 * A card's rules: it belongs to an item with answers (else it is left out: nothing to review),
 * it was last reviewed no later than now (allowing clock skew), it is not due before that review
 * and has no more lapses than reviews, which no FSRS step gives. A card that breaks a rule is
 * left out rather than refused with everything else: the item's answers are all kept, so its
 * review falls back to the date they give and FSRS makes a new card at the next answer.
 */
function settle_cards(
	state: ProgressState,
	when: (at: number, p: string) => number,
	fixes: string[]
) {
	if (!state.cards) return;
	for (const [item, card] of Object.entries(state.cards)) {
		const p = `cards.${item}`;
		if (!state.answers[item]?.length) {
			fixes.push(`${p}: no answer to its question is stored; left out`);
			delete state.cards[item];
			continue;
		}
		const broken =
			card.due < card.last
				? `${p}.due: before its last review (${p}.last)`
				: card.lapses > card.reps
					? `${p}.lapses: more lapses than reviews (${p}.reps)`
					: undefined;
		if (broken) {
			fixes.push(`${broken}; card left out, to be made again from its answers`);
			delete state.cards[item];
			continue;
		}
		// Moving `last` back to now keeps `due` after it.
		card.last = when(card.last, `${p}.last`);
	}
}

/** What tells two answers to one item apart. */
export const answer_key = (r: AnswerRecord) => `${r.at} ${r.correct} ${JSON.stringify(r.answer)}`;

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
 * Whether freshly parsed `data` is a valid current-version state; if not, the first problem and
 * where. `data` is cleaned and repaired in place (see `settle`); `fixes` lists the repairs.
 */
export function validate_state(
	data: unknown,
	now = Date.now()
): { ok: true; state: ProgressState; fixes: string[] } | { ok: false; problem: string } {
	const fixes: string[] = [];
	let problem = check_state(data, '');
	if (!problem) expand(data as ProgressState);
	problem ??= settle(data as ProgressState, now, fixes);
	return problem ? { ok: false, problem } : { ok: true, state: data as ProgressState, fixes };
}
