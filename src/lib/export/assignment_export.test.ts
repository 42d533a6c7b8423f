import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { real_quiz_documents } from '$testing/real_content';
import { draw_assignment } from '$lib/classroom/draw';
import type { Assignment } from '$lib/classroom/assignment';
import { generate_bank } from '$lib/quiz/bank';
import { must } from '$lib/must';
import {
	assignment_bank,
	assignment_reports,
	DOWNLOADS,
	download_name,
	export_assignment,
	export_blocked,
	type AssignmentExport
} from './assignment_export';
import { EXPORT_FORMATS } from './types';

const documents = real_quiz_documents();
const assignment: Assignment = {
	title: 'Week 3: the two approaches',
	instructions: '',
	selection: { count: 7 },
	seed: 4242,
	mode: 'exam',
	pass: 60,
	fingerprint: '00000000'
};
const { items } = draw_assignment(documents, assignment);
const source: AssignmentExport = { ...assignment, items, documents };
const ids = items.map((item) => item.id);

describe('the assignment as an export bank', () => {
	it('holds exactly the assignment’s items, in the link’s order, named after its title', () => {
		expect(ids).toHaveLength(7);
		// The order the generator drew them in, not the bank's: a sorted copy would differ.
		expect([...ids].sort()).not.toEqual(ids);
		const bank = assignment_bank(source);
		expect(bank.items.map((item) => item.id)).toEqual(ids);
		expect(bank.title).toBe('Week 3: the two approaches');
		expect(bank.documents.map((doc) => doc.title)).toEqual(documents.map((doc) => doc.title));
	});

	it('writes the assignment’s items into every format, not the whole bank', () => {
		expect(generate_bank(documents, assignment.seed).length).toBeGreaterThan(ids.length);
		for (const format of EXPORT_FORMATS) {
			const file = export_assignment(format, source);
			expect(file.report).toMatchObject({ format, items: 7, written: 7 });
		}
		const json = JSON.parse(export_assignment('json', source).data as string) as {
			seed: number;
			items: { id: string }[];
		};
		expect(json.seed).toBe(4242);
		expect(json.items.map((item) => item.id)).toEqual(ids);

		const zip = unzipSync(export_assignment('qti21', source).data as Uint8Array);
		const manifest = strFromU8(must(zip['imsmanifest.xml'], 'a manifest'));
		const listed = [...manifest.matchAll(/<resource identifier="R-([^"]+)"/g)].map((m) => m[1]);
		expect(listed).toEqual(ids);

		const gift = export_assignment('gift', source).data as string;
		const written = [...gift.matchAll(/^\/\/ \[id:([^\]]+)\]/gm)].map((m) => m[1]);
		expect([...written].sort()).toEqual([...ids].sort());
	});

	it('names the categories after the assignment, then the document and lesson', () => {
		const gift = export_assignment('gift', source).data as string;
		const categories = [...gift.matchAll(/^\$CATEGORY: (.*)$/gm)].map((m) => m[1]);
		expect(categories.length).toBeGreaterThan(0);
		for (const category of categories) {
			expect(category).toMatch(/^\$course\$\/top\/Week 3: the two approaches\//);
		}
		const titles = new Set(documents.map((doc) => doc.title));
		expect(categories.every((c) => titles.has(must(c?.split('/')[3], 'a document')))).toBe(true);
	});

	it('names each file after the title, with the format’s own ending', () => {
		const names = Object.fromEntries(
			DOWNLOADS.map((choice) => [choice.format, export_assignment(choice.format, source).name])
		);
		expect(names).toEqual({
			'moodle-xml': 'week-3-the-two-approaches.moodle.xml',
			gift: 'week-3-the-two-approaches.gift.txt',
			qti12: 'week-3-the-two-approaches.qti12.zip',
			qti21: 'week-3-the-two-approaches.qti21.zip',
			json: 'week-3-the-two-approaches.json'
		});
		expect(export_assignment('qti21', source).mime).toBe('application/zip');
		expect(export_assignment('qti12', source).mime).toBe('application/zip');
	});
});

describe('export_blocked', () => {
	it('says what is missing, then waits for questions, then is ready', () => {
		expect(export_blocked(['a title', 'at least one lesson'], undefined)).toBe(
			'the assignment is complete: add a title, at least one lesson.'
		);
		expect(export_blocked([], undefined)).toBe('the questions are drawn.');
		expect(export_blocked([], [])).toMatch(/hold at least one question/);
		expect(export_blocked([], items)).toBeUndefined();
	});
});

describe('assignment_reports', () => {
	it('reports every format on the assignment’s items alone', () => {
		const reports = assignment_reports(items, documents);
		expect([...reports.keys()]).toEqual([...EXPORT_FORMATS]);
		for (const report of reports.values()) expect(report.items).toBe(ids.length);
	});
});

describe('download_name', () => {
	it('takes the ending from the writer’s file name', () => {
		expect(download_name('Quiz', 'questions.qti21.zip')).toBe('quiz.qti21.zip');
		expect(download_name('Quiz', 'questions')).toBe('quiz');
	});
});
