import type { Item, Option } from '../quiz/types';
import { decide, type ShapeNames } from './decide';
import { ReportBuilder } from './report';
import {
	by_lesson,
	escape_xml,
	matching_pairs,
	moodle_category,
	question_html,
	question_name
} from './text';
import type { ExportBank, ExportResult } from './types';

const NAMES: ShapeNames = {
	choice: { as: 'multichoice', kept: true },
	'true-false': { as: 'truefalse', kept: true },
	matching: {
		as: 'matching',
		kept: true,
		note: 'Moodle has no per-pair feedback; the general feedback states every pair'
	},
	short: {
		as: 'shortanswer',
		kept: true,
		note: 'typed; the offered terms and their feedback are left out'
	}
};

/**
 * `<tag format="html"><text>…</text></tag>`, Moodle's element for formatted text, holding
 * plain text: escaped once as HTML (what Moodle will render) and once more as XML.
 */
function html(tag: string, text: string, indent: string) {
	return raw_html(tag, escape_xml(text), indent);
}

function raw_html(tag: string, markup: string, indent: string) {
	return `${indent}<${tag} format="html"><text>${escape_xml(markup)}</text></${tag}>`;
}

function plain(tag: string, text: string, indent: string) {
	return `${indent}<${tag}><text>${escape_xml(text)}</text></${tag}>`;
}

/**
 * An answer with its feedback. A choice's text is HTML; a typed answer's or true/false's is
 * compared as typed, so it stays plain (Moodle's auto format).
 */
function answer(text: string, fraction: number, feedback: string, format = 'html') {
	const shown = format === 'html' ? escape_xml(text) : text;
	return [
		`\t\t<answer fraction="${fraction}" format="${format}">`,
		`\t\t\t<text>${escape_xml(shown)}</text>`,
		html('feedback', feedback, '\t\t\t'),
		'\t\t</answer>'
	].join('\n');
}

function body(item: Item, shape: 'choice' | 'true-false' | 'matching' | 'short'): string[] {
	switch (shape) {
		case 'choice':
			return [
				'\t\t<single>true</single>',
				'\t\t<shuffleanswers>true</shuffleanswers>',
				'\t\t<answernumbering>abc</answernumbering>',
				...item.options.map((o: Option) => answer(o.text, o.correct ? 100 : 0, o.feedback))
			];
		case 'true-false':
			// Moodle's truefalse answers are the words "true" and "false", not option text.
			return item.options.map((o) =>
				answer(o.id, o.correct ? 100 : 0, o.feedback, 'moodle_auto_format')
			);
		case 'matching':
			return [
				'\t\t<shuffleanswers>true</shuffleanswers>',
				...matching_pairs(item)!.map((pair) =>
					[
						`\t\t<subquestion format="html">`,
						`\t\t\t<text>${escape_xml(escape_xml(pair.prompt))}</text>`,
						plain('answer', pair.option.text, '\t\t\t'),
						'\t\t</subquestion>'
					].join('\n')
				)
			];
		case 'short': {
			const key = item.options.find((o) => o.correct);
			return [
				'\t\t<usecase>0</usecase>',
				...(item.accept ?? []).map((text) =>
					answer(text, 100, key?.feedback ?? '', 'moodle_auto_format')
				)
			];
		}
	}
}

const TYPE = {
	choice: 'multichoice',
	'true-false': 'truefalse',
	matching: 'matching',
	short: 'shortanswer'
};

/**
 * The bank as Moodle XML: a category question per document and lesson, then each item as
 * Moodle's own question type with per-answer feedback, the explanation as general feedback,
 * the item id as Moodle's idnumber and the item type as a tag.
 */
export function export_moodle_xml(bank: ExportBank): ExportResult {
	const report = new ReportBuilder('moodle-xml');
	const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
	for (const group of by_lesson(bank)) {
		const questions: string[] = [];
		for (const item of group.items) {
			const { shape, decision } = decide(item, NAMES);
			report.add(item, decision);
			if (!shape) continue;
			questions.push(
				[
					`\t<question type="${TYPE[shape]}">`,
					plain('name', question_name(item), '\t\t'),
					raw_html('questiontext', question_html(item), '\t\t'),
					html('generalfeedback', item.explanation, '\t\t'),
					'\t\t<defaultgrade>1</defaultgrade>',
					'\t\t<penalty>0</penalty>',
					'\t\t<hidden>0</hidden>',
					`\t\t<idnumber>${escape_xml(item.id)}</idnumber>`,
					...body(item, shape),
					`\t\t<tags><tag><text>${escape_xml(item.type)}</text></tag></tags>`,
					'\t</question>'
				].join('\n')
			);
		}
		if (!questions.length) continue;
		parts.push(
			[
				'\t<question type="category">',
				plain('category', moodle_category(group.path), '\t\t'),
				'\t</question>'
			].join('\n'),
			...questions
		);
	}
	parts.push('</quiz>', '');
	return {
		files: [{ name: 'questions.moodle.xml', data: parts.join('\n') }],
		report: report.report()
	};
}
