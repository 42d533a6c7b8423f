import { describe, expect, it } from 'vitest';
import { real_export_bank } from '$testing/export_bank';
import { all, kid, parse_xml, text } from '$testing/xml_dom';
import { schema_set, validate } from '$testing/xsd';
import { must } from '$lib/must';
import { export_qti12 } from './qti12';
import type { Element } from '@xmldom/xmldom';

const bank = real_export_bank();
const { files, report } = export_qti12(bank);
const xml = must(files[0], 'one file').data as string;

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
	const root = parse_xml(xml).documentElement!;
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
