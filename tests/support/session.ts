import { afterEach } from 'vitest';
import { loaded } from '../../src/lib/progress/local_store';
import { Progress } from '../../src/lib/progress/progress.svelte';
import { ProgressStore } from '../../src/lib/progress/storage';
import { build_quiz } from '../../src/lib/quiz/bank';
import type { Item, Selection } from '../../src/lib/quiz/types';
import type { QuizSetup } from '../../src/lib/session/quiz_session.svelte';
import { real_quiz_documents } from './real_content';

/**
 * What a mixed-test page hands its quiz session: the real content, and the six items the page
 * prerenders for `seed`.
 */
export function mixed_setup(seed: number): QuizSetup & { items: Item[]; selection: Selection } {
	const documents = real_quiz_documents();
	const selection = { count: 6 };
	return {
		scope: 'mixed',
		documents: () => Promise.resolve(documents),
		selection,
		seed,
		items: build_quiz({ documents, seed, selection })
	};
}

/**
 * The learner's progress as the app keeps it, over `storage`, read as on page load; each is
 * stopped after its test (or at `stop_all`, as when a page is left). Call at the top level of a
 * test file.
 */
export function progress_maker() {
	const stops: (() => void)[] = [];
	const stop_all = () => stops.splice(0).forEach((stop) => stop());
	afterEach(stop_all);
	const progress_over = (storage: Storage) => {
		const progress = new Progress(loaded(new ProgressStore(() => storage)));
		stops.push(progress.start());
		return progress;
	};
	return { progress_over, stop_all };
}
