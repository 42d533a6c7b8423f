import { describe, expect, it } from 'vitest';
import { new_attempt, type Attempt } from '$lib/quiz/attempt';
import { real_bank } from '$testing/real_content';
import { plan_opening } from './opening';

const bank = real_bank(5);
const items = bank.slice(0, 4);
const selection = { count: 4 };
const attempt = (over: Partial<Attempt> = {}): Attempt => ({
	...new_attempt({ items, scope: 'mixed', seed: 5, selection, mode: 'practice', now: 10 }),
	...over
});

/** Plans with no stored attempts, the page's own quiz being `items` at seed 5. */
function plan(options: Partial<Parameters<typeof plan_opening>[0]> = {}) {
	return plan_opening({
		search: '',
		scope: 'mixed',
		stored: () => undefined,
		open: undefined,
		own: { seed: 5, items },
		bank: () => Promise.resolve(bank),
		...options
	});
}

describe('plan_opening', () => {
	it('shows a finished attempt as it was scored, saying which questions are gone', async () => {
		const finished = attempt({ item_ids: [...items.map((i) => i.id), 'gone'], finished: 20 });
		const opening = await plan({
			search: `?attempt=${encodeURIComponent(finished.id)}`,
			stored: (id) => (id === finished.id ? finished : undefined),
			own: { seed: 9 }
		});
		expect(opening).toEqual({
			kind: 'results',
			attempt: finished,
			items,
			finish: false,
			message:
				'1 question no longer exists because the lessons changed, so it was left out of this list.'
		});
	});

	it('does not show another page’s attempt, saying where it belongs, and drops it from the address', async () => {
		const other = attempt({ scope: 'check', finished: 20 });
		const opening = await plan({ search: '?attempt=x', stored: () => other, base: '/site' });
		expect(opening).toEqual({
			kind: 'start',
			seed: undefined,
			message:
				'The quiz in this link belongs to another quiz, at /site/check/, so a new quiz is shown here.',
			drop: ['attempt']
		});
	});

	it('says a stored attempt of a scope no page runs belongs to another quiz, not that it is missing', async () => {
		const other = attempt({ scope: 'retired', finished: 20 });
		const opening = await plan({ search: '?attempt=x', stored: () => other });
		expect(opening).toMatchObject({
			kind: 'start',
			message: 'The quiz in this link belongs to another quiz, so a new quiz is shown here.'
		});
	});

	it('keeps a good seed in the address while dropping an attempt that is not stored', async () => {
		const opening = await plan({ search: '?attempt=nope&seed=12' });
		expect(opening).toEqual({
			kind: 'start',
			seed: 12,
			message: 'The quiz in this link is not stored in this browser, so a new quiz is shown.',
			drop: ['attempt']
		});
	});

	it('drops a linked attempt whose questions no longer exist', async () => {
		const gone = attempt({ item_ids: ['gone1'], finished: 20 });
		const opening = await plan({
			search: `?attempt=${gone.id}`,
			stored: (id) => (id === gone.id ? gone : undefined),
			bank: () => Promise.resolve([])
		});
		expect(opening).toMatchObject({ kind: 'start', drop: ['attempt'] });
	});

	it('keeps the page’s own quiz, saying the attempt is still saved, when its items cannot load', async () => {
		const open = attempt({ seed: 77 });
		const opening = await plan({
			open,
			bank: () => Promise.reject(new Error('HTTP 503')),
			search: '?seed=77'
		});
		expect(opening).toEqual({
			kind: 'start',
			seed: undefined,
			message:
				'Your quiz could not be loaded (HTTP 503); it is still saved, so reload the page to try again.',
			// The link stays, so the reload the message asks for tries it again.
			drop: []
		});
	});

	it('resumes without the generator when the page’s own quiz holds the items', async () => {
		const open = attempt({ position: 1 });
		const opening = await plan({ open, bank: () => Promise.reject(new Error('not needed')) });
		expect(opening).toMatchObject({
			kind: 'resume',
			missing: 0,
			message: 'Resumed where you left off: question 2 of 4.'
		});
	});

	it('joins what it has to say about a bad link and a missing attempt', async () => {
		const opening = await plan({ search: '?attempt=nope&seed=x' });
		expect(opening).toEqual({
			kind: 'start',
			seed: undefined,
			message:
				'The quiz in this link is not stored in this browser, so a new quiz is shown. The link’s seed “x” is not a whole number, so a standard quiz is shown instead.',
			drop: ['seed', 'attempt']
		});
	});

	it('resumes with the questions that remain, saying how many are gone', async () => {
		// The stored attempt was at its third question, the second of those that remain.
		const open = attempt({ item_ids: ['gone1', ...items.map((i) => i.id), 'gone2'], position: 2 });
		const opening = await plan({ open });
		expect(opening).toMatchObject({
			kind: 'resume',
			items,
			missing: 2,
			message:
				'Resumed where you left off: question 2 of 4. 2 questions no longer exist because the lessons changed, so they were left out.'
		});
	});

	it('shows the results of an unfinished attempt whose every question was answered', async () => {
		const answered = await plan({ open: attempt({ position: items.length }) });
		expect(answered).toMatchObject({
			kind: 'results',
			finish: true,
			message: 'You had answered every question, so here are your results.'
		});
		// At the last question the learner still has it to answer.
		const last = await plan({ open: attempt({ position: items.length - 1 }) });
		expect(last).toMatchObject({
			kind: 'resume',
			message: 'Resumed where you left off: question 4 of 4.'
		});
		const gone = attempt({ item_ids: [...items.map((i) => i.id), 'gone'], position: 5 });
		expect(await plan({ open: gone })).toMatchObject({
			kind: 'results',
			finish: true,
			message:
				'1 question no longer exists because the lessons changed, so it was left out. You had answered the rest, so here are your results.'
		});
	});

	it('starts the page’s quiz, keeping the address, when an unfinished attempt has no questions left', async () => {
		const opening = await plan({ open: attempt({ item_ids: ['gone1', 'gone2'] }) });
		expect(opening).toEqual({
			kind: 'start',
			seed: undefined,
			message:
				'The questions of your unfinished quiz no longer exist because the lessons changed, so a new quiz is shown.',
			drop: []
		});
	});

	it('says a finished linked quiz with no questions left is gone, without calling it unfinished', async () => {
		const done = attempt({ item_ids: ['gone1'], finished: 20 });
		const opening = await plan({ search: `?attempt=${done.id}`, stored: () => done });
		expect(opening).toMatchObject({
			message:
				'The questions of that quiz no longer exist because the lessons changed, so a new quiz is shown.'
		});
	});

	it('follows a seed link over an unfinished attempt of another seed, which stays stored', async () => {
		const opening = await plan({ open: attempt({ position: 1 }), search: '?seed=12' });
		expect(opening).toEqual({ kind: 'start', seed: 12, message: '', drop: [] });
	});

	it('names another quiz’s page from the site root when no base path is given', async () => {
		const other = attempt({ scope: 'check', finished: 20 });
		const opening = await plan({ search: '?attempt=x', stored: () => other });
		expect(opening).toMatchObject({
			message:
				'The quiz in this link belongs to another quiz, at /check/, so a new quiz is shown here.'
		});
	});

	it('shows a finished attempt whose questions all remain with nothing to say', async () => {
		const finished = attempt({ finished: 20 });
		const opening = await plan({
			search: `?attempt=${encodeURIComponent(finished.id)}`,
			stored: () => finished
		});
		expect(opening).toEqual({
			kind: 'results',
			attempt: finished,
			items,
			finish: false,
			message: ''
		});
	});
});
