import {
	answer_key,
	CURRENT_VERSION,
	validate_state,
	type AnswerRecord,
	type ProgressState
} from './schema';
import { migrate } from './migrate';
import type { Finding } from './problems';

/**
 * How deeply a progress record may nest. A valid one nests 6 levels; refusing far deeper text
 * before parsing it keeps hostile files (20,000 brackets deep) from overflowing the stack.
 */
export const MAX_DEPTH = 64;

/** Whether `text` nests brackets deeper than `limit`, by one pass over it, strings skipped. */
export function too_deep(text: string, limit = MAX_DEPTH) {
	let depth = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (quoted) {
			if (c === 92)
				i++; // a backslash escapes the next character
			else if (c === 34) quoted = false;
		} else if (c === 34) quoted = true;
		else if (c === 123 || c === 91) {
			if (++depth > limit) return true;
		} else if (c === 125 || c === 93) depth--;
	}
	return false;
}

export type Decoded =
	| { ok: true; state: ProgressState; migrated_from?: number; fixes?: Finding[] }
	| { ok: false; reason: 'corrupted' | 'newer' | 'invalid'; message: string };

/**
 * Reads stored text into a valid state: depth, JSON, then the version (migrating older ones),
 * then the schema and its rules. Never throws; a failure says why in words a learner can act
 * on. `fixes` lists what was repaired (see `validate_state`).
 */
export function decode(text: string, now = Date.now()): Decoded {
	if (too_deep(text)) {
		return {
			ok: false,
			reason: 'invalid',
			message: `The saved progress is nested more than ${MAX_DEPTH} levels deep, which no progress record is.`
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			ok: false,
			reason: 'corrupted',
			message: 'The saved progress is not readable (it is not valid JSON).'
		};
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return {
			ok: false,
			reason: 'invalid',
			message: 'The saved progress is not a progress record.'
		};
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return { ok: false, reason: 'invalid', message: 'The saved progress has no version number.' };
	}
	if (version > CURRENT_VERSION) {
		return {
			ok: false,
			reason: 'newer',
			message: `The saved progress was written by a newer version of Mobilize (format ${version}; this one reads up to ${CURRENT_VERSION}).`
		};
	}
	const migrated =
		version < CURRENT_VERSION ? migrate(data as Record<string, unknown>, version) : data;
	const result = validate_state(migrated, now);
	if (!result.ok) {
		return {
			ok: false,
			reason: 'invalid',
			message: `The saved progress is not a valid progress record: ${result.problem.text}. ${details([result.problem])}`
		};
	}
	return {
		ok: true,
		state: result.state,
		...(version < CURRENT_VERSION ? { migrated_from: version } : {}),
		...(result.fixes.length ? { fixes: result.fixes } : {})
	};
}

/**
 * The fields of `findings`, for a developer or a teacher helping: put after the words for the
 * learner, which name each part of their progress in plain words instead.
 */
export const details = (findings: Finding[]) =>
	`(Field${findings.length === 1 ? '' : 's'}: ${findings.map((f) => f.path || 'the whole record').join('; ')})`;

/**
 * What was repaired in a record, for the learner: how many things, and the first three, then
 * their fields (see `details`). The import's message and the notice after a repaired read say it
 * the same way.
 */
export function describe_fixes(fixes: Finding[]) {
	const n = fixes.length;
	const shown = fixes.slice(0, 3);
	const more = n > 3 ? `; and ${n - 3} more` : '';
	return `${n} thing${n === 1 ? ' in it was' : 's in it were'} repaired: ${shown.map((f) => f.text).join('; ')}${more}. ${details(shown)}`;
}

/**
 * The text stored for `state`: format 2, where an answer given in a quiz is kept once, in its
 * attempt (without `correct`, which its score says), and not again in `answers`. That halves
 * what each answer costs, so more fit in a nearly full storage. `decode` restores it.
 */
export function encode(state: ProgressState): string {
	// Responses by item and time; a record matching one is left out (once per response).
	const given = new Map<string, AnswerRecord[]>();
	const attempts = Object.create(null) as Record<string, unknown>;
	for (const [id, attempt] of Object.entries(state.attempts)) {
		const responses = Object.create(null) as Record<string, unknown>;
		for (const [item, { answer, correct, score, at }] of Object.entries(attempt.responses)) {
			const key = `${item} ${at}`;
			given.set(key, [...(given.get(key) ?? []), { answer, correct, at }]);
			responses[item] = { answer, score, at };
		}
		attempts[id] = { ...attempt, responses };
	}
	const answers = Object.create(null) as Record<string, AnswerRecord[]>;
	for (const [item, records] of Object.entries(state.answers)) {
		const kept = records.filter((record) => {
			const same = given.get(`${item} ${record.at}`) ?? [];
			const i = same.findIndex(
				(r) =>
					r.correct === record.correct &&
					(r.answer === record.answer || answer_key(r) === answer_key(record))
			);
			if (i >= 0) same.splice(i, 1);
			return i < 0;
		});
		if (kept.length || !records.length) answers[item] = kept;
	}
	return JSON.stringify({ ...state, version: CURRENT_VERSION, answers, attempts });
}
