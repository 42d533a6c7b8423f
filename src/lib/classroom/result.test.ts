import { describe, expect, it } from 'vitest';
import { assignment_id, item_fingerprint, type Assignment } from './assignment';
import {
	decode_result_code,
	decode_result_file,
	encode_result_code,
	encode_result_file,
	MAX_CODE_LENGTH,
	MAX_INFLATED_BYTES,
	RESULT_CODE_PREFIX,
	type AssignmentResult
} from './result';

const assignment: Assignment = {
	title: 'Week 3: approaches',
	instructions: 'Answer on your own. You have 20 minutes.',
	selection: { documents: ['alpha'], count: 3 },
	seed: 42,
	mode: 'exam',
	pass: 60,
	due: '2026-12-18',
	fingerprint: item_fingerprint(['i1', 'i2', 'i3'])
};

const result: AssignmentResult = {
	assignment,
	student: 'Ada L.',
	item_ids: ['i1', 'i2', 'i3'],
	responses: [
		{ item: 'i1', answer: { kind: 'option', option: 'a' }, correct: true, score: 1, at: 1_000 },
		{
			item: 'i2',
			answer: { kind: 'text', text: 'coalition' },
			correct: false,
			score: 0,
			at: 2_000
		},
		{
			item: 'i3',
			answer: { kind: 'pairs', pairs: { p1: 'x', p2: 'y' } },
			correct: false,
			score: 0.5,
			at: 3_000
		}
	],
	started: 500,
	finished: 3_500
};

/** A saved file with one change made by hand, as a student's editor would. */
function edited(change: (file: Record<string, unknown>) => void) {
	const file = JSON.parse(encode_result_file(result)) as Record<string, unknown>;
	change(file);
	return JSON.stringify(file);
}

describe('result files', () => {
	it('read back what was saved, with the id of the assignment', () => {
		expect(decode_result_file(encode_result_file(result))).toEqual({
			ok: true,
			result,
			id: assignment_id(assignment)
		});
	});

	it('survive reformatting', () => {
		const text = JSON.stringify(JSON.parse(encode_result_file(result)));
		expect(decode_result_file(text).ok).toBe(true);
	});

	it('catch an edited score by its checksum', () => {
		const text = edited((file) => {
			(file.result as AssignmentResult).responses[1]!.correct = true;
		});
		expect(decode_result_file(text)).toEqual({
			ok: false,
			problem: expect.stringContaining('was changed after it was saved') as string
		});
	});

	it('refuse text that is not JSON, another file, and a newer format, each in its own words', () => {
		expect(decode_result_file('{"format": "mobilize-res')).toMatchObject({
			problem: expect.stringContaining('not JSON') as string
		});
		expect(decode_result_file('{"version": 3, "lessons_read": {}}')).toMatchObject({
			problem: 'is not a Mobilize result file.'
		});
		expect(decode_result_file(edited((file) => (file.version = 2)))).toMatchObject({
			problem: expect.stringContaining('newer version') as string
		});
	});

	it('refuse a result whose content breaks the schema, naming the field', () => {
		const broken = { ...result, responses: [{ ...result.responses[0]!, score: 7 }] };
		// Recomputing the checksum is what a tool, not an accident, would do: the schema still holds.
		const text = encode_result_file(broken);
		expect(decode_result_file(text)).toMatchObject({
			ok: false,
			problem: expect.stringMatching(/^is damaged: responses\.0\.score: /) as string
		});
	});

	it('refuse a file whose id names another assignment', () => {
		expect(decode_result_file(edited((file) => (file.assignment_id = '00000000')))).toEqual({
			ok: false,
			problem: 'names another assignment than the one it carries.'
		});
	});

	it('refuse answers to items the result does not list, and two answers to one item', () => {
		const stray = { ...result, responses: [{ ...result.responses[0]!, item: 'other' }] };
		expect(decode_result_file(encode_result_file(stray))).toMatchObject({
			problem: expect.stringContaining('every answer must be to one of') as string
		});
		const twice = { ...result, responses: [result.responses[0]!, result.responses[0]!] };
		expect(decode_result_file(encode_result_file(twice))).toMatchObject({
			problem: expect.stringContaining('at most once') as string
		});
	});
});

describe('result codes', () => {
	it('read back what was encoded, ignoring line breaks a mail program adds', async () => {
		const code = await encode_result_code(result);
		expect(code.startsWith(RESULT_CODE_PREFIX)).toBe(true);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		const wrapped = code.replace(/(.{60})/g, '$1\n ');
		expect(await decode_result_code(wrapped)).toEqual({
			ok: true,
			result,
			id: assignment_id(assignment)
		});
	});

	it('are shorter than the file', async () => {
		expect((await encode_result_code(result)).length).toBeLessThan(
			encode_result_file(result).length / 2
		);
	});

	it('say what is wrong with a cut, a changed and a foreign code', async () => {
		const code = await encode_result_code(result);
		expect(await decode_result_code(code.slice(0, -20))).toMatchObject({
			problem: expect.stringContaining('cut short') as string
		});
		expect(await decode_result_code(`${code.slice(0, 30)}!${code.slice(31)}`)).toMatchObject({
			problem: expect.stringContaining('characters a result code never has') as string
		});
		expect(await decode_result_code('https://example.org/a/#x')).toMatchObject({
			problem: expect.stringContaining(`starts with ${RESULT_CODE_PREFIX}`) as string
		});
	});
});

describe('result codes built to exhaust memory', () => {
	it('are refused past their length, and stop inflating past what a result can hold', async () => {
		expect(
			await decode_result_code(RESULT_CODE_PREFIX + 'A'.repeat(MAX_CODE_LENGTH))
		).toMatchObject({
			problem: expect.stringContaining('longer than any result code') as string
		});
		// Zeros inflate a thousandfold: a short code that would fill memory if read whole.
		const zeros = new Blob([new Uint8Array(MAX_INFLATED_BYTES + 1)])
			.stream()
			.pipeThrough(new CompressionStream('deflate'));
		const packed = new Uint8Array(await new Response(zeros).arrayBuffer());
		const body = btoa(String.fromCharCode(...packed))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
		expect(body.length).toBeLessThan(MAX_CODE_LENGTH);
		expect(await decode_result_code(RESULT_CODE_PREFIX + body)).toEqual({
			ok: false,
			problem: 'holds far more than any result could, so it was not read.'
		});
	});
});

describe('assignment ids', () => {
	it('differ when anything in the assignment differs, and not with key order', () => {
		const reordered = Object.fromEntries(Object.entries(assignment).reverse()) as Assignment;
		expect(Object.keys(reordered)[0]).toBe('fingerprint');
		expect(assignment_id(reordered)).toBe(assignment_id(assignment));
		expect(assignment_id({ ...assignment, seed: 43 })).not.toBe(assignment_id(assignment));
		expect(assignment_id({ ...assignment, pass: 61 })).not.toBe(assignment_id(assignment));
	});
});
