import { describe, expect, it } from 'vitest';
import { Progress } from '$lib/progress/progress.svelte';
import { ProgressStore } from '$lib/progress/storage';
import type { Answer, Item } from '$lib/quiz/types';
import { MemoryStorage } from '$testing/storage';
import { mixed_setup, progress_maker } from '$testing/session';
import { QuizSession } from './quiz_session.svelte';

// An answer chosen from the page's HTML before the app was live (see QuestionView).
const SEED = 21;
const setup = mixed_setup(SEED);
const page_items = setup.items;
const { progress_over, stop_all } = progress_maker();

let clock = Date.UTC(2025, 0, 15, 9, 30);
function session_over(progress: Progress) {
	const url = new URL('http://localhost/quiz/');
	return new QuizSession({
		setup,
		progress,
		address: { url: () => url, replace: () => {} },
		now: () => (clock += 1000)
	});
}

const right = (item: Item): Answer =>
	item.type === 'matching'
		? { kind: 'pairs', pairs: Object.fromEntries(item.options.map((o) => [o.matches!, o.id])) }
		: { kind: 'option', option: item.options.find((o) => o.correct)!.id };

/** Every answer stored for `item`, as the next page load reads them. */
const stored_for = (storage: Storage, item: Item) =>
	new ProgressStore(() => storage).read().state.answers[item.id] ?? [];

describe('an answer given before the app was live', () => {
	const first = page_items[0]!;

	it('waits for the quiz to open, then is recorded in it and said once', async () => {
		const storage = new MemoryStorage();
		const session = session_over(progress_over(storage));
		session.answer_early(first.id, right(first));
		expect(session.answered).toBe(0);
		await session.open();
		expect(session.attempt.responses[first.id]?.score).toBe(1);
		expect(session.announcement).toMatch(/^Correct\. /);
		expect(stored_for(storage, first)).toHaveLength(1);
	});

	it('counts only the first answer to a question, however often it comes', async () => {
		const storage = new MemoryStorage();
		const session = session_over(progress_over(storage));
		const wrong = first.options.find((o) => !o.correct);
		if (first.type === 'matching' || !wrong) throw new Error('the first item has no wrong option');
		session.answer_early(first.id, { kind: 'option', option: wrong.id });
		session.answer_early(first.id, right(first));
		await session.open();
		session.answer_early(first.id, right(first));
		expect(session.attempt.responses[first.id]?.score).toBe(0);
		expect(stored_for(storage, first)).toHaveLength(1);
		expect(session.message).toBe('');
	});

	it('is recorded at once when the quiz is already open', async () => {
		const storage = new MemoryStorage();
		const session = session_over(progress_over(storage));
		await session.open();
		session.answer_early(first.id, right(first));
		expect(session.answered).toBe(1);
		expect(stored_for(storage, first)).toHaveLength(1);
	});

	it('is kept with the progress when a stored quiz is resumed at another question', async () => {
		const storage = new MemoryStorage();
		const earlier = session_over(progress_over(storage));
		await earlier.open();
		earlier.answer(right(first));
		earlier.next();
		stop_all();

		const session = session_over(progress_over(storage));
		session.answer_early(first.id, right(first));
		await session.open();
		// The resumed quiz goes on where it was, and the answer is not lost.
		expect(session.current?.id).toBe(page_items[1]!.id);
		expect(session.answered).toBe(1);
		expect(stored_for(storage, first)).toHaveLength(2);
		// Said after the resumed notice, as one more sentence.
		expect(session.message).toMatch(
			/^Resumed where you left off: .+\. The answer you chose before the page was ready is saved\.$/
		);
	});

	it('is dropped, unsaid, when the page has no such question', async () => {
		const storage = new MemoryStorage();
		const earlier = session_over(progress_over(storage));
		await earlier.open();
		earlier.answer(right(first));
		earlier.next();
		stop_all();

		const session = session_over(progress_over(storage));
		session.answer_early('q-not-on-this-page', right(first));
		await session.open();
		expect(stored_for(storage, first)).toHaveLength(1);
		expect(session.message).not.toContain('before the page was ready');
	});
});
