import { CURRENT_VERSION, validate_state, type ProgressState } from './schema';
import { migrate } from './migrate';

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
	| { ok: true; state: ProgressState; migrated_from?: number; fixes?: string[] }
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
			message: `The saved progress is not a valid progress record (${result.problem}).`
		};
	}
	return {
		ok: true,
		state: result.state,
		...(version < CURRENT_VERSION ? { migrated_from: version } : {}),
		...(result.fixes.length ? { fixes: result.fixes } : {})
	};
}

export function encode(state: ProgressState): string {
	return JSON.stringify(state);
}
