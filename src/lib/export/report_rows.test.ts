import { describe, expect, it } from 'vitest';
import { real_export_bank } from '$testing/export_bank';
import type { Item } from '$lib/quiz/types';
import { must } from '$lib/must';
import { export_bank } from './export_bank';
import { plain_form, plain_note, report_rows, report_summary } from './report_rows';
import { EXPORT_FORMATS, type ExportReport } from './types';

const bank = real_export_bank();
const first = (type: Item['type']) =>
	must(
		bank.items.find((item) => item.type === type),
		type
	);
const report_of = (format: (typeof EXPORT_FORMATS)[number], items: Item[]) =>
	export_bank(format, { ...bank, items }).report;

describe('report_rows', () => {
	it('says a kept type in the format’s plain name', () => {
		expect(report_rows(report_of('moodle-xml', [first('matching'), first('matching')]))).toEqual([
			{
				outcome: 'kept',
				type: 'Matching, 2 questions',
				text: 'kept as matching (Moodle has no feedback per pair, so the general feedback lists every pair)'
			}
		]);
		expect(report_rows(report_of('gift', [first('fill-in')]))).toEqual([
			{
				outcome: 'kept',
				type: 'Fill in the term, 1 question',
				text: 'kept as short answer (students type the term; the terms offered to choose from are dropped)'
			}
		]);
	});

	it('says a converted type and why', () => {
		expect(report_rows(report_of('qti21', [first('true-false')]))).toEqual([
			{
				outcome: 'converted',
				type: 'True or false, 1 question',
				text: 'converted to multiple choice with the options True and False (QTI 2.1 has no true/false type)'
			}
		]);
		const untyped = { ...first('fill-in'), accept: undefined };
		expect(report_rows(report_of('qti12', [untyped]))).toEqual([
			{
				outcome: 'converted',
				type: 'Fill in the term, 1 question',
				text: 'converted to multiple choice'
			}
		]);
	});

	it('names a skipped type and says why it was left out', () => {
		const item = first('matching');
		const arrow = {
			...item,
			prompts: item.prompts?.map((p, i) => (i ? p : { ...p, text: 'a -> b' }))
		};
		const rows = report_rows(report_of('gift', [arrow, first('scenario')]));
		expect(rows).toContainEqual({
			outcome: 'skipped',
			type: 'Matching, 1 question',
			text: 'left out: a matching prompt contains “->”, which GIFT cannot write'
		});
		const keyless = { ...first('which-concept'), options: [] };
		expect(report_rows(report_of('qti21', [keyless]))).toEqual([
			{
				outcome: 'skipped',
				type: 'Which concept, 1 question',
				text: 'left out: it has no single right answer, or its matching lacks two complete pairs'
			}
		]);
	});

	it('has plain words for every form and note the writers use on the real bank', () => {
		const plain = new Set(['multiple choice', 'true/false', 'matching', 'short answer']);
		for (const format of EXPORT_FORMATS) {
			for (const line of report_of(format, [...bank.items]).types) {
				const form = plain_form(line.as);
				expect(plain.has(form) || form.startsWith('multiple choice with'), line.as).toBe(true);
				if (line.note && !line.note.startsWith('QTI 2.1 has no')) {
					expect(plain_note(line.note), line.note).not.toBe(line.note);
				}
			}
		}
	});
});

describe('report_summary', () => {
	const report = (written: number, items: number, types: ExportReport['types']): ExportReport => ({
		format: 'gift',
		items,
		written,
		types
	});

	it('counts what is in the file and what changed', () => {
		const tf = { type: 'true-false', as: 'x' } as const;
		expect(report_summary(report(3, 3, [{ ...tf, outcome: 'kept', count: 3 }]))).toBe(
			'All 3 questions are in the file.'
		);
		expect(report_summary(report(1, 1, [{ ...tf, outcome: 'kept', count: 1 }]))).toBe(
			'The one question is in the file.'
		);
		expect(
			report_summary(
				report(4, 5, [
					{ ...tf, outcome: 'kept', count: 2 },
					{ ...tf, outcome: 'converted', count: 2 },
					{ ...tf, outcome: 'skipped', count: 1 }
				])
			)
		).toBe('4 of 5 questions are in the file; 2 converted to another form, 1 left out.');
	});
});
