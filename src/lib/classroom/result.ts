import { from_base64url, to_base64url } from './base64url';
import * as v from 'valibot';
import type { Answer } from '../quiz/types';
import {
	assignment_id,
	assignment_schema,
	canonical_assignment,
	first_issue,
	hex_hash,
	LIMITS,
	type Assignment
} from './assignment';

/** What a student hands in: the assignment as set, who did it, and every answer with its time. */
export interface AssignmentResult {
	assignment: Assignment;
	/** A name or a class number, as the student typed it. */
	student: string;
	/** The items the student was given, in order. */
	item_ids: string[];
	/** One per answered item, in the order answered. */
	responses: ResultResponse[];
	/** ms since the epoch. */
	started: number;
	finished: number;
}

export interface ResultResponse {
	item: string;
	answer: Answer;
	correct: boolean;
	/** 0 to 1; matching gives part credit. */
	score: number;
	/** When it was given, ms since the epoch. */
	at: number;
}

/** The file's outer shape. `checksum` covers `result` exactly as written. */
export interface ResultFile {
	format: typeof RESULT_FORMAT;
	version: typeof RESULT_VERSION;
	assignment_id: string;
	result: AssignmentResult;
	checksum: string;
}

export const RESULT_FORMAT = 'mobilize-result';
export const RESULT_VERSION = 1;
/** Starts every result code, so a pasted assignment link or other text is told apart. */
export const RESULT_CODE_PREFIX = 'MZR1-';
/**
 * Bounds on a pasted code and on what it inflates to: a result of `LIMITS.count` answers is far
 * below both, and a code built to inflate to gigabytes stops here instead of filling memory.
 */
export const MAX_CODE_LENGTH = 200_000;
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024;

const time = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0));
const answer_schema = v.variant('kind', [
	v.strictObject({ kind: v.literal('option'), option: v.string() }),
	v.strictObject({ kind: v.literal('text'), text: v.pipe(v.string(), v.maxLength(500)) }),
	v.strictObject({ kind: v.literal('pairs'), pairs: v.record(v.string(), v.string()) })
]);

export const result_schema = v.pipe(
	v.strictObject({
		assignment: assignment_schema,
		student: v.pipe(
			v.string(),
			v.trim(),
			v.minLength(1, 'must not be empty'),
			v.maxLength(LIMITS.student, `must be at most ${LIMITS.student} characters`)
		),
		item_ids: v.pipe(v.array(v.string()), v.maxLength(LIMITS.count)),
		responses: v.pipe(
			v.array(
				v.strictObject({
					item: v.string(),
					answer: answer_schema,
					correct: v.boolean(),
					score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
					at: time
				})
			),
			v.maxLength(LIMITS.count)
		),
		started: time,
		finished: time
	}),
	v.check(
		(result) => result.responses.every((r) => result.item_ids.includes(r.item)),
		'responses: every answer must be to one of the result’s items'
	),
	v.check(
		(result) => new Set(result.responses.map((r) => r.item)).size === result.responses.length,
		'responses: an item is answered at most once'
	)
);

const checksum = (result: AssignmentResult) => hex_hash(JSON.stringify(result));

/** A result, ready to save: `decode_result_file` reads it back. */
export function encode_result_file(result: AssignmentResult): string {
	const file = file_of(result);
	return `${JSON.stringify(file, null, 2)}\n`;
}

function file_of(result: AssignmentResult): ResultFile {
	const fixed = { ...result, assignment: canonical_assignment(result.assignment) };
	return {
		format: RESULT_FORMAT,
		version: RESULT_VERSION,
		assignment_id: assignment_id(fixed.assignment),
		result: fixed,
		checksum: checksum(fixed)
	};
}

export type Decoded =
	{ ok: true; result: AssignmentResult; id: string } | { ok: false; problem: string };

/**
 * Reads a result file's text. Every way it can be wrong gets its own message, said so a teacher
 * knows what to ask the student for; nothing in it is trusted before the schema has passed.
 */
export function decode_result_file(text: string): Decoded {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'is not a result file: it is not JSON (it may be cut short).' };
	}
	return decode_result_data(data);
}

function decode_result_data(data: unknown): Decoded {
	if (typeof data !== 'object' || data === null || !('format' in data)) {
		return { ok: false, problem: 'is not a Mobilize result file.' };
	}
	if (data.format !== RESULT_FORMAT) {
		return { ok: false, problem: 'is not a Mobilize result file.' };
	}
	const version = 'version' in data ? data.version : undefined;
	if (typeof version === 'number' && version > RESULT_VERSION) {
		return {
			ok: false,
			problem: `was made by a newer version of Mobilize (result format ${version}); open this page again to update it, then import again.`
		};
	}
	if (version !== RESULT_VERSION) {
		return { ok: false, problem: 'has an unknown result format version.' };
	}
	const result = 'result' in data ? data.result : undefined;
	const sum = 'checksum' in data ? data.checksum : undefined;
	// The checksum is of the result as written: whitespace may change, values may not.
	if (typeof sum !== 'string' || result === undefined || hex_hash(JSON.stringify(result)) !== sum) {
		return {
			ok: false,
			problem:
				'was changed after it was saved (its checksum does not match); ask the student for the file as downloaded.'
		};
	}
	const parsed = v.safeParse(result_schema, result);
	if (!parsed.success) {
		return { ok: false, problem: `is damaged: ${first_issue(parsed.issues)}.` };
	}
	const id = assignment_id(parsed.output.assignment);
	if (!('assignment_id' in data) || data.assignment_id !== id) {
		return { ok: false, problem: 'names another assignment than the one it carries.' };
	}
	return { ok: true, result: parsed.output, id };
}

/** The same as the file, compressed into one line a student can paste into a message. */
export async function encode_result_code(result: AssignmentResult): Promise<string> {
	const bytes = new TextEncoder().encode(JSON.stringify(file_of(result)));
	const packed = await transform(bytes, new CompressionStream('deflate'));
	return RESULT_CODE_PREFIX + to_base64url(packed);
}

/** Reads a pasted result code; spaces and line breaks a mail program adds are ignored. */
export async function decode_result_code(text: string): Promise<Decoded> {
	const code = text.replace(/\s+/g, '');
	if (!code.startsWith(RESULT_CODE_PREFIX)) {
		return {
			ok: false,
			problem: `is not a result code (a result code starts with ${RESULT_CODE_PREFIX}).`
		};
	}
	if (code.length > MAX_CODE_LENGTH) {
		return {
			ok: false,
			problem: `is longer than any result code (${code.length.toLocaleString('en')} characters); ask the student for the result file instead.`
		};
	}
	const body = code.slice(RESULT_CODE_PREFIX.length);
	if (!/^[A-Za-z0-9_-]+$/.test(body)) {
		return {
			ok: false,
			problem: 'is not a whole result code: it has characters a result code never has.'
		};
	}
	let json: string;
	try {
		const bytes = await transform(
			from_base64url(body),
			new DecompressionStream('deflate'),
			MAX_INFLATED_BYTES
		);
		json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		if (error instanceof TooLarge) {
			return { ok: false, problem: 'holds far more than any result could, so it was not read.' };
		}
		return { ok: false, problem: 'is cut short or changed: copy the whole code again.' };
	}
	const decoded = decode_result_file(json);
	return decoded;
}

class TooLarge extends Error {}

/** Bytes through a (de)compression stream; throws past `limit` bytes without reading on. */
async function transform(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit = Infinity
) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw new TooLarge();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}
