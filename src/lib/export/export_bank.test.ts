import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { real_export_bank } from '$testing/export_bank';
import { once_per } from '$testing/once';
import type { Item } from '$lib/quiz/types';
import { must } from '$lib/must';
import { EXPORT_FORMATS, export_bank, format_report } from './export_bank';

const bank = real_export_bank();
type Format = (typeof EXPORT_FORMATS)[number];
/**
 * The whole bank exported once per format, for the tests that read it: a full export (a zip for
 * the QTI formats) costs tens of milliseconds. The same-bytes test exports once more to compare.
 */
const whole = once_per((format: Format) => export_bank(format, bank));
const first = (type: Item['type']) =>
	must(
		bank.items.find((item) => item.type === type),
		type
	);

describe('export_bank', () => {
	it('reports every item of the bank, kept or converted, in every format', () => {
		for (const format of EXPORT_FORMATS) {
			const { report } = whole(format);
			expect(report).toMatchObject({
				format,
				items: bank.items.length,
				written: bank.items.length
			});
			const counted = report.types.reduce((sum, line) => sum + line.count, 0);
			expect(counted).toBe(bank.items.length);
			expect(report.types.every((line) => line.outcome !== 'skipped')).toBe(true);
		}
	});

	it('converts true-false for QTI 2.1, which has no such type, and keeps it elsewhere', () => {
		const items = [first('true-false')];
		for (const format of EXPORT_FORMATS) {
			const [line] = export_bank(format, { ...bank, items }).report.types;
			expect(line?.outcome, format).toBe(format === 'qti21' ? 'converted' : 'kept');
		}
	});

	it('skips an item with no single key, and says why', () => {
		const item = first('attribute-value');
		const broken = { ...item, options: item.options.map((o) => ({ ...o, correct: true })) };
		for (const format of EXPORT_FORMATS) {
			const { report } = export_bank(format, { ...bank, items: [broken, item] });
			expect(report).toMatchObject({ items: 2, written: 1 });
			expect(report.types).toContainEqual(
				expect.objectContaining({ type: 'attribute-value', outcome: 'skipped', count: 1 })
			);
		}
	});

	it('turns a fill-in item without typed answers into a multiple-choice one', () => {
		const item = { ...first('fill-in'), accept: undefined };
		const { files, report } = export_bank('gift', { ...bank, items: [item] });
		expect(report.types).toEqual([
			{ type: 'fill-in', outcome: 'converted', as: 'multiple choice', count: 1 }
		]);
		expect(must(files[0], 'a file').data).toContain(
			`=${item.options.find((o) => o.correct)?.text}`
		);
	});

	it('skips a GIFT matching item whose prompt has "->", which GIFT cannot escape', () => {
		const item = first('matching');
		const arrow = {
			...item,
			prompts: item.prompts?.map((p, i) => (i ? p : { ...p, text: 'a -> b' }))
		};
		const { report } = export_bank('gift', { ...bank, items: [arrow] });
		expect(report.types).toEqual([
			expect.objectContaining({ type: 'matching', outcome: 'skipped', count: 1 })
		]);
		expect(export_bank('moodle-xml', { ...bank, items: [arrow] }).report.written).toBe(1);
	});

	it('prints the report one line per type, as the CLI shows it on stderr', () => {
		const items = [first('true-false'), first('matching'), first('true-false')];
		expect(format_report(export_bank('qti21', { ...bank, items }).report)).toBe(
			'qti21: 3 of 3 items written\n' +
				'  true-false  2 converted to choiceInteraction (True, False); QTI 2.1 has no true/false type\n' +
				'  matching    1 kept as matchInteraction; part credit per pair; per-pair feedback goes into the general feedback\n'
		);
	});

	it('gives the same bytes for the same bank (the zip too)', () => {
		// Compared as bytes: a deep comparison of a zip's Uint8Array would take seconds.
		const bytes = (files: ReturnType<typeof export_bank>['files']) =>
			files.map((file) => Buffer.from(file.data));
		for (const format of EXPORT_FORMATS) {
			// Once for the tests above (or here, if they did not run), and once again now.
			const [once, again] = [bytes(whole(format).files), bytes(export_bank(format, bank).files)];
			expect(once.length).toBe(1);
			expect(once.every((file, i) => file.equals(again[i]!))).toBe(true);
		}
	});

	it('imports nothing from Node, so the browser can offer the same downloads', () => {
		const folder = new URL('.', import.meta.url);
		const sources = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
		expect(sources.length).toBeGreaterThan(0);
		for (const file of sources) {
			expect(readFileSync(new URL(file, folder), 'utf8'), file).not.toMatch(
				/from '(node:|fs|path)/
			);
		}
	});
});
