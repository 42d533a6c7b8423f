import type { ExportBank } from '$lib/export/export_bank';
import { generate_bank } from '$lib/quiz/bank';
import { real_content, real_quiz_documents } from './real_content';

/** The whole generated bank of the real content, with its titles, as the exporter gets it. */
export function real_export_bank(seed = 1): ExportBank {
	const documents = real_quiz_documents();
	return { title: real_content().site.title, items: generate_bank(documents, seed), documents };
}
