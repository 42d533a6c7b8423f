import type { Item } from '../quiz/types';
import { decide, type ShapeNames } from './decide';
import { ReportBuilder } from './report';
import { escape_xml as x, matching_pairs, pair_shares, question_name } from './text';
import type { ExportBank, ExportResult } from './types';
import { zip_files } from './zip';

const NAMES: ShapeNames = {
	choice: { as: 'choiceInteraction', kept: true },
	'true-false': {
		as: 'choiceInteraction (True, False)',
		kept: false,
		note: 'QTI 2.1 has no true/false type'
	},
	matching: {
		as: 'matchInteraction',
		kept: true,
		note: 'part credit per pair; per-pair feedback goes into the general feedback'
	},
	short: {
		as: 'textEntryInteraction',
		kept: true,
		note: 'typed, case-insensitive; the offered terms are left out'
	}
};

const QTI = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';

/** The item's file in the package, and its identifier there (an NCName: the item id). */
export function qti_item_file(item: Item) {
	return `items/${item.id}.xml`;
}

function body_text(item: Item) {
	const stem = `<p>${x(item.stem)}</p>`;
	return item.prompt ? `${stem}<blockquote><p>${x(item.prompt)}</p></blockquote>` : stem;
}

const score = (value: string) =>
	`<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${value}</baseValue></setOutcomeValue>`;

/** Declarations, body, processing and feedback of one item, by its shape. */
function parts(item: Item, shape: 'choice' | 'true-false' | 'matching' | 'short') {
	if (shape === 'matching') {
		const pairs = matching_pairs(item)!;
		const shares = pair_shares(pairs.length, 1, 4);
		return {
			response: [
				'<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">',
				`<correctResponse>${pairs.map((_, i) => `<value>P${i + 1} M${i + 1}</value>`).join('')}</correctResponse>`,
				`<mapping defaultValue="0" lowerBound="0" upperBound="1">${pairs
					.map((_, i) => `<mapEntry mapKey="P${i + 1} M${i + 1}" mappedValue="${shares[i]}"/>`)
					.join('')}</mapping>`,
				'</responseDeclaration>'
			].join(''),
			interaction: [
				`<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${pairs.length}">`,
				'<simpleMatchSet>',
				...pairs.map(
					(p, i) =>
						`<simpleAssociableChoice identifier="P${i + 1}" matchMax="1">${x(p.prompt)}</simpleAssociableChoice>`
				),
				'</simpleMatchSet><simpleMatchSet>',
				...pairs.map(
					(p, i) =>
						`<simpleAssociableChoice identifier="M${i + 1}" matchMax="1">${x(p.option.text)}</simpleAssociableChoice>`
				),
				'</simpleMatchSet></matchInteraction>'
			].join(''),
			processing:
				'<setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>',
			feedback: [] as string[]
		};
	}
	if (shape === 'short') {
		const key = item.options.find((o) => o.correct);
		const accept = item.accept ?? [];
		return {
			response: [
				'<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">',
				`<correctResponse><value>${x(accept[0] ?? '')}</value></correctResponse>`,
				`<mapping defaultValue="0">${accept
					.map((a) => `<mapEntry mapKey="${x(a)}" mappedValue="1" caseSensitive="false"/>`)
					.join('')}</mapping>`,
				'</responseDeclaration>'
			].join(''),
			interaction:
				'<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="30"/></p>',
			processing: [
				'<setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>',
				'<responseCondition><responseIf><gte><variable identifier="SCORE"/><baseValue baseType="float">1</baseValue></gte>',
				'<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">RIGHT</baseValue></setOutcomeValue>',
				'</responseIf></responseCondition>'
			].join(''),
			feedback: key?.feedback ? [modal('FEEDBACK', 'RIGHT', key.feedback)] : []
		};
	}
	// Choice and true-false: choice identifiers C1…Cn, since option ids are not NCNames.
	const key = item.options.findIndex((o) => o.correct);
	return {
		response: [
			'<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
			`<correctResponse><value>C${key + 1}</value></correctResponse>`,
			'</responseDeclaration>'
		].join(''),
		interaction: [
			`<choiceInteraction responseIdentifier="RESPONSE" shuffle="${shape === 'choice'}" maxChoices="1">`,
			...item.options.map(
				(o, i) => `<simpleChoice identifier="C${i + 1}">${x(o.text)}</simpleChoice>`
			),
			'</choiceInteraction>'
		].join(''),
		processing: [
			'<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>',
			score('1'),
			'</responseIf></responseCondition>',
			'<setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/></setOutcomeValue>'
		].join(''),
		feedback: item.options.flatMap((o, i) =>
			o.feedback ? [modal('FEEDBACK', `C${i + 1}`, o.feedback)] : []
		)
	};
}

function modal(outcome: string, identifier: string, text: string) {
	return `<modalFeedback outcomeIdentifier="${outcome}" identifier="${identifier}" showHide="show"><p>${x(text)}</p></modalFeedback>`;
}

/** One assessmentItem: per-option feedback keyed by the choice, the explanation always shown. */
export function qti21_item(item: Item, shape: 'choice' | 'true-false' | 'matching' | 'short') {
	const p = parts(item, shape);
	return [
		XML_DECL,
		`<assessmentItem xmlns="${QTI}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="${x(item.id)}" title="${x(question_name(item))}" adaptive="false" timeDependent="false">`,
		p.response,
		'<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
		'<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
		'<outcomeDeclaration identifier="EXPLAIN" cardinality="single" baseType="identifier"/>',
		`<itemBody>${body_text(item)}${p.interaction}</itemBody>`,
		`<responseProcessing>${p.processing}<setOutcomeValue identifier="EXPLAIN"><baseValue baseType="identifier">EXPLAIN</baseValue></setOutcomeValue></responseProcessing>`,
		...p.feedback,
		modal('EXPLAIN', 'EXPLAIN', item.explanation),
		'</assessmentItem>',
		''
	].join('\n');
}

/** The content package's manifest: one resource per item file. */
function manifest(items: Item[]) {
	const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
	return [
		XML_DECL,
		`<manifest xmlns="${CP}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="MANIFEST-mobilize">`,
		'<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
		'<organizations/>',
		'<resources>',
		...items.map((item) => {
			const file = qti_item_file(item);
			return `<resource identifier="R-${x(item.id)}" type="imsqti_item_xmlv2p1" href="${file}"><file href="${file}"/></resource>`;
		}),
		'</resources>',
		'</manifest>',
		''
	].join('\n');
}

/**
 * A QTI 2.1 content package: imsmanifest.xml and one assessmentItem file per item, zipped.
 * The report says which items are in it.
 */
export function export_qti21(bank: ExportBank): ExportResult {
	const report = new ReportBuilder('qti21');
	const written: Item[] = [];
	const entries = new Map<string, string>();
	for (const item of bank.items) {
		const { shape, decision } = decide(item, NAMES);
		report.add(item, decision);
		if (!shape) continue;
		written.push(item);
		entries.set(qti_item_file(item), qti21_item(item, shape));
	}
	const zip = zip_files(new Map([['imsmanifest.xml', manifest(written)], ...entries]));
	return { files: [{ name: 'questions.qti21.zip', data: zip }], report: report.report() };
}
