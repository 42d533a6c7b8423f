import { decode, describe_fixes } from './codec';
import { merge_states } from './merge';
import type { ProgressState } from './schema';
import { size } from './full';
import type { Written } from './storage';

/** Largest progress file read at all: far above 10,000 answers, far below what hangs a tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type Imported =
	| { ok: true; state: ProgressState; added: number; message: string }
	| { ok: false; message: string };

/**
 * Validates an exported progress file, merges it into `state` and saves the result with `save`
 * (which must write it and read it back). Success is reported only once it is saved; a bad
 * file, or one that does not fit, changes nothing, and the message says why.
 */
export async function import_progress(options: {
	state: ProgressState;
	text: string;
	file_name?: string;
	save: (state: ProgressState) => Written | Promise<Written>;
}): Promise<Imported> {
	const { state, text, file_name = 'The file', save } = options;
	const refuse = (why: string) => ({ ok: false as const, message: `${why} Nothing was changed.` });
	if (text.length > MAX_IMPORT_BYTES) {
		return refuse(
			`${file_name} is too large to be a Mobilize progress file (over 20 MB; this browser keeps about 5 MB).`
		);
	}
	if (!text.trim()) return refuse(`${file_name} is empty.`);
	const decoded = decode(text);
	if (!decoded.ok) {
		return refuse(
			decoded.reason === 'corrupted'
				? `${file_name} is not a Mobilize progress file: it is not valid JSON.`
				: decoded.message.replace('The saved progress', file_name)
		);
	}
	const merged = merge_states(state, decoded.state);
	const written = await save(merged);
	if (!written.saved) {
		return refuse(
			written.needed === undefined
				? `${file_name} could not be saved: this browser’s storage cannot be written.`
				: `${file_name} does not fit in this browser’s storage: merged with your progress it needs ${size(written.needed)}, and about ${size(written.room ?? 0)} is free for it.`
		);
	}
	const added = count_answers(written.state) - count_answers(state);
	const fixes = decoded.fixes ?? [];
	const repaired = fixes.length ? ` ${describe_fixes(fixes)}` : '';
	return {
		ok: true,
		state: written.state,
		added,
		message: `Imported ${file_name}: ${added} answer${added === 1 ? '' : 's'} added, merged with what was here and saved.${repaired}`
	};
}

export function count_answers(state: ProgressState) {
	return Object.values(state.answers).reduce((n, records) => n + records.length, 0);
}
