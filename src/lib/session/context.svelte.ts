import { browser } from '$app/environment';
import { createContext } from 'svelte';
import { get_progress } from '$lib/progress/progress.svelte';
import { browser_address } from './address';
import { QuizSession, type QuizSetup } from './quiz_session.svelte';

const [get, set] = createContext<QuizSession>();

/**
 * Creates the quiz session for a component and its children, and opens it once the learner's
 * stored progress is read (on the server it never is, so the page's own quiz is rendered).
 */
export function create_quiz_session(setup: QuizSetup): QuizSession {
	const progress = get_progress();
	const session = new QuizSession({
		setup,
		progress,
		address: browser ? browser_address : undefined
	});
	$effect(() => {
		if (progress.loaded) void session.open();
	});
	return set(session);
}

/** The quiz session of the nearest quiz (see `create_quiz_session`). */
export const get_quiz_session = get;
