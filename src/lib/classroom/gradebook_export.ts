import type { ImportInput, StoredResult } from './gradebook_import';
import { encode_result_file } from './result';

export const GRADEBOOK_FORMAT = 'mobilize-gradebook';
export const GRADEBOOK_VERSION = 1;

/**
 * Everything in the gradebook as one JSON file: each result as the result file the student
 * handed in (with its own checksum), so importing this file again checks every result anew.
 */
export function gradebook_export(results: readonly StoredResult[], now: number): string {
	return `${JSON.stringify(
		{
			format: GRADEBOOK_FORMAT,
			version: GRADEBOOK_VERSION,
			exported: new Date(now).toISOString(),
			results: results.map((r) => JSON.parse(encode_result_file(r.result)) as unknown)
		},
		null,
		2
	)}\n`;
}

/**
 * A file as the inputs it holds: a gradebook export gives one input per result (named by the
 * file and the result's place in it); any other file is one input, left for the decoder to judge.
 */
export function expand_export(input: ImportInput): ImportInput[] {
	if (input.kind !== 'file' || !input.text.includes(GRADEBOOK_FORMAT)) return [input];
	let data: unknown;
	try {
		data = JSON.parse(input.text);
	} catch {
		return [input];
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		!('format' in data) ||
		data.format !== GRADEBOOK_FORMAT ||
		!('results' in data) ||
		!Array.isArray(data.results)
	)
		return [input];
	return data.results.map((result: unknown, i) => ({
		name: `${input.name}, result ${i + 1}`,
		kind: 'file' as const,
		text: JSON.stringify(result),
		restore: true
	}));
}
