import { result_key } from '../content/ids';
import { grade_answer } from '../quiz/grade';
import type { Item } from '../quiz/types';
import { item_fingerprint, type Assignment } from './assignment';
import {
	decode_result_code,
	decode_result_file,
	RESULT_CODE_PREFIX,
	type AssignmentResult,
	type Decoded,
	type ResultResponse
} from './result';

/** A result kept in the gradebook. */
export interface StoredResult {
	/** `result_key`: one per student and assignment. */
	key: string;
	/** The assignment's id. */
	assignment: string;
	result: AssignmentResult;
	/** When it was imported, ms since the epoch. */
	imported: number;
}

/** A file's text or a pasted code, with the name the report calls it by. */
export interface ImportInput {
	name: string;
	kind: 'file' | 'code';
	text: string;
	/** From a gradebook export: restored whatever assignment it is for (see `expand_export`). */
	restore?: boolean;
	/** Set, with `text` left empty, for a file too large to read (see `MAX_FILE_BYTES`). */
	size?: number;
}

/** Larger than a gradebook export of thousands of results: such a file is not read at all. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A file as an input: its text, or only its size when it is too large to read. */
export async function file_input(file: {
	name: string;
	size: number;
	text(): Promise<string>;
}): Promise<ImportInput> {
	if (file.size > MAX_FILE_BYTES)
		return { name: file.name, kind: 'file', text: '', size: file.size };
	return { name: file.name, kind: 'file', text: await file.text() };
}

/** Why an input was skipped; `problem` says it in words, after the input's name. */
export type SkipReason = 'damaged' | 'corrupted' | 'duplicate' | 'foreign' | 'outdated';

export interface Skipped {
	name: string;
	reason: SkipReason;
	problem: string;
}

export interface ImportReport {
	imported: StoredResult[];
	skipped: Skipped[];
	/** The assignment graded after the import: the one given, or the first imported one's. */
	assignment: string | undefined;
}

/**
 * Reads a batch of result files and codes for the gradebook. Nothing is merged silently: each
 * input is either imported whole or skipped with a reason naming it. The rules, in order:
 * - it must decode (else damaged, or corrupted when its checksum or code was changed);
 * - it must be for the assignment being graded (else foreign); with none chosen yet, the first
 *   good result chooses it. Results restored from a gradebook export are kept whatever their
 *   assignment, since the export holds every assignment the gradebook had;
 * - its questions must still be drawable: the content this site has now must draw the same
 *   items (else outdated, also foreign), and its answers must fit them (else damaged);
 * - its student must not have a result for the assignment already, stored or earlier in the
 *   batch (else duplicate: the one there is kept).
 */
export async function import_results(options: {
	inputs: readonly ImportInput[];
	/** Keys already in the gradebook, with when each was imported. */
	stored: ReadonlyMap<string, { imported: number }>;
	assignment: string | undefined;
	/** The assignment's items drawn again from the content this site has now. */
	items_for: (assignment: Assignment) => readonly Item[];
	now: number;
}): Promise<ImportReport> {
	const { inputs, stored, items_for, now } = options;
	let graded = options.assignment;
	const imported: StoredResult[] = [];
	const skipped: Skipped[] = [];
	const batch = new Map<string, string>();
	const drawn = new Map<string, readonly Item[]>();
	for (const input of inputs) {
		const skip = (reason: SkipReason, problem: string) =>
			skipped.push({ name: input.name, reason, problem });
		if (input.size !== undefined && input.size > MAX_FILE_BYTES) {
			skip(
				'damaged',
				`is ${Math.round(input.size / 1024 / 1024)} MB, larger than any result file or gradebook export, so it was not read.`
			);
			continue;
		}
		const decoded = await decode(input);
		if (!decoded.ok) {
			skip(changed(decoded.problem) ? 'corrupted' : 'damaged', decoded.problem);
			continue;
		}
		const { result, id } = decoded;
		if (graded !== undefined && id !== graded && !input.restore) {
			skip(
				'foreign',
				`is for another assignment (“${result.assignment.title}”) than the one being graded; choose that assignment to import it.`
			);
			continue;
		}
		const items = drawn.get(id) ?? items_for(result.assignment);
		drawn.set(id, items);
		const fits = fit_problem(result, items);
		if (fits) {
			skip(fits.reason, fits.problem);
			continue;
		}
		graded ??= id;
		const key = result_key(id, result.student);
		const earlier = batch.get(key);
		const there = stored.get(key);
		if (earlier !== undefined || there) {
			skip(
				'duplicate',
				earlier !== undefined
					? `is a second result from ${result.student} for this assignment (the first is ${earlier}); the first is kept.`
					: `is from ${result.student}, whose result for this assignment is already in the gradebook; the one there is kept.`
			);
			continue;
		}
		batch.set(key, input.name);
		imported.push({ key, assignment: id, result, imported: now });
	}
	return { imported, skipped, assignment: graded };
}

function decode(input: ImportInput): Promise<Decoded> | Decoded {
	return input.kind === 'code' ? decode_result_code(input.text) : decode_result_file(input.text);
}

/** The decoder's words for a file edited after saving, or a code cut or changed in transit. */
const changed = (problem: string) =>
	problem.includes('checksum') || problem.includes('cut short or changed');

/** Why a result's questions or answers do not fit the items drawn again, if they do not. */
function fit_problem(result: AssignmentResult, items: readonly Item[]) {
	const ids = items.map((item) => item.id);
	if (item_fingerprint(ids) !== result.assignment.fingerprint) {
		return {
			reason: 'outdated' as const,
			problem:
				'is for an assignment set on content this site no longer has: its questions cannot be drawn again, so it cannot be graded here.'
		};
	}
	if (ids.join('\n') !== result.item_ids.join('\n')) {
		return {
			reason: 'damaged' as const,
			problem: 'lists other questions than its assignment draws.'
		};
	}
	const by_id = new Map(items.map((item) => [item.id, item]));
	for (const response of result.responses) {
		const item = by_id.get(response.item);
		if (!item || !answer_fits(item, response)) {
			return {
				reason: 'damaged' as const,
				problem: 'has an answer that does not fit its question, or a score that does not match it.'
			};
		}
	}
	return undefined;
}

/** Whether an answer fits its item and earns the score recorded for it. */
function answer_fits(item: Item, response: ResultResponse) {
	try {
		return grade_answer(item, response.answer).score === response.score;
	} catch {
		// grade_answer throws for an answer of the wrong kind or an option the item lacks.
		return false;
	}
}

/**
 * Pasted text as codes: each starts at `RESULT_CODE_PREFIX`, and the lines after it up to the
 * next code or blank line are its own (a mail program wraps long codes). Each is named by the
 * line it starts on; text before the first code is a code of its own, for the decoder to refuse.
 */
export function pasted_codes(text: string): ImportInput[] {
	const codes: ImportInput[] = [];
	let current: ImportInput | undefined;
	for (const [i, raw] of text.split(/\r?\n/).entries()) {
		const line = raw.trim();
		if (!line) {
			current = undefined;
			continue;
		}
		if (current && !line.startsWith(RESULT_CODE_PREFIX)) {
			current.text += line;
			continue;
		}
		current = { name: `Code on line ${i + 1}`, kind: 'code', text: line };
		codes.push(current);
	}
	return codes;
}

/** The report in one sentence, for the live region. */
export function report_summary(report: {
	imported: readonly unknown[];
	skipped: readonly unknown[];
}) {
	const n = report.imported.length;
	const s = report.skipped.length;
	const results = n === 1 ? '1 result' : `${n} results`;
	return s
		? `Imported ${results}; skipped ${s === 1 ? '1' : s}, listed below.`
		: `Imported ${results}.`;
}

/** An assignment in the gradebook, for the selector. */
export interface StoredAssignment {
	id: string;
	assignment: Assignment;
	results: number;
	/** The latest import of a result for it. */
	latest: number;
}

/** The assignments stored results are for, the one imported into last first. */
export function stored_assignments(results: readonly StoredResult[]): StoredAssignment[] {
	const by_id = new Map<string, StoredAssignment>();
	for (const r of results) {
		const seen = by_id.get(r.assignment);
		by_id.set(r.assignment, {
			id: r.assignment,
			assignment: seen?.assignment ?? r.result.assignment,
			results: (seen?.results ?? 0) + 1,
			latest: Math.max(seen?.latest ?? 0, r.imported)
		});
	}
	return [...by_id.values()].sort((a, b) => b.latest - a.latest);
}
