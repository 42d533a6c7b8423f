import type { AssignmentSelection } from '../classroom/assignment';
import { title_slug } from '../classroom/file_name';
import type { QuizDocument } from '../quiz/source';
import type { Item } from '../quiz/types';
import { export_bank } from './export_bank';
import { format_json } from './json';
import { EXPORT_FORMATS, type ExportBank, type ExportFormat, type ExportReport } from './types';

/** What the teacher's builder exports: the assignment's drawn items, in the link's order. */
export interface AssignmentExport {
	title: string;
	seed: number;
	selection: AssignmentSelection;
	items: readonly Item[];
	documents: readonly QuizDocument[];
}

export type DownloadFormat = ExportFormat | 'json';

/** One download the builder offers: its button, the platforms that take it, and its file type. */
export interface DownloadChoice {
	format: DownloadFormat;
	label: string;
	/** Which LMS imports it, and where, in plain words. */
	lms: string;
	mime: string;
}

/**
 * The downloads, Moodle's first since it takes two of them. Moodle imports GIFT and Moodle XML
 * and has no core QTI import; Canvas imports QTI 1.2 (a zip package); other platforms take QTI 2.1.
 */
export const DOWNLOADS: readonly DownloadChoice[] = [
	{
		format: 'moodle-xml',
		label: 'Moodle XML',
		lms: 'For Moodle (Question bank, Import, “Moodle XML format”), with the feedback on each answer.',
		mime: 'application/xml'
	},
	{
		format: 'gift',
		label: 'GIFT',
		lms: 'For Moodle too (Import, “GIFT format”): a plain text file you can read and edit.',
		mime: 'text/plain'
	},
	{
		format: 'qti12',
		label: 'QTI 1.2 for Canvas',
		lms: 'For Canvas (Settings, Import course content, “QTI .zip file”): a zip file, imported as it is, that becomes an unpublished quiz named after the assignment.',
		mime: 'application/zip'
	},
	{
		format: 'qti21',
		label: 'QTI 2.1 package',
		lms: 'For other platforms that import QTI 2.1 content packages: a zip file, imported as it is.',
		mime: 'application/zip'
	},
	{
		format: 'json',
		label: 'JSON',
		lms: 'For your own tools: every field of every question, as the command-line export writes it.',
		mime: 'application/json'
	}
];

/**
 * The bank the writers get: the assignment's items in the link's order, named after the
 * assignment (the root category, a QTI test's title) and its documents and lessons.
 */
export function assignment_bank(source: AssignmentExport): ExportBank {
	return {
		title: source.title,
		items: source.items,
		documents: source.documents.map((doc) => ({
			slug: doc.slug,
			title: doc.title,
			lessons: doc.lessons.map((lesson) => ({ slug: lesson.slug, title: lesson.title }))
		}))
	};
}

/**
 * The download's name: the title's slug, then what the writer's own file name says after its
 * first dot (`questions.gift.txt` gives `.gift.txt`), so the name follows the writer.
 */
export function download_name(title: string, writer_name: string): string {
	const dot = writer_name.indexOf('.');
	return `${title_slug(title)}${dot < 0 ? '' : writer_name.slice(dot)}`;
}

/** A file ready to save, and for the LMS formats the report of what became of each item type. */
export interface AssignmentFile {
	name: string;
	data: string | Uint8Array;
	mime: string;
	report?: ExportReport;
}

/** The assignment in one download format. */
export function export_assignment(
	format: DownloadFormat,
	source: AssignmentExport
): AssignmentFile {
	const mime = DOWNLOADS.find((choice) => choice.format === format)?.mime ?? 'text/plain';
	if (format === 'json') {
		const { seed, selection, items } = source;
		const data = format_json({ seed, selection, items: [...items] });
		return { name: `${title_slug(source.title)}.json`, data, mime };
	}
	const { files, report } = export_bank(format, assignment_bank(source));
	// Every writer writes one file (a format of several zips them itself).
	const [file] = files;
	if (!file) throw new Error(`The ${format} writer wrote no file.`);
	return { name: download_name(source.title, file.name), data: file.data, mime, report };
}

/**
 * What each LMS format would keep, convert or leave out of these items, before any download:
 * the reports depend on the items alone, not on the title, so the builder recomputes them only
 * when the questions change.
 */
export function assignment_reports(
	items: readonly Item[],
	documents: readonly QuizDocument[]
): Map<ExportFormat, ExportReport> {
	const bank = assignment_bank({ title: '', seed: 0, selection: { count: 1 }, items, documents });
	return new Map(EXPORT_FORMATS.map((format) => [format, export_bank(format, bank).report]));
}

/**
 * Why the downloads are not ready, in words that finish "Downloads are ready once …", or
 * undefined when they are.
 */
export function export_blocked(missing: readonly string[], items: readonly Item[] | undefined) {
	if (missing.length) return `the assignment is complete: add ${missing.join(', ')}.`;
	if (!items) return 'the questions are drawn.';
	if (!items.length) return 'the lessons and types you chose hold at least one question.';
	return undefined;
}
