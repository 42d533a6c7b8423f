import type { ExportBank } from '$lib/export/export_bank';
import { real_bank, real_content, real_quiz_documents } from './real_content';

/**
 * The whole generated bank of the real content, with its titles, as the exporter gets it: the
 * bank made once per worker (`real_bank`), frozen, so an export that changed it would throw.
 */
export function real_export_bank(seed = 1): ExportBank {
	const documents = real_quiz_documents();
	return { title: real_content().site.title, items: real_bank(seed), documents };
}
