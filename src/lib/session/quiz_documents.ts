import { base } from '$app/paths';
import { QUIZ_DATA_PATH } from '$lib/content/paths';
import type { QuizDocument } from '$lib/quiz/source';

/**
 * The content a quiz page generates new questions from (another seed, "Try again"), fetched
 * only when such questions are needed: the page's own quiz is in its HTML.
 */
export async function load_quiz_documents(): Promise<QuizDocument[]> {
	const response = await fetch(`${base}${QUIZ_DATA_PATH}`);
	if (!response.ok) throw new Error(`The questions could not be loaded (HTTP ${response.status}).`);
	return (await response.json()) as QuizDocument[];
}
