import { describe, expect, it } from 'vitest';
import { assignment_id, type Assignment } from './assignment';
import { expand_export, gradebook_export } from './gradebook_export';
import { import_results, stored_assignments, type StoredResult } from './gradebook_import';
import { class_results, classroom_assignment } from '$testing/classroom';
import { real_quiz_documents } from '$testing/real_content';
import { drawn_quiz } from '$testing/drawn_quiz';

const documents = real_quiz_documents();
const { assignment, items } = classroom_assignment(documents, { count: 5 });
const id = assignment_id(assignment);
const stored: StoredResult[] = class_results({ assignment, items, size: 3 }).map((result, i) => ({
	key: `${id}/${i}`,
	assignment: id,
	result,
	imported: 100 + i
}));

describe('the gradebook export', () => {
	it('imports again as the results it holds, each checked anew', async () => {
		const text = gradebook_export(stored, 0);
		const inputs = expand_export({ name: 'gradebook.json', kind: 'file', text });
		expect(inputs.map((i) => i.name)).toEqual([
			'gradebook.json, result 1',
			'gradebook.json, result 2',
			'gradebook.json, result 3'
		]);
		const report = await import_results({
			inputs,
			stored: new Map(),
			assignment: undefined,
			items_for: (a: Assignment) => drawn_quiz({ documents, seed: a.seed, selection: a.selection }),
			now: 1
		});
		expect(report.skipped).toEqual([]);
		expect(report.imported.map((r) => r.result)).toEqual(stored.map((r) => r.result));
	});

	it('restores every assignment it holds, not only the first one read', async () => {
		const other = classroom_assignment(documents, { seed: 9, count: 5, title: 'Other' });
		const other_id = assignment_id(other.assignment);
		const theirs: StoredResult[] = class_results({ ...other, size: 2 }).map((result, i) => ({
			key: `${other_id}/${i}`,
			assignment: other_id,
			result,
			imported: 200 + i
		}));
		const text = gradebook_export([...stored, ...theirs], 0);
		const report = await import_results({
			inputs: expand_export({ name: 'gradebook.json', kind: 'file', text }),
			stored: new Map(),
			assignment: undefined,
			items_for: (a: Assignment) => drawn_quiz({ documents, seed: a.seed, selection: a.selection }),
			now: 1
		});
		expect(report.skipped).toEqual([]);
		expect(report.imported.map((r) => r.assignment)).toEqual([id, id, id, other_id, other_id]);
		expect(report.assignment).toBe(id);
	});

	it('leaves any other file to the decoder, whole', () => {
		for (const text of [
			'{"format": "mobilize-gradebook", "results": 3}',
			'mobilize-gradebook {',
			'[]'
		]) {
			const input = { name: 'x.json', kind: 'file' as const, text };
			expect(expand_export(input)).toEqual([input]);
		}
	});
});

describe('stored assignments', () => {
	it('count results per assignment, the one imported into last first', () => {
		const other = classroom_assignment(documents, { seed: 9, count: 5, title: 'Other' });
		const other_id = assignment_id(other.assignment);
		const theirs = class_results({ ...other, size: 1 })[0]!;
		const list = stored_assignments([
			...stored,
			{ key: 'k', assignment: other_id, result: theirs, imported: 101 }
		]);
		expect(list.map((a) => [a.assignment.title, a.results, a.latest])).toEqual([
			['Week 3 check', 3, 102],
			['Other', 1, 101]
		]);
	});
});
