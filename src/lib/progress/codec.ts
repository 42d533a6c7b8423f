import { CURRENT_VERSION, validate_state, type ProgressState } from './schema';
import { migrate } from './migrate';

export type Decoded =
	| { ok: true; state: ProgressState; migrated_from?: number }
	| { ok: false; reason: 'corrupted' | 'newer' | 'invalid'; message: string };

/**
 * Reads stored text into a valid state: JSON, then the version (migrating older ones), then
 * the schema. Never throws; a failure says why in words a learner can act on.
 */
export function decode(text: string): Decoded {
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
	const result = validate_state(migrated);
	if (!result.ok) {
		return {
			ok: false,
			reason: 'invalid',
			message: `The saved progress does not have the expected shape (${result.problem}).`
		};
	}
	return {
		ok: true,
		state: result.state,
		...(version < CURRENT_VERSION ? { migrated_from: version } : {})
	};
}

export function encode(state: ProgressState): string {
	return JSON.stringify(state);
}
