import { expect, test } from '@playwright/test';
import { mixed_quiz_lesson } from './content';
import { answer, counter, feedback, header_due, notices, stored, stored_answers } from './helpers';

// Storage that is full, cannot be read, or whose notices cannot load: the quiz goes on, and the
// learner is told what will not be kept and how to keep it (export).

/** A lesson quiz that mixes every kind of input, so it has at least three questions. */
const LESSON = mixed_quiz_lesson();
const QUIZ = `${LESSON?.path}quiz/`;

test.describe('storage problems', () => {
	test.skip(!LESSON, 'content/ needs a lesson whose quiz mixes choices, matching and fill-in');

	test('storage that is full does not stop the quiz, says so, and saves once it can', async ({
		page
	}) => {
		await page.addInitScript(() => {
			// Called with .call(this) below, so the method keeps its storage.
			// eslint-disable-next-line @typescript-eslint/unbound-method
			const set = Storage.prototype.setItem;
			(window as unknown as { full: boolean }).full = true;
			Storage.prototype.setItem = function (key: string, value: string) {
				if ((window as unknown as { full: boolean }).full)
					throw new DOMException('full', 'QuotaExceededError');
				set.call(this, key, value);
			};
		});
		await page.goto(QUIZ);
		await counter(page);
		await expect(notices(page)).toHaveCount(0);
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		await expect(notices(page)).toContainText('full');
		await expect(notices(page)).toContainText('export it');
		// The quiz goes on.
		await page.getByRole('button', { name: 'Next question' }).click();
		expect((await counter(page)).k).toBe(2);
		expect(await stored(page)).toBeNull();

		// Room again: the next save writes what was held, and the notice goes.
		await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		await expect(notices(page)).toHaveCount(0);
		expect(Object.keys(await stored_answers(page))).toHaveLength(2);
	});

	test('storage that cannot be read does not stop the quiz, and says so', async ({ page }) => {
		await page.addInitScript(() => {
			Storage.prototype.getItem = function () {
				throw new DOMException('denied', 'SecurityError');
			};
		});
		await page.goto(QUIZ);
		await counter(page);
		await expect(notices(page)).toContainText('does not let Mobilize use its storage');
		await expect(notices(page)).toContainText('export it');
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		await page.getByRole('button', { name: 'Next question' }).click();
		expect((await counter(page)).k).toBe(2);
	});

	// What says a storage problem (Notices) loads only when there is one; offline before the site
	// was stored, it cannot load, and ProgressNotices then says the problem itself.
	test('a storage problem is still said when what shows notices cannot be loaded', async ({
		browser
	}) => {
		// No service worker: it would serve the file from its cache, past the block.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			let blocked = false;
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				const response = await route.fetch();
				const body = await response.text();
				// A text only Notices.svelte holds.
				if (body.includes('Download the set-aside data')) {
					blocked = true;
					return route.abort();
				}
				await route.fulfill({ response, body });
			});
			await page.addInitScript(() => {
				Storage.prototype.getItem = function () {
					throw new DOMException('denied', 'SecurityError');
				};
			});
			await page.goto('/');
			await header_due(page);
			await expect.poll(() => blocked).toBe(true);
			const alert = page
				.getByRole('alert')
				.filter({ hasText: 'does not let Mobilize use its storage' });
			await expect(alert).toBeVisible();
			await expect(alert).toContainText('export it');
			// Said plainly, without the notices' own actions, which did not load.
			await expect(notices(page)).toHaveCount(0);
			await expect(page.getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
		} finally {
			await context.close();
		}
	});
});
