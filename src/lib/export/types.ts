import type { Item, ItemType } from '../quiz/types';

/** The LMS formats `export_bank` writes (the CLI's JSON stays beside the CLI). */
export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti21', 'qti12'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What categories and titles are named from: the module and its documents and lessons. */
export interface ExportBank {
	/** The module's title: the root category, and the title of a QTI test. */
	title: string;
	items: readonly Item[];
	documents: readonly {
		slug: string;
		title: string;
		lessons: readonly { slug: string; title: string }[];
	}[];
}

/** One file of an export; `data` is text for XML and GIFT, bytes for a zip. */
export interface ExportFile {
	name: string;
	data: string | Uint8Array;
}

/**
 * What became of one item type: kept in the format's own form, converted to the nearest
 * one, or skipped. `as` names the format's question type; `note` says what was lost.
 */
export interface TypeOutcome {
	type: ItemType;
	outcome: 'kept' | 'converted' | 'skipped';
	as: string;
	count: number;
	note?: string;
}

export interface ExportReport {
	format: ExportFormat;
	/** Items given to the export, and how many of them are in the files. */
	items: number;
	written: number;
	types: TypeOutcome[];
}

export interface ExportResult {
	files: ExportFile[];
	report: ExportReport;
}
