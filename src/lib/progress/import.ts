import { decode } from './codec';
import { merge_states } from './merge';
import type { ProgressState } from './schema';

/** Largest progress file accepted: far above 10,000 answers, far below what hangs a tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type Imported =
	{ ok: true; state: ProgressState; added: number } | { ok: false; message: string };

/** Validates an exported progress file and merges it into `state`; a bad file changes nothing. */
export function import_progress(
	state: ProgressState,
	text: string,
	file_name = 'The file'
): Imported {
	if (text.length > MAX_IMPORT_BYTES) {
		return {
			ok: false,
			message: `${file_name} is too large to be a Mobilize progress file (over 20 MB). Nothing was changed.`
		};
	}
	if (!text.trim()) return { ok: false, message: `${file_name} is empty. Nothing was changed.` };
	const decoded = decode(text);
	if (!decoded.ok) {
		const why =
			decoded.reason === 'corrupted'
				? `${file_name} is not a Mobilize progress file: it is not valid JSON.`
				: decoded.message.replace('The saved progress', file_name);
		return { ok: false, message: `${why} Nothing was changed.` };
	}
	const before = count_answers(state);
	const merged = merge_states(state, decoded.state);
	return { ok: true, state: merged, added: count_answers(merged) - before };
}

export function count_answers(state: ProgressState) {
	return Object.values(state.answers).reduce((n, records) => n + records.length, 0);
}
