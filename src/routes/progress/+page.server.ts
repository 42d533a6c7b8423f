import { report_data } from '$lib/progress/report';
import { generate_bank } from '$lib/quiz/bank';
import { quiz_documents } from '$lib/server/content';

export function load() {
	const documents = quiz_documents();
	// Which items there are, and their ids, lessons and facts, depend on the content alone: seed
	// 1's bank will do.
	return { documents: report_data(documents, generate_bank(documents, 1)) };
}
