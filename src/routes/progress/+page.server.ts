import { report_data } from '$lib/progress/report';
import { quiz_documents } from '$lib/server/content';
import { content_bank } from '$lib/session/draw';

export function load() {
	const documents = quiz_documents();
	return { documents: report_data(documents, content_bank(documents)) };
}
