import { describe, expect, it } from 'vitest';
import { new_attempt, type Attempt } from '$lib/quiz/attempt';
import { generate_bank } from '$lib/quiz/bank';
import { real_quiz_documents } from '$lib/test-fixtures';
import { plan_opening } from './opening';

const documents = real_quiz_documents();
const bank = generate_bank(documents, 5);
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
		bank: async () => bank,
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

	it('does not show another page’s attempt', async () => {
		const other = attempt({ scope: 'check', finished: 20 });
		const opening = await plan({ search: '?attempt=x', stored: () => other });
		expect(opening).toEqual({
			kind: 'start',
			seed: undefined,
			message: 'The quiz in this link is not stored in this browser, so a new quiz is shown.'
		});
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
				'Your quiz could not be loaded (HTTP 503); it is still saved, so reload the page to try again.'
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
				'The quiz in this link is not stored in this browser, so a new quiz is shown. The link’s seed “x” is not a whole number, so a standard quiz is shown instead.'
		});
	});
});
