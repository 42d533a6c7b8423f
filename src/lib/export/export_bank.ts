import { export_gift } from './gift';
import { export_moodle_xml } from './moodle_xml';
import { export_qti12 } from './qti12';
import { export_qti21 } from './qti21';
import type { ExportBank, ExportFormat, ExportResult } from './types';

const WRITERS: Record<ExportFormat, (bank: ExportBank) => ExportResult> = {
	gift: export_gift,
	'moodle-xml': export_moodle_xml,
	qti21: export_qti21,
	qti12: export_qti12
};

/**
 * The bank in an LMS format: the files to save (text, or bytes for a zip) and a report of
 * which item types were kept, converted or skipped. Pure, with no Node import, so the
 * teacher's pages can offer the same files as downloads.
 */
export function export_bank(format: ExportFormat, bank: ExportBank): ExportResult {
	return WRITERS[format](bank);
}

export { format_report } from './report';
export { EXPORT_FORMATS } from './types';
export type { ExportBank, ExportFile, ExportFormat, ExportReport, ExportResult } from './types';
