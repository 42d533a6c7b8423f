import { describe, expect, it } from 'vitest';
import { result_key } from '../content/ids';
import { assignment_id, type Assignment } from './assignment';
import {
	file_input,
	import_results,
	MAX_FILE_BYTES,
	pasted_codes,
	report_summary,
	type ImportInput
} from './gradebook_import';
import { encode_result_code, encode_result_file } from './result';
import { answered_result, class_results, classroom_assignment } from '$testing/classroom';
import { real_quiz_documents } from '$testing/real_content';
import { drawn_quiz } from '$testing/drawn_quiz';

const documents = real_quiz_documents();
const { assignment, items } = classroom_assignment(documents, { count: 6 });
const id = assignment_id(assignment);
/** What the page gives the import to draw an assignment's items again: drawn once per assignment. */
const items_for = (a: Assignment) =>
	drawn_quiz({ documents, seed: a.seed, selection: a.selection });
const results = class_results({ assignment, items, size: 4 });
const file = (name: string, text: string): ImportInput => ({ name, kind: 'file', text });
const files = results.map((r, i) => file(`r${i}.json`, encode_result_file(r)));

function run(inputs: ImportInput[], extra: Partial<Parameters<typeof import_results>[0]> = {}) {
	return import_results({
		inputs,
		stored: new Map(),
		assignment: undefined,
		items_for,
		now: 1000,
		...extra
	});
}

describe('importing result files', () => {
	it('imports every good file, and the first chooses the assignment graded', async () => {
		const report = await run(files);
		expect(report.skipped).toEqual([]);
		expect(report.assignment).toBe(id);
		expect(report.imported.map((r) => r.result.student)).toEqual(results.map((r) => r.student));
		expect(report.imported[0]).toEqual({
			key: result_key(id, results[0]!.student),
			assignment: id,
			result: results[0],
			imported: 1000
		});
		expect(report_summary(report)).toBe('Imported 4 results.');
	});

	it('names a damaged, a corrupted and a non-result file, each with its reason', async () => {
		const edited = JSON.parse(files[1]!.text) as { result: { student: string } };
		edited.result.student = 'Someone else';
		const report = await run([
			files[0]!,
			file('cut.json', files[2]!.text.slice(0, 200)),
			file('edited.json', JSON.stringify(edited)),
			file('notes.txt', 'hello')
		]);
		expect(report.imported).toHaveLength(1);
		expect(report.skipped).toEqual([
			{
				name: 'cut.json',
				reason: 'damaged',
				problem: expect.stringContaining('not JSON') as string
			},
			{
				name: 'edited.json',
				reason: 'corrupted',
				problem: expect.stringContaining('checksum does not match') as string
			},
			{
				name: 'notes.txt',
				reason: 'damaged',
				problem: expect.stringContaining('not JSON') as string
			}
		]);
		expect(report_summary(report)).toBe('Imported 1 result; skipped 3, listed below.');
	});

	it('skips a second result from one student, in the batch or already stored, keeping the first', async () => {
		const again = answered_result({
			assignment,
			items,
			student: ` ${results[0]!.student.toUpperCase()} `,
			ability: 0.9,
			seed: 99
		});
		const report = await run([...files, file('again.json', encode_result_file(again))]);
		expect(report.imported).toHaveLength(4);
		expect(report.skipped).toEqual([
			{
				name: 'again.json',
				reason: 'duplicate',
				problem: expect.stringContaining('(the first is r0.json); the first is kept') as string
			}
		]);
		const stored = new Map([[result_key(id, results[1]!.student), { imported: 5 }]]);
		const later = await run([files[1]!, files[2]!], { stored, assignment: id });
		expect(later.imported.map((r) => r.result.student)).toEqual([results[2]!.student]);
		expect(later.skipped[0]).toMatchObject({
			name: 'r1.json',
			reason: 'duplicate',
			problem: expect.stringContaining('already in the gradebook') as string
		});
	});

	it('skips a result for another assignment than the one being graded', async () => {
		const other = classroom_assignment(documents, { seed: 8, count: 6, title: 'Week 4' });
		const theirs = class_results({ ...other, size: 1 })[0]!;
		const report = await run([file('week4.json', encode_result_file(theirs)), ...files], {
			assignment: id
		});
		expect(report.imported).toHaveLength(4);
		expect(report.skipped).toEqual([
			{
				name: 'week4.json',
				reason: 'foreign',
				problem: expect.stringContaining('another assignment (“Week 4”)') as string
			}
		]);
	});

	it('skips a result whose questions this content no longer draws', async () => {
		const old = { ...assignment, fingerprint: '0badc0de' };
		const theirs = { ...results[0]!, assignment: old };
		const report = await run([file('old.json', encode_result_file(theirs)), files[1]!]);
		expect(report.skipped).toEqual([
			{
				name: 'old.json',
				reason: 'outdated',
				problem: expect.stringContaining('content this site no longer has') as string
			}
		]);
		// The outdated one did not choose the assignment: the next good one did.
		expect(report.assignment).toBe(id);
	});

	it('skips a result whose recorded score does not match its answer', async () => {
		const forged = structuredClone(results[0]!);
		const response = forged.responses.find((r) => r.score === 0)!;
		response.score = 1;
		response.correct = true;
		const report = await run([file('forged.json', encode_result_file(forged))]);
		expect(report.skipped[0]).toMatchObject({
			reason: 'damaged',
			problem: expect.stringContaining('does not fit') as string
		});
		expect(report.assignment).toBeUndefined();
	});

	it('names a file too large to be a result and does not read it', async () => {
		let read = false;
		const huge = await file_input({
			name: 'video.mp4',
			size: MAX_FILE_BYTES + 1,
			text: () => ((read = true), Promise.resolve(''))
		});
		const report = await run([huge, ...files.slice(0, 1)]);
		expect(read).toBe(false);
		expect(report.skipped).toEqual([
			{
				name: 'video.mp4',
				reason: 'damaged',
				problem: 'is 64 MB, larger than any result file or gradebook export, so it was not read.'
			}
		]);
		expect(report.imported).toHaveLength(1);
	});

	it('joins a code a mail program wrapped over several lines', async () => {
		const codes = await Promise.all(results.slice(0, 2).map(encode_result_code));
		const wrapped = codes.map((code) => code.replace(/(.{76})/g, '$1\n')).join('\n');
		const inputs = pasted_codes(wrapped);
		expect(inputs).toHaveLength(2);
		const report = await run(inputs);
		expect(report.skipped).toEqual([]);
		expect(report.imported.map((r) => r.result.student)).toEqual(
			results.slice(0, 2).map((r) => r.student)
		);
	});

	it('imports pasted codes, one a line, and names a bad line by its number', async () => {
		const codes = await Promise.all(results.slice(0, 2).map(encode_result_code));
		const inputs = pasted_codes(`${codes[0]}\n\n  ${codes[1]}  \nMZR1-abc!\n`);
		expect(inputs.map((i) => i.name)).toEqual([
			'Code on line 1',
			'Code on line 3',
			'Code on line 4'
		]);
		const report = await run(inputs);
		expect(report.imported.map((r) => r.result.student)).toEqual(
			results.slice(0, 2).map((r) => r.student)
		);
		expect(report.skipped).toEqual([
			{
				name: 'Code on line 4',
				reason: 'damaged',
				problem: expect.stringContaining('characters a result code never has') as string
			}
		]);
	});
});
