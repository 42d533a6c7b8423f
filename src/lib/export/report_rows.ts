import { ITEM_TYPE_NAMES } from '../quiz/type_names';
import type { ExportReport, TypeOutcome } from './types';

/**
 * The writers name each question type as its format does (`multichoice`, `choiceInteraction`,
 * `short_answer_question`): for the CLI and its users, exact. A teacher reads the plain name.
 * A form missing here is shown as the writer wrote it (and a test lists the forms the writers use).
 */
const PLAIN_FORMS = new Map<string, string>([
	['multiple choice', 'multiple choice'],
	['multichoice', 'multiple choice'],
	['choiceInteraction', 'multiple choice'],
	['multiple_choice_question', 'multiple choice'],
	['choiceInteraction (True, False)', 'multiple choice with the options True and False'],
	['true/false', 'true/false'],
	['truefalse', 'true/false'],
	['true_false_question', 'true/false'],
	['matching', 'matching'],
	['matchInteraction', 'matching'],
	['matching_question', 'matching'],
	['short answer', 'short answer'],
	['shortanswer', 'short answer'],
	['textEntryInteraction', 'short answer'],
	['short_answer_question', 'short answer']
]);

/** The writers' notes and reasons for skipping, in words for someone who has not read the specs. */
const PLAIN_NOTES = new Map<string, string>([
	[
		'GIFT has no per-pair feedback; the general feedback states every pair',
		'GIFT has no feedback per pair, so the general feedback lists every pair'
	],
	[
		'Moodle has no per-pair feedback; the general feedback states every pair',
		'Moodle has no feedback per pair, so the general feedback lists every pair'
	],
	[
		'typed; the offered terms and their feedback are left out',
		'students type the term; the terms offered to choose from are dropped'
	],
	[
		'typed, case-insensitive; the offered terms are left out',
		'students type the term (capitals do not matter); the terms offered to choose from are dropped'
	],
	[
		'part credit per pair; per-pair feedback goes into the general feedback',
		'part marks for each right pair; the feedback on pairs goes into the general feedback'
	],
	['a matching prompt contains "->"', 'a matching prompt contains “->”, which GIFT cannot write'],
	[
		'no single key, or matching without two complete pairs',
		'it has no single right answer, or its matching lacks two complete pairs'
	]
]);

/** The plain name of a writer's question form or note, or the writer's own words. */
export const plain_form = (form: string) => PLAIN_FORMS.get(form) ?? form;
export const plain_note = (note: string) => PLAIN_NOTES.get(note) ?? note;

/** One line of the report as the builder shows it: the item type, then what became of it. */
export interface ReportRow {
	outcome: TypeOutcome['outcome'];
	/** The item type's name and how many of the assignment's questions are of it. */
	type: string;
	/** "kept as matching", "converted to …; why", "skipped: why". */
	text: string;
}

const questions = (count: number) => `${count} ${count === 1 ? 'question' : 'questions'}`;

/** The report as a list a teacher reads: one row per item type and outcome, in the report's order. */
export function report_rows(report: ExportReport): ReportRow[] {
	return report.types.map((line) => {
		const note = line.note ? ` (${plain_note(line.note)})` : '';
		const text =
			line.outcome === 'skipped'
				? `left out: ${plain_note(line.as)}`
				: `${line.outcome === 'kept' ? 'kept as' : 'converted to'} ${plain_form(line.as)}${note}`;
		return {
			outcome: line.outcome,
			type: `${ITEM_TYPE_NAMES[line.type]}, ${questions(line.count)}`,
			text
		};
	});
}

/** One sentence: how many of the assignment's questions the file holds, and how many changed form. */
export function report_summary(report: ExportReport): string {
	const count = (outcome: TypeOutcome['outcome']) =>
		report.types.filter((l) => l.outcome === outcome).reduce((sum, l) => sum + l.count, 0);
	const held =
		report.written !== report.items
			? `${report.written} of ${questions(report.items)} are`
			: report.items === 1
				? 'The one question is'
				: `All ${questions(report.items)} are`;
	const converted = count('converted');
	const skipped = count('skipped');
	const changes = [
		converted && `${converted} converted to another form`,
		skipped && `${skipped} left out`
	].filter((part): part is string => typeof part === 'string');
	return `${held} in the file${changes.length ? `; ${changes.join(', ')}` : ''}.`;
}
