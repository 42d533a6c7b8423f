import { afterEach, expect, it, vi } from 'vitest';
import { loaded } from '$lib/progress/local_store';
import { Progress } from '$lib/progress/progress.svelte';
import { ProgressStore, STORAGE_KEY } from '$lib/progress/storage';
import { build_quiz } from '$lib/quiz/bank';
import { real_quiz_documents } from '$testing/real_content';
import { MemoryStorage } from '$testing/storage';
import { QuizSession, type QuizSetup } from './quiz_session.svelte';
import { at } from '$lib/must';

const documents = real_quiz_documents();
const selection = { count: 6 };
const page_items = build_quiz({ documents, seed: 21, selection });
const setup: QuizSetup = {
	scope: 'mixed',
	documents: () => Promise.resolve(documents),
	selection,
	seed: 21,
	items: page_items
};

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

it('says the quiz could not be opened, and changes nothing stored, when the opening code fails to load', async () => {
	const storage = new MemoryStorage();
	const progress = new Progress(loaded(new ProgressStore(() => storage)));
	stops.push(progress.start());
	// An unfinished attempt from an earlier visit, which must still be there afterwards.
	const earlier = new QuizSession({ setup, progress });
	const item = earlier.current!;
	earlier.answer({ kind: 'option', option: at(item.options, 0).id });
	// The answer's review card is saved once FSRS has loaded: what is stored is taken after that.
	await progress.settled();
	const before = storage.getItem(STORAGE_KEY);
	expect(new ProgressStore(() => storage).read().state.attempts[earlier.attempt.id]).toBeDefined();

	// The code that decides how a linked page opens is loaded on demand; here its load fails, as
	// it does when the connection drops after the page arrived. Mocked here, not hoisted: this
	// file shares its worker's modules with the other dom files (isolate: false), and the import
	// must fail whether or not one of them has loaded `./opening` already. Vitest drops the mock
	// before the next file, which loads it for real.
	vi.doMock('./opening', () => {
		throw new Error('offline');
	});
	let url = new URL('http://localhost/quiz/?seed=12');
	const session = new QuizSession({
		setup,
		progress,
		address: { url: () => url, replace: (next) => void (url = next) }
	});
	await session.open();

	expect(session.ready).toBe(true);
	expect(session.message).toMatch(
		// Vitest wraps the factory's error in its own, whose text is not ours to pin.
		/^Your quiz could not be opened \(.+\); it is still saved, so reload the page to try again\.$/
	);
	expect(session.items).toEqual(page_items);
	expect(storage.getItem(STORAGE_KEY)).toBe(before);
	expect(progress.open_attempt('mixed')?.id).toBe(earlier.attempt.id);
	// The link stays, so the reload the message asks for opens it.
	expect(url.search).toBe('?seed=12');
});
