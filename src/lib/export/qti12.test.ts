import { describe, expect, it } from 'vitest';
import {
	canvas_assessment,
	canvas_package_problems,
	quiz_setting,
	unzip_text
} from '$testing/canvas_package';
import { real_export_bank } from '$testing/export_bank';
import { all, kid, parse_xml, text } from '$testing/xml_dom';
import { schema_set, validate } from '$testing/xsd';
import { once_per } from '$testing/once';
import { must } from '$lib/must';
import { canvas_ids } from './canvas_package';
import { export_qti12 } from './qti12';
import type { Element } from '@xmldom/xmldom';

const bank = real_export_bank();
const { files, report } = export_qti12(bank);
const file = must(files[0], 'one file');
const package_files = unzip_text(file.data as Uint8Array);
/** The QTI 1.2 assessment inside the zip: what every check below reads. */
const xml = canvas_assessment(package_files);
/**
 * The package's files, each parsed once for the checks below and the package check: the whole
 * bank's assessment is near a megabyte, a fifth of a second to parse.
 */
const parse = once_per(parse_xml);

const CANVAS_TYPE: Record<string, string> = {
	'true-false': 'true_false_question',
	matching: 'matching_question',
	'fill-in': 'short_answer_question'
};

/** The fieldentry of a qtimetadata field, by its label. */
function metadata(item: Element, label: string) {
	const field = all(item, 'qtimetadatafield').find((f) => text(kid(f, 'fieldlabel')) === label);
	return field && text(kid(field, 'fieldentry'));
}

describe('QTI 1.2 export for Canvas', () => {
	const root = parse(xml).documentElement!;
	const elements = new Map(all(root, 'item').map((e) => [e.getAttribute('ident'), e]));

	it('has every item once, each naming its Canvas question type', () => {
		expect(elements.size).toBe(bank.items.length);
		expect(report.written).toBe(bank.items.length);
		for (const item of bank.items) {
			const element = must(elements.get(item.id), item.id);
			expect(metadata(element, 'question_type')).toBe(
				CANVAS_TYPE[item.type] ?? 'multiple_choice_question'
			);
		}
	});

	it('scores the key, and shows per-answer and general feedback', () => {
		for (const item of bank.items) {
			const element = must(elements.get(item.id), item.id);
			const labels = new Map(
				all(element, 'response_label').map((l) => [l.getAttribute('ident'), text(l)])
			);
			const feedback = new Map(
				all(element, 'itemfeedback').map((f) => [f.getAttribute('ident'), text(f)])
			);
			expect(feedback.get('general_fb')).toBe(item.explanation);
			const scoring = all(element, 'respcondition').filter((c) => all(c, 'setvar').length);
			const key = must(
				item.options.find((o) => o.correct),
				'a key'
			);
			if (item.type === 'matching') {
				const lids = all(element, 'response_lid');
				expect(lids.map((lid) => text(kid(lid, 'material')))).toEqual(
					(item.prompts ?? []).map((p) => p.text)
				);
				const pairs = scoring.map((c) => {
					const equal = kid(kid(c, 'conditionvar'), 'varequal');
					const lid = lids.find((l) => l.getAttribute('ident') === equal.getAttribute('respident'));
					return [lid && text(kid(lid, 'material')), labels.get(text(equal))];
				});
				expect(pairs).toEqual(
					(item.prompts ?? []).map((p) => [
						p.text,
						item.options.find((o) => o.matches === p.id)?.text
					])
				);
			} else if (item.type === 'fill-in') {
				expect(all(must(scoring[0], 'a scoring condition'), 'varequal').map(text)).toEqual(
					item.accept
				);
				expect(feedback.get('correct_fb')).toBe(key.feedback);
			} else {
				expect(scoring).toHaveLength(1);
				expect(labels.get(text(all(must(scoring[0], 'scoring'), 'varequal')[0]!))).toBe(key.text);
				expect([...labels.values()]).toEqual(item.options.map((o) => o.text));
				for (const [ident, label] of labels) {
					const option = must(
						item.options.find((o) => o.text === label),
						label
					);
					expect(feedback.get(`${ident}_fb`)).toBe(option.feedback);
				}
			}
		}
	});

	const schema = schema_set('qti12');
	it.skipIf(!schema)(
		'is valid against IMS’s QTI 1.2 XSD, and a broken copy is not',
		async () => {
			const broken = xml.replace('<resprocessing>', '<resprocessing><setvar>1</setvar>');
			const errors = await validate(schema!, [
				{ fileName: 'export.xml', contents: xml },
				{ fileName: 'broken.xml', contents: broken }
			]);
			expect(errors.filter((e) => !e.startsWith('broken.xml'))).toEqual([]);
			expect(errors.some((e) => e.startsWith('broken.xml'))).toBe(true);
		},
		60_000
	);
});

describe('QTI 1.2 package for Canvas', () => {
	const ids = canvas_ids(
		bank.title,
		bank.items.map((item) => item.id)
	);
	const meta = must(package_files.get(ids.meta_file), 'the quiz settings');

	it('is a zip of the manifest, the assessment and its settings, laid out as Canvas’s own', () => {
		expect(file.name).toBe('questions.qti12.zip');
		expect([...package_files.keys()]).toEqual([
			'imsmanifest.xml',
			`${ids.assessment}/${ids.assessment}.xml`,
			`${ids.assessment}/assessment_meta.xml`
		]);
		expect(canvas_package_problems(package_files, parse)).toEqual([]);
	});

	it('names the quiz, its points and its attempts in Canvas’s settings', () => {
		expect(quiz_setting(meta, 'title')).toBe(bank.title);
		expect(quiz_setting(meta, 'points_possible')).toBe(`${bank.items.length}.0`);
		expect(quiz_setting(meta, 'quiz_type')).toBe('assignment');
		expect(quiz_setting(meta, 'allowed_attempts')).toBe('1');
	});

	it('gives other questions or another title a quiz id of their own, the same ones the same', () => {
		const some = bank.items.slice(0, 3).map((item) => item.id);
		expect(canvas_ids('A', some)).toEqual(canvas_ids('A', [...some]));
		expect(canvas_ids('B', some).assessment).not.toBe(canvas_ids('A', some).assessment);
		expect(canvas_ids('A', some.slice(1)).assessment).not.toBe(canvas_ids('A', some).assessment);
		expect(canvas_ids('A', some).assessment).toMatch(/^mobilize-[0-9a-f]{8}$/);
	});

	it('fails the check on a broken manifest, a missing, extra or misnamed file', () => {
		// A few items: the check parses the assessment once per broken copy.
		const items = bank.items.slice(0, 3);
		const ids = canvas_ids(
			bank.title,
			items.map((item) => item.id)
		);
		const small = unzip_text(
			must(export_qti12({ ...bank, items }).files[0], 'a zip').data as Uint8Array
		);
		expect(canvas_package_problems(small)).toEqual([]);
		const manifest = must(small.get('imsmanifest.xml'), 'a manifest');
		const xml = must(small.get(ids.assessment_file), 'the assessment');
		const with_file = (path: string, text: string) => new Map([...small, [path, text]]);
		const problems = (files: Map<string, string>) => canvas_package_problems(files);
		expect(problems(with_file('imsmanifest.xml', manifest.replace('</resources>', '')))).toEqual([
			expect.stringMatching(/^imsmanifest\.xml is not well-formed/)
		]);
		expect(problems(with_file('notes.txt', 'x'))).toEqual([
			'"notes.txt" is in the zip, not listed'
		]);
		const without_meta = new Map(small);
		without_meta.delete(ids.meta_file);
		expect(problems(without_meta)).toContain(`"${ids.meta_file}" is listed, not in the zip`);
		const twice = manifest.replace(`identifier="${ids.meta}"`, `identifier="${ids.assessment}"`);
		expect(problems(with_file('imsmanifest.xml', twice))).toContain(
			`identifier "${ids.assessment}" is used 2 times`
		);
		const elsewhere = manifest.replace(
			`href="${ids.assessment_file}"><file`,
			`href="${ids.meta_file}"><file`
		);
		expect(problems(with_file('imsmanifest.xml', elsewhere))).toContain(
			`resource href "${ids.meta_file}" is not its file`
		);
		const renamed = xml.replace(`ident="${ids.assessment}"`, 'ident="mobilize-bank"');
		expect(problems(with_file(ids.assessment_file, renamed))).toEqual([
			`no <assessment ident="${ids.assessment}"> in ${ids.assessment_file}`
		]);
		const no_dependency = manifest.replace(/<dependency [^>]*\/>/, '');
		expect(problems(with_file('imsmanifest.xml', no_dependency))).toEqual([
			`the assessment does not depend on a learning-application resource for ${ids.meta_file}`
		]);
	});
});
