/**
 * The quiz's engine as a quiz page loads it, once live (QuizPage.svelte): one import for the
 * runner, the takeover from the page's static quiz and the content new questions come from.
 */
export { default as QuizRunner } from './QuizRunner.svelte';
export { give_focus_back, take_over } from './early_answer';
export { load_quiz_documents } from '$lib/session/quiz_documents';
