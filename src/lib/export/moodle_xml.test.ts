import { describe, expect, it } from 'vitest';
import { real_export_bank } from '$testing/export_bank';
import { schema_set, validate } from '$testing/xsd';
import { kid, kids, parse_xml, rendered, text } from '$testing/xml_dom';
import type { Element } from '@xmldom/xmldom';
import { must } from '$lib/must';
import { export_moodle_xml } from './moodle_xml';
import { by_lesson, moodle_category, question_name } from './text';

const bank = real_export_bank();
const xml = must(export_moodle_xml(bank).files[0], 'one file').data as string;
/** The `<text>` of a Moodle text element, as Moodle shows it: HTML rendered, else as written. */
function shown(element: Element) {
	const value = text(kid(element, 'text'));
	return element.getAttribute('format') === 'html' ? rendered(value) : value;
}

/** The questions of the file, category questions included, read by an XML parser. */
function questions_of(file: string) {
	return kids(parse_xml(file).documentElement!, 'question');
}
/** The exported bank's questions, read once: the tests below only read them. */
const questions = questions_of(xml);

describe('Moodle XML export', () => {
	it('is valid against the schema of what Moodle’s importer reads, and a broken copy is not', async () => {
		const schema = must(schema_set('moodle-xml'), 'the Moodle schema is in the repository');
		const broken = xml.replace(
			'<defaultgrade>1</defaultgrade>',
			'<defaultgrade>one</defaultgrade>'
		);
		const truncated = xml.slice(0, xml.length / 2);
		const errors = await validate(schema, [
			{ fileName: 'export.xml', contents: xml },
			{ fileName: 'broken.xml', contents: broken },
			{ fileName: 'truncated.xml', contents: truncated }
		]);
		expect(errors.filter((e) => e.startsWith('export.xml'))).toEqual([]);
		expect(errors.some((e) => e.startsWith('broken.xml') && e.includes('defaultgrade'))).toBe(true);
		expect(errors.some((e) => e.startsWith('truncated.xml'))).toBe(true);
	});

	it('has every item once, under the category of its document and lesson', () => {
		let category = '';
		const under = new Map<string, string>();
		for (const question of questions) {
			if (question.getAttribute('type') === 'category') {
				category = text(kid(kid(question, 'category'), 'text'));
			} else {
				under.set(text(kid(question, 'idnumber')), category);
			}
		}
		expect(under.size).toBe(bank.items.length);
		const wanted = by_lesson(bank).flatMap((group) =>
			group.items.map((item) => [item.id, moodle_category(group.path)] as const)
		);
		expect(under).toEqual(new Map(wanted));
	});

	it('gives each question its stem, keys, per-answer and general feedback', () => {
		const by_id = new Map(
			questions
				.filter((q) => q.getAttribute('type') !== 'category')
				.map((q) => [text(kid(q, 'idnumber')), q])
		);
		// Each question as read from the file and as its item says it should be, compared once:
		// what differs is shown item by item.
		const read = bank.items.map((item) => {
			const q = must(by_id.get(item.id), item.id);
			const matching = item.type === 'matching';
			return {
				id: item.id,
				type: q.getAttribute('type'),
				name: shown(kid(q, 'name')),
				questiontext: shown(kid(q, 'questiontext')),
				generalfeedback: shown(kid(q, 'generalfeedback')),
				answers: matching
					? kids(q, 'subquestion').map((s) => [shown(s), shown(kid(s, 'answer'))])
					: kids(q, 'answer').map((a) => ({
							text: shown(a),
							fraction: a.getAttribute('fraction'),
							feedback: shown(kid(a, 'feedback'))
						}))
			};
		});
		const wanted = bank.items.map((item) => {
			const key = must(
				item.options.find((o) => o.correct),
				'a key'
			);
			const choices = (text: (o: (typeof item.options)[number]) => string) =>
				item.options.map((o) => ({
					text: text(o),
					fraction: o.correct ? '100' : '0',
					feedback: o.feedback
				}));
			const common = {
				id: item.id,
				name: question_name(item),
				questiontext: item.stem + (item.prompt ?? ''),
				generalfeedback: item.explanation
			};
			switch (item.type) {
				case 'matching':
					return {
						...common,
						type: 'matching',
						answers: (item.prompts ?? []).map((p) => [
							p.text,
							item.options.find((o) => o.matches === p.id)?.text
						])
					};
				case 'fill-in':
					return {
						...common,
						type: 'shortanswer',
						answers: (item.accept ?? []).map((text) => ({
							text,
							fraction: '100',
							feedback: key.feedback
						}))
					};
				case 'true-false':
					return { ...common, type: 'truefalse', answers: choices((o) => o.id) };
				default:
					return { ...common, type: 'multichoice', answers: choices((o) => o.text) };
			}
		});
		expect(read).toEqual(wanted);
	});

	it('escapes markup in the content as text, never as HTML', () => {
		const item = { ...must(bank.items[0], 'an item'), stem: 'Is <b>this</b> & that bold?' };
		const out = must(export_moodle_xml({ ...bank, items: [item] }).files[0], 'a file')
			.data as string;
		const q = must(questions_of(out)[1], 'the question after its category');
		expect(shown(kid(q, 'questiontext'))).toBe('Is <b>this</b> & that bold?' + (item.prompt ?? ''));
	});
});
