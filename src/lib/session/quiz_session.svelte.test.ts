import { describe, expect, it } from 'vitest';
import { Progress } from '$lib/progress/progress.svelte';
import { ProgressStore, STORAGE_KEY } from '$lib/progress/storage';
import type { Attempt } from '$lib/quiz/attempt';
import { build_quiz } from '$lib/quiz/bank';
import type { Answer, Item } from '$lib/quiz/types';
import { real_quiz_documents } from '$testing/real_content';
import { MemoryStorage, ThrowingStorage } from '$testing/storage';
import { mixed_setup, progress_maker } from '$testing/session';
import { QuizSession } from './quiz_session.svelte';
import { at, must } from '$lib/must';

const documents = real_quiz_documents();
const SCOPE = 'mixed';
const SEED = 21;
const setup = mixed_setup(SEED);
const page_items = setup.items;
const { progress_over } = progress_maker();

/** What storage holds now, as the next page load would read it. */
function stored(storage: Storage) {
	return new ProgressStore(() => storage).read().state;
}

/** A page's address, starting at `search`, that the session may rewrite. */
function address(search = '') {
	let url = new URL(`http://localhost/quiz/${search}`);
	return { url: () => url, replace: (next: URL) => void (url = next) };
}

let clock = Date.UTC(2025, 0, 15, 9, 30);
/** A session as a page opens it: after stored progress is read. */
async function open_page(options: { progress?: Progress; search?: string } = {}) {
	const session = new QuizSession({
		setup,
		progress: options.progress,
		address: address(options.search),
		now: () => (clock += 1000)
	});
	await session.open();
	return session;
}

const right = (item: Item): Answer =>
	item.type === 'matching'
		? {
				kind: 'pairs',
				pairs: Object.fromEntries(item.options.map((o) => [o.matches!, o.id]))
			}
		: { kind: 'option', option: item.options.find((o) => o.correct)!.id };

/** Answers the current question right and moves on, as a learner in practice mode does. */
function answer_and_next(session: QuizSession) {
	const item = session.current!;
	expect(session.answer(right(item))).toMatchObject({ correct: true });
	session.next();
	return item.id;
}

describe('opening a quiz page', () => {
	it('shows the page’s own quiz when nothing is stored and no link is given', async () => {
		const session = await open_page({ progress: progress_over(new MemoryStorage()) });
		expect(session.ready).toBe(true);
		expect(session.items).toEqual(page_items);
		expect(session.current).toEqual(page_items[0]);
		expect(session.message).toBe('');
	});

	it('resumes an unfinished attempt where it was left', async () => {
		const storage = new MemoryStorage();
		const first = await open_page({ progress: progress_over(storage) });
		answer_and_next(first);
		answer_and_next(first);

		const again = await open_page({ progress: progress_over(storage) });
		expect(again.attempt.id).toBe(first.attempt.id);
		expect(again.current).toEqual(page_items[2]);
		expect(again.message).toBe('Resumed where you left off: question 3 of 6.');
		expect(again.announcement).toBe(again.message);
	});

	it('follows a link to another seed, keeping the unfinished attempt stored', async () => {
		const storage = new MemoryStorage();
		const first = await open_page({ progress: progress_over(storage) });
		answer_and_next(first);

		const progress = progress_over(storage);
		const linked = await open_page({ progress, search: '?seed=12345' });
		expect(linked.attempt.seed).toBe(12345);
		expect(linked.items).toEqual(
			build_quiz({ documents, seed: 12345, selection: setup.selection })
		);
		expect(linked.attempt.position).toBe(0);
		expect(progress.open_attempt(SCOPE)?.id).toBe(first.attempt.id);
	});

	it('resumes when the link names the unfinished attempt’s own seed', async () => {
		const storage = new MemoryStorage();
		const first = await open_page({ progress: progress_over(storage) });
		answer_and_next(first);
		const again = await open_page({ progress: progress_over(storage), search: `?seed=${SEED}` });
		expect(again.attempt.id).toBe(first.attempt.id);
		expect(again.attempt.position).toBe(1);
	});

	it('takes the largest seed the generator has exactly', async () => {
		const session = await open_page({ search: '?seed=4294967295' });
		expect(session.attempt.seed).toBe(4294967295);
		expect(session.message).toBe('');
	});

	it('refuses a seed out of range, saying which range is allowed, and shows the page’s quiz', async () => {
		// It used to become "Seed 1410065407", 9999999999 cut to 32 bits.
		const session = await open_page({ search: '?seed=9999999999' });
		expect(session.attempt.seed).toBe(SEED);
		expect(session.items).toEqual(page_items);
		expect(session.message).toBe(
			'The link’s seed “9999999999” is out of range: seeds are whole numbers from 0 to 4294967295, so a standard quiz is shown instead.'
		);
	});

	it('explains a seed that is not a whole number', async () => {
		const session = await open_page({ search: '?seed=-3' });
		expect(session.attempt.seed).toBe(SEED);
		expect(session.message).toBe(
			'The link’s seed “-3” is not a whole number, so a standard quiz is shown instead.'
		);
	});

	it('says so when a linked attempt is not stored here, and shows the page’s quiz', async () => {
		const session = await open_page({
			progress: progress_over(new MemoryStorage()),
			search: '?attempt=__proto__'
		});
		expect(session.items).toEqual(page_items);
		expect(session.finished).toBe(false);
		expect(session.message).toBe(
			'The quiz in this link is not stored in this browser, so a new quiz is shown.'
		);
	});

	it('drops a bad seed from the address, so a reload does not repeat the notice', async () => {
		const page = address('?seed=-3&lang=x');
		const session = new QuizSession({ setup, address: page });
		await session.open();
		expect(session.message).toBe(
			'The link’s seed “-3” is not a whole number, so a standard quiz is shown instead.'
		);
		expect(page.url().search).toBe('?lang=x');

		const reloaded = new QuizSession({ setup, address: page });
		await reloaded.open();
		expect(reloaded.message).toBe('');
		expect(reloaded.items).toEqual(page_items);
	});

	it('drops a linked attempt of another quiz from the address, saying where it belongs', async () => {
		const storage = new MemoryStorage();
		const progress = progress_over(storage);
		const check = {
			...new QuizSession({ setup: { ...setup, scope: 'check' } }).attempt,
			finished: 5
		};
		progress.save_attempt(check);
		const before = stored(storage);
		const page = address(`?attempt=${encodeURIComponent(check.id)}`);
		const session = new QuizSession({ setup, progress, address: page });
		await session.open();
		expect(session.message).toBe(
			'The quiz in this link belongs to another quiz, at /check/, so a new quiz is shown here.'
		);
		expect(session.items).toEqual(page_items);
		expect(page.url().search).toBe('');
		expect(stored(storage)).toEqual(before);
		expect(before.attempts[check.id]?.scope).toBe('check');
	});

	it('asks for the generator’s content at once for a seed link, and once only', async () => {
		let asked = 0;
		const documents = () => (asked++, Promise.resolve(real_quiz_documents()));
		const session = new QuizSession({
			setup: { ...setup, documents },
			address: address('?seed=77')
		});
		const opened = session.open();
		// Asked before the module that reads the link has loaded, not after it.
		expect(asked).toBe(1);
		await opened;
		expect(session.attempt.seed).toBe(77);
		expect(asked).toBe(1);
		// The page's own quiz needs no generator: nothing is asked for.
		const own = new QuizSession({ setup: { ...setup, documents }, address: address() });
		await own.open();
		expect(asked).toBe(1);
	});

	it('opens once, however often it is asked to', async () => {
		const session = new QuizSession({ setup, address: address('?seed=77') });
		const [a, b] = [session.open(), session.open()];
		expect(a).toBe(b);
		await a;
		expect(session.attempt.seed).toBe(77);
	});
});

describe('content changed under a quiz in progress', () => {
	const ids = page_items.map((item) => item.id);

	/** Stores an unfinished attempt over `item_ids` at `position`, answered right before it. */
	async function stored_attempt(storage: Storage, item_ids: string[], position: number) {
		const progress = progress_over(storage);
		let attempt: Attempt = {
			id: `${SCOPE}@old`,
			scope: SCOPE,
			seed: SEED,
			selection: setup.selection,
			mode: 'practice',
			item_ids,
			position: 0,
			responses: {},
			started: 1
		};
		for (const id of item_ids.slice(0, position)) {
			const item = page_items.find((i) => i.id === id);
			const answer = item ? right(item) : { kind: 'option' as const, option: 'x' };
			const response = { answer, correct: true, at: 2 };
			attempt = {
				...attempt,
				responses: { ...attempt.responses, [id]: { ...response, score: 1 } }
			};
			// Answers to items that no longer exist were saved when they were given.
			if (item) progress.record(item, right(item), true, attempt);
		}
		progress.save_attempt({ ...attempt, position });
		// As on an earlier page: its FSRS cards are saved before this page opens.
		return progress.settled();
	}

	const cases = [
		{ name: 'at the start, the current item', item_ids: ['gone1', ...ids], position: 0 },
		{
			name: 'in the middle, the current item',
			item_ids: [...ids.slice(0, 2), 'gone1', 'gone2', ...ids.slice(2)],
			position: 2
		},
		{ name: 'at the end, not yet reached', item_ids: [...ids, 'gone1'], position: 3 },
		{
			name: 'at the start and the end',
			item_ids: ['gone1', ...ids.slice(0, 3), 'gone2', ...ids.slice(3), 'gone3'],
			position: 4
		}
	];

	for (const { name, item_ids, position } of cases) {
		it(`leaves a working quiz and saves every answer: removed ${name}`, async () => {
			const storage = new MemoryStorage();
			await stored_attempt(storage, item_ids, position);
			const session = await open_page({ progress: progress_over(storage) });
			const missing = item_ids.filter((id) => !ids.includes(id)).length;
			expect(session.message).toMatch(/^Resumed where you left off: question \d of 6\./);
			expect(session.message).toContain(
				`${missing} question${missing > 1 ? 's no longer exist' : ' no longer exists'} because the lessons changed`
			);
			const answered_before = item_ids.slice(0, position).filter((id) => ids.includes(id));
			expect(session.current?.id).toBe(ids[answered_before.length]);
			// Saved at once, without the removed items: a reload before any answer shows the same.
			const reopened = must(stored(storage).attempts[session.attempt.id], 'the attempt is stored');
			expect(reopened.item_ids).toEqual(ids);
			expect(reopened.position).toBe(answered_before.length);

			const given: string[] = [];
			while (!session.finished) given.push(answer_and_next(session));
			expect([...answered_before, ...given]).toEqual(ids);

			const state = stored(storage);
			for (const id of ids) expect(state.answers[id], id).toHaveLength(1);
			const attempt = must(state.attempts[session.attempt.id], 'the attempt is stored');
			expect(attempt.finished).toBeDefined();
			expect(attempt.item_ids).toEqual(ids);
			expect(Object.keys(attempt.responses).sort()).toEqual([...ids].sort());
		});
	}

	it('finishes, with the results, when the item the learner was on was the last and is gone', async () => {
		// This used to throw "Cannot read properties of undefined (reading 'id')" on the next answer.
		const storage = new MemoryStorage();
		await stored_attempt(storage, [...ids, 'gone1'], ids.length);
		const session = await open_page({ progress: progress_over(storage) });
		expect(session.finished).toBe(true);
		expect(session.current).toBeUndefined();
		expect(session.items).toEqual(page_items);
		expect(session.message).toBe(
			'1 question no longer exists because the lessons changed, so it was left out. You had answered the rest, so here are your results.'
		);
		expect(session.answer(right(at(page_items, 0)))).toBeUndefined();
		const attempt = stored(storage).attempts[session.attempt.id];
		expect(attempt?.finished).toBeDefined();
		expect(attempt?.item_ids).toEqual(ids);
	});

	it('starts the page’s quiz, saying why, when none of the items exist any more', async () => {
		const storage = new MemoryStorage();
		await stored_attempt(storage, ['gone1', 'gone2'], 1);
		const session = await open_page({ progress: progress_over(storage) });
		expect(session.items).toEqual(page_items);
		expect(session.message).toBe(
			'The questions of your unfinished quiz no longer exist because the lessons changed, so a new quiz is shown.'
		);
		answer_and_next(session);
		expect(stored(storage).answers[at(ids, 0)]).toHaveLength(1);
	});
});

describe('answering and finishing', () => {
	it('keeps the quiz going and every answer in memory while storage fails, and saves them when it recovers', async () => {
		const fail: { set?: string } = {};
		const storage = new ThrowingStorage(fail);
		const progress = progress_over(storage);
		const session = await open_page({ progress });
		fail.set = 'QuotaExceededError';
		const first = answer_and_next(session);
		expect(session.current).toEqual(page_items[1]);
		expect(progress.notices.map((n) => n.kind)).toEqual(['full']);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();

		delete fail.set;
		const second = answer_and_next(session);
		const state = stored(storage);
		expect(Object.keys(state.answers).sort()).toEqual([first, second].sort());
		expect(state.attempts[session.attempt.id]?.position).toBe(2);
	});

	it('in exam mode saves the answer and moves on at once', async () => {
		const session = await open_page();
		session.set_mode('exam');
		session.answer(right(session.current!));
		expect(session.attempt.position).toBe(1);
		expect(session.announcement).toBe('Answer saved.');
		// Once answered, the mode stays.
		session.set_mode('practice');
		expect(session.attempt.mode).toBe('exam');
	});

	it('keeps the mode a page fixes (a teacher’s assignment): the learner cannot change it', async () => {
		const session = new QuizSession({ setup: { ...setup, mode: 'exam' } });
		await session.open();
		expect(session.attempt.mode).toBe('exam');
		session.set_mode('practice');
		expect(session.attempt.mode).toBe('exam');
		session.answer(right(session.current!));
		expect(session.announcement).toBe('Answer saved.');
	});

	it('keeps the questions of a page that fixes the mode: a seed added to its link is dropped', async () => {
		const page = address('?seed=77&lang=x');
		const session = new QuizSession({ setup: { ...setup, mode: 'exam' }, address: page });
		await session.open();
		expect(session.attempt.seed).toBe(SEED);
		expect(session.items).toEqual(page_items);
		expect(session.message).toBe(
			'The teacher set these questions, so the seed added to this link was not used.'
		);
		expect(page.url().search).toBe('?lang=x');
	});

	it('takes one answer per question', async () => {
		const session = await open_page();
		const item = session.current!;
		expect(session.answer(right(item))).toBeDefined();
		expect(session.answer({ kind: 'option', option: at(item.options, 0).id })).toBeUndefined();
		expect(session.attempt.responses[item.id]?.correct).toBe(true);
	});

	it('shows a finished quiz’s results again after a reload, without the resumed notice', async () => {
		const storage = new MemoryStorage();
		const first = await open_page({ progress: progress_over(storage) });
		answer_and_next(first);
		const page = address();
		const resumed = new QuizSession({ setup, progress: progress_over(storage), address: page });
		await resumed.open();
		expect(resumed.message).toMatch(/^Resumed/);
		while (!resumed.finished) answer_and_next(resumed);
		expect(resumed.message).toBe('');
		expect(resumed.announcement).toBe('Quiz finished. Your results follow.');
		expect(page.url().search).toBe(`?attempt=${encodeURIComponent(first.attempt.id)}`);

		// The reload: the same address, progress read again from storage.
		const reloaded = new QuizSession({ setup, progress: progress_over(storage), address: page });
		await reloaded.open();
		expect(reloaded.finished).toBe(true);
		expect(reloaded.attempt).toEqual(resumed.attempt);
		expect(reloaded.items).toEqual(page_items);
		expect(reloaded.message).toBe('');
	});

	it('drops the link’s seed when finishing, and the results address when trying again', async () => {
		const page = address('?seed=5&lang=x');
		const session = new QuizSession({ setup, address: page });
		await session.open();
		while (!session.finished) answer_and_next(session);
		expect(page.url().searchParams.get('seed')).toBeNull();
		expect(page.url().searchParams.get('attempt')).toBe(session.attempt.id);
		await session.again();
		expect(page.url().search).toBe('?lang=x');
		expect(session.finished).toBe(false);
		expect(session.announcement).toBe('New questions ready.');
	});
});
