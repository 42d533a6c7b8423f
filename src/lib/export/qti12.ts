import type { Item, Option } from '../quiz/types';
import { canvas_ids, canvas_package } from './canvas_package';
import { decide, type ShapeNames } from './decide';
import { ReportBuilder } from './report';
import { escape_xml as x, matching_pairs, pair_shares, question_html, question_name } from './text';
import type { ExportBank, ExportResult } from './types';

/** Canvas's question types, named in each item's qtimetadata as its importer reads them. */
const NAMES: ShapeNames = {
	choice: { as: 'multiple_choice_question', kept: true },
	'true-false': { as: 'true_false_question', kept: true },
	matching: {
		as: 'matching_question',
		kept: true,
		note: 'part credit per pair; per-pair feedback goes into the general feedback'
	},
	short: {
		as: 'short_answer_question',
		kept: true,
		note: 'typed; the offered terms and their feedback are left out'
	}
};

const NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function mattext(text: string, type = 'text/plain') {
	return `<material><mattext texttype="${type}">${x(text)}</mattext></material>`;
}

function field(label: string, entry: string) {
	return `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${x(entry)}</fieldentry></qtimetadatafield>`;
}

function itemfeedback(ident: string, text: string) {
	return `<itemfeedback ident="${ident}"><flow_mat><material><mattext texttype="text/plain">${x(text)}</mattext></material></flow_mat></itemfeedback>`;
}

const SCORE_VAR =
	'<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>';

/** Presentation and response processing, by shape; Canvas keys answer feedback `<ident>_fb`. */
function parts(item: Item, shape: 'choice' | 'true-false' | 'matching' | 'short') {
	if (shape === 'matching') {
		const pairs = matching_pairs(item)!;
		const labels = pairs
			.map(
				(pair, i) =>
					`<response_label ident="M${i + 1}">${mattext(pair.option.text)}</response_label>`
			)
			.join('');
		const shares = pair_shares(pairs.length, 100, 2);
		return {
			presentation: pairs
				.map(
					(pair, i) =>
						`<response_lid ident="response_P${i + 1}">${mattext(pair.prompt)}<render_choice>${labels}</render_choice></response_lid>`
				)
				.join(''),
			conditions: pairs
				.map(
					(_, i) =>
						`<respcondition><conditionvar><varequal respident="response_P${i + 1}">M${i + 1}</varequal></conditionvar><setvar varname="SCORE" action="Add">${shares[i]}</setvar></respcondition>`
				)
				.join(''),
			feedback: [] as string[]
		};
	}
	if (shape === 'short') {
		const key = item.options.find((o) => o.correct);
		const right = key?.feedback
			? '<displayfeedback feedbacktype="Response" linkrefid="correct_fb"/>'
			: '';
		return {
			presentation:
				'<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>',
			conditions: `<respcondition continue="No"><conditionvar>${(item.accept ?? [])
				.map((a) => `<varequal respident="response1">${x(a)}</varequal>`)
				.join(
					''
				)}</conditionvar><setvar varname="SCORE" action="Set">100</setvar>${right}</respcondition>`,
			feedback: key?.feedback ? [itemfeedback('correct_fb', key.feedback)] : []
		};
	}
	const ident = (i: number) => `C${i + 1}`;
	return {
		presentation: `<response_lid ident="response1" rcardinality="Single"><render_choice>${item.options
			.map((o, i) => `<response_label ident="${ident(i)}">${mattext(o.text)}</response_label>`)
			.join('')}</render_choice></response_lid>`,
		// Feedback conditions first with continue="Yes", so the scoring one after them still runs.
		conditions: [
			...item.options.flatMap((o: Option, i) =>
				o.feedback
					? [
							`<respcondition continue="Yes"><conditionvar><varequal respident="response1">${ident(i)}</varequal></conditionvar><displayfeedback feedbacktype="Response" linkrefid="${ident(i)}_fb"/></respcondition>`
						]
					: []
			),
			`<respcondition continue="No"><conditionvar><varequal respident="response1">${ident(item.options.findIndex((o) => o.correct))}</varequal></conditionvar><setvar varname="SCORE" action="Set">100</setvar></respcondition>`
		].join(''),
		feedback: item.options.flatMap((o, i) =>
			o.feedback ? [itemfeedback(`${ident(i)}_fb`, o.feedback)] : []
		)
	};
}

function qti12_item(item: Item, shape: 'choice' | 'true-false' | 'matching' | 'short') {
	const p = parts(item, shape);
	return [
		`<item ident="${x(item.id)}" title="${x(question_name(item))}">`,
		`<itemmetadata><qtimetadata>${field('question_type', NAMES[shape].as)}${field('points_possible', '1')}</qtimetadata></itemmetadata>`,
		`<presentation>${mattext(question_html(item), 'text/html')}${p.presentation}</presentation>`,
		// The general feedback is shown whatever the answer: Canvas's `general_fb`.
		`<resprocessing>${SCORE_VAR}<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>${p.conditions}</resprocessing>`,
		itemfeedback('general_fb', item.explanation),
		...p.feedback,
		'</item>'
	].join('\n');
}

/**
 * The bank as a zip Canvas imports as it is ("QTI .zip file"): one QTI 1.2 assessment with one
 * section, each item naming its Canvas question type in qtimetadata, per-answer feedback and the
 * explanation as Canvas's general feedback; beside it the manifest and Canvas's quiz settings
 * (see canvas_package.ts for the layout and where it comes from).
 */
export function export_qti12(bank: ExportBank): ExportResult {
	const report = new ReportBuilder('qti12');
	const items: string[] = [];
	const written: string[] = [];
	for (const item of bank.items) {
		const { shape, decision } = decide(item, NAMES);
		report.add(item, decision);
		if (!shape) continue;
		items.push(qti12_item(item, shape));
		written.push(item.id);
	}
	const ids = canvas_ids(bank.title, written);
	const assessment_xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<questestinterop xmlns="${NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">`,
		// Canvas joins the quiz to its meta by this ident: it must be the package's folder name.
		`<assessment ident="${ids.assessment}" title="${x(bank.title)}">`,
		`<qtimetadata>${field('cc_maxattempts', '1')}</qtimetadata>`,
		'<section ident="root_section">',
		...items,
		'</section>',
		'</assessment>',
		'</questestinterop>',
		''
	].join('\n');
	// One point a question (each item's points_possible), so the quiz is worth as many.
	const data = canvas_package({ ids, title: bank.title, assessment_xml, points: written.length });
	return { files: [{ name: 'questions.qti12.zip', data }], report: report.report() };
}
