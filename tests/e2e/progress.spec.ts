import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	another_quiz_lesson,
	expected_lessons,
	literal,
	longest_lesson,
	mixed_quiz_lesson
} from './content';
import {
	BACKUP_PREFIX,
	STORAGE_KEY,
	answer,
	counter,
	feedback,
	header_due,
	notices,
	live_region,
	item_kind,
	question_text,
	stored,
	stored_answers,
	verdict
} from './helpers';
import { at, must } from '../../src/lib/must';

// Two lesson quizzes with attempts of their own: A mixes every kind of input (so it has at
// least three questions), B is another lesson's, from another document when there is one.
const LESSON_A = mixed_quiz_lesson();
const LESSON_B = another_quiz_lesson(LESSON_A);
const QUIZ_A = `${LESSON_A?.path}quiz/`;
const QUIZ_B = `${LESSON_B?.path}quiz/`;
/** The title of QUIZ_A's lesson, as content/ has it. */
const TITLE_A = LESSON_A?.title ?? '';

/** Sets localStorage's progress to `text` before the first load only, as a stale value would be. */
async function seed_storage(page: Page, text: string) {
	await page.addInitScript(
		([key, text]) => {
			if (sessionStorage.getItem('e2e:seeded')) return;
			sessionStorage.setItem('e2e:seeded', '1');
			localStorage.setItem(key, text);
		},
		[STORAGE_KEY, text] as const
	);
}

/** Keys of localStorage that hold set-aside data, with their text. */
async function backups(page: Page) {
	return page.evaluate(
		(prefix) =>
			Object.keys(localStorage)
				.filter((key) => key.startsWith(prefix))
				.map((key) => ({ key, text: localStorage.getItem(key) })),
		BACKUP_PREFIX
	);
}

/** The "N answers given" figure on the progress page. */
async function answers_given(page: Page) {
	const item = page.locator('ul.summary li', { hasText: 'answers given' });
	await expect(item).toBeVisible();
	return Number((await item.locator('strong').textContent())!.trim());
}

/** The progress page's success message (a status) and its refusal message (an alert). */
function transfer_status(page: Page) {
	return page.locator('section[aria-labelledby=transfer] [role=status]');
}
function transfer_alert(page: Page) {
	return page.locator('section[aria-labelledby=transfer] [role=alert]');
}

/** Picks `text` as the file to import on the progress page. */
async function import_text(page: Page, name: string, text: string) {
	await page.setInputFiles('#import-file', {
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

/** A stored attempt of two questions, for files made by hand. */
function attempt_json(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		scope: 'mixed',
		seed: 1,
		selection: {},
		mode: 'practice',
		item_ids: ['qa', 'qb'],
		position: 0,
		responses: {},
		started: 1_700_000_000_000,
		...extra
	};
}

test.describe('progress', () => {
	test.skip(
		!LESSON_A || !LESSON_B,
		'content/ needs a lesson whose quiz mixes choices, matching and fill-in, and another with a quiz'
	);

	/** Answers two questions, leaves the quiz by `leave`, and checks it resumes at question 3. */
	async function resumes(page: Page, leave: (page: Page) => Promise<void>) {
		await page.goto(QUIZ_A);
		const { n } = await counter(page);
		const seen: string[] = [];
		let missed = 0;
		for (let k = 1; k <= 2; k++) {
			seen.push(await question_text(page));
			await answer(page);
			if ((await verdict(page)) !== 'Correct.') missed++;
			await page.getByRole('button', { name: 'Next question' }).click();
		}
		expect(await counter(page)).toEqual({ k: 3, n });
		const third = await question_text(page);
		expect(await header_due(page)).toBe(missed);

		await leave(page);
		const resumed = `Resumed where you left off: question 3 of ${n}.`;
		await expect(page.locator('.quiz p.notice')).toHaveText(resumed);
		await expect(live_region(page)).toHaveText(resumed);
		expect(await counter(page)).toEqual({ k: 3, n });
		expect(await question_text(page)).toBe(third);
		expect(seen).not.toContain(third);
		// Missed answers are due at once; right ones only tomorrow.
		expect(await header_due(page)).toBe(missed);
		expect(Object.keys(await stored_answers(page))).toHaveLength(2);
	}

	test('a quiz resumes where it was left after a reload', async ({ page }) => {
		await resumes(page, (page) => page.reload().then(() => undefined));
	});

	test('a quiz resumes where it was left after leaving and coming back', async ({ page }) => {
		await resumes(page, async (page) => {
			await page.getByRole('link', { name: /^Back to the lesson/ }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_A);
			await page.getByRole('link', { name: 'Check yourself on this lesson' }).click();
		});
	});

	test('unreadable stored progress is set aside, offered and listed', async ({ page }) => {
		await seed_storage(page, '{not json');
		await page.goto('/');
		await expect(notices(page)).toContainText('not readable');
		await expect(notices(page)).toContainText('kept aside');
		const offer = notices(page).getByRole('button', { name: 'Download the set-aside data' });
		await expect(offer).toBeVisible();
		const [download] = await Promise.all([page.waitForEvent('download'), offer.click()]);
		expect(readFileSync(await download.path(), 'utf8')).toBe('{not json');

		const kept = await backups(page);
		expect(kept).toHaveLength(1);
		const backup = at(kept, 0);
		expect(backup.text).toBe('{not json');
		expect(await stored(page)).toBeNull();

		await page.goto('/progress/');
		await expect(page.getByRole('heading', { name: 'Data set aside' })).toBeVisible();
		await expect(page.getByRole('button', { name: `Download ${backup.key}` })).toBeVisible();
		// Mobilize starts fresh and saves again.
		await page.goto(QUIZ_A);
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		expect(Object.keys(await stored_answers(page))).toHaveLength(1);
		expect(await backups(page)).toEqual(kept);
	});

	test('progress from a newer version is kept aside, not overwritten', async ({ page }) => {
		const newer = JSON.stringify({
			version: 99,
			lessons_read: {},
			answers: {},
			attempts: {},
			extra: 1
		});
		await seed_storage(page, newer);
		await page.goto('/');
		await expect(notices(page)).toContainText('newer version');
		await expect(
			notices(page).getByRole('button', { name: 'Download the set-aside data' })
		).toBeVisible();
		const kept = await backups(page);
		expect(kept.map((b) => b.text)).toEqual([newer]);
		expect(await stored(page)).toBeNull();
	});

	test('two tabs answering at once both keep their answers', async ({ context }) => {
		const [a, b] = [await context.newPage(), await context.newPage()];
		await Promise.all([a.goto(QUIZ_A), b.goto(QUIZ_B)]);
		await Promise.all([counter(a), counter(b)]);
		await answer(a);
		await answer(b);
		await Promise.all([expect(feedback(a)).toBeVisible(), expect(feedback(b)).toBeVisible()]);

		const ids = Object.keys(await stored_answers(a));
		expect(ids).toHaveLength(2);
		// Each answer belongs to its own tab's attempt.
		const state = (await stored(a)) as {
			attempts: Record<string, { scope: string; responses: Record<string, unknown> }>;
		};
		const by_scope = Object.fromEntries(
			Object.values(state.attempts).map((t) => [t.scope, Object.keys(t.responses)])
		);
		expect(Object.keys(by_scope).sort()).toEqual(
			[LESSON_A!, LESSON_B!].map((l) => `lesson:${l.document}/${l.slug}`).sort()
		);
		expect(Object.values(by_scope).flat().sort()).toEqual([...ids].sort());

		// A lesson's quiz may ask a fact taught in another lesson (one its objectives examine): the
		// progress page counts each answer under the lesson that teaches it.
		const taught = async (page: Page) => {
			const href = await feedback(page)
				.getByRole('link', { name: 'Read it in the lesson' })
				.getAttribute('href');
			const path = new URL(href ?? '', 'http://x').pathname;
			return must(
				expected_lessons().find((lesson) => lesson.path === path),
				`a lesson at ${path}`
			).title;
		};
		const titles = [await taught(a), await taught(b)];
		const c = await context.newPage();
		await c.goto('/progress/');
		expect(await answers_given(c)).toBe(2);
		for (const title of titles) {
			const row = c.getByRole('row', { name: new RegExp(`^${literal(title)}`) });
			await expect(row).toBeVisible();
			await expect(row.getByRole('cell').nth(1)).not.toHaveText(/Not started/);
		}
	});

	test('importing a bad file changes nothing; a good one merges', async ({ browser }) => {
		// Make an export: one answer from one browser.
		const source = await browser.newContext();
		const from = await source.newPage();
		await from.goto(QUIZ_A);
		await answer(from);
		await expect(feedback(from)).toBeVisible();
		await from.goto('/progress/');
		const [download] = await Promise.all([
			from.waitForEvent('download'),
			from.getByRole('button', { name: 'Export progress' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^mobilize-progress-\d{4}-\d{2}-\d{2}\.json$/);
		await expect(transfer_status(from)).toHaveText('Your progress was exported as a file.');
		const exported = readFileSync(await download.path());
		await source.close();

		// Another browser with its own answer.
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(QUIZ_B);
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		await page.goto('/progress/');
		expect(await answers_given(page)).toBe(1);
		const before = await stored(page);

		await page.setInputFiles('#import-file', {
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"version": 1, "answers": [')
		});
		await expect(transfer_alert(page)).toContainText('“broken.json”');
		await expect(transfer_alert(page)).toContainText('Nothing was changed.');
		expect(await stored(page)).toEqual(before);
		expect(await answers_given(page)).toBe(1);

		await page.setInputFiles('#import-file', {
			name: 'progress.json',
			mimeType: 'application/json',
			buffer: exported
		});
		await expect(transfer_status(page)).toHaveText(
			'Imported “progress.json”: 1 answer added, merged with what was here and saved.'
		);
		await expect(transfer_alert(page)).toHaveCount(0);
		expect(await answers_given(page)).toBe(2);
		expect(Object.keys(await stored_answers(page))).toHaveLength(2);
		await context.close();
	});

	test('"Forget this device" asks first, then clears everything', async ({ page }) => {
		await page.goto(QUIZ_A);
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		await page.goto('/progress/');
		expect(await answers_given(page)).toBe(1);

		await page.getByRole('button', { name: 'Forget this device' }).click();
		await expect(page.getByText('Forget all progress on this device?')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Yes, forget everything' })).toBeFocused();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByText('Forget all progress on this device?')).toHaveCount(0);
		expect(await answers_given(page)).toBe(1);
		expect(await stored(page)).not.toBeNull();

		await page.getByRole('button', { name: 'Forget this device' }).click();
		await page.getByRole('button', { name: 'Yes, forget everything' }).click();
		await expect(transfer_status(page)).toHaveText('All progress on this device was forgotten.');
		expect(await answers_given(page)).toBe(0);
		expect(await stored(page)).toBeNull();
		await page.reload();
		expect(await answers_given(page)).toBe(0);
	});

	test('a lesson counts as read once its takeaway is reached', async ({ page }) => {
		const lessons = expected_lessons();
		// The longest lesson, so its takeaway starts out of view.
		const lesson = longest_lesson()!;
		await page.goto(lesson.path);
		const meta = page.locator('main p.meta');
		await expect(meta).toContainText('Source: section');
		// Progress is loaded once the header shows the review count; give the observer a moment.
		await header_due(page);
		await page.waitForTimeout(300);
		await expect(meta).not.toContainText('✓ Read');

		await page.getByRole('region', { name: 'Takeaway' }).scrollIntoViewIfNeeded();
		await expect(meta).toContainText('✓ Read');

		await page.goto('/');
		const read = page.locator('ol.lessons li', { hasText: '✓ Read' });
		await expect(read).toHaveCount(1);
		await expect(read.locator('a')).toHaveText(lesson.title);

		await page.goto('/progress/');
		await expect(page.locator('ul.summary')).toContainText(`1 of ${lessons.length} lessons read`);
	});

	test('a missed question comes back in review', async ({ page }) => {
		await page.goto(QUIZ_A);
		const { n } = await counter(page);
		let missed = false;
		for (let k = 1; k <= n && !missed; k++) {
			await answer(page, { miss: true });
			missed = (await verdict(page)) !== 'Correct.';
			if (!missed) await page.getByRole('button', { name: /Next question|See results/ }).click();
		}
		expect(missed, 'some answer was wrong').toBe(true);
		expect(await header_due(page)).toBeGreaterThanOrEqual(1);

		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: /^Review/ })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
		const due = await header_due(page);
		expect(due).toBeGreaterThanOrEqual(1);
		expect(await counter(page)).toEqual({ k: 1, n: due });
		for (let k = 1; k <= due; k++) {
			await answer(page);
			await expect(feedback(page)).toBeVisible();
			await page.getByRole('button', { name: /Next question|See results/ }).click();
		}
		await expect(page.getByRole('heading', { level: 2, name: 'Results: Review' })).toBeVisible();
		await expect(page.locator('ol.review > li')).toHaveCount(due);
	});

	test('the quick check has exactly five questions', async ({ page }) => {
		await page.goto('/check/');
		expect(await counter(page)).toEqual({ k: 1, n: 5 });
		for (let k = 1; k <= 5; k++) {
			expect(await counter(page)).toEqual({ k, n: 5 });
			// Quick questions are all single choices.
			expect(await item_kind(page)).toBe('choice');
			await answer(page);
			await page.getByRole('button', { name: k < 5 ? 'Next question' : 'See results' }).click();
		}
		await expect(page.getByText(/You scored \d of 5/)).toBeVisible();
		await expect(page.locator('ol.review > li')).toHaveCount(5);
	});

	test('nasty files get a message, change nothing, and leave the page working', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(QUIZ_A);
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		await page.goto('/progress/');
		expect(await answers_given(page)).toBe(1);
		const before = await stored(page);
		const empty = { version: 1, lessons_read: {}, answers: {}, attempts: {} };
		const nasty: [string, string, string][] = [
			[
				'same-ids.json',
				JSON.stringify({ ...empty, attempts: { a: attempt_json('a'), b: attempt_json('a') } }),
				'the id of the mixed quiz started 14 Nov 2023, 22:13 UTC is “a”, not the id it is stored under (“b”). (Field: attempts.b.id)'
			],
			[
				'proto.json',
				'{"version":1,"lessons_read":{},"answers":{"__proto__":[]},"attempts":{}}',
				'the list of answers uses “__proto__” as a name, which is reserved and cannot be an id. (Field: answers)'
			],
			[
				'methods.json',
				'{"version":1,"lessons_read":{"propertyIsEnumerable":5},"answers":{},"attempts":{}}',
				'the list of lessons read uses “propertyIsEnumerable” as a name, which is reserved'
			],
			[
				'deep.json',
				`{"version":1,"lessons_read":{},"answers":{},"attempts":{},"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
				'nested more than 64 levels deep'
			],
			['truncated.json', '{"version":1,"answers":{', 'not valid JSON']
		];
		for (const [name, text, says] of nasty) {
			await import_text(page, name, text);
			await expect(transfer_alert(page), name).toContainText(`“${name}”`);
			await expect(transfer_alert(page), name).toContainText(says);
			await expect(transfer_alert(page), name).toContainText('Nothing was changed.');
			await expect(transfer_status(page)).toHaveText('');
			expect(await stored(page), name).toEqual(before);
		}
		for (const name of ['Export progress', 'Import progress…', 'Forget this device'])
			await expect(page.getByRole('button', { name })).toBeVisible();
		expect(await answers_given(page)).toBe(1);
		expect(errors).toEqual([]);
	});

	test('a file with a position past its questions is repaired, saved and says so', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/progress/');
		const file = {
			version: 1,
			lessons_read: {},
			answers: {},
			attempts: { a: attempt_json('a', { position: 9 }) }
		};
		await import_text(page, 'odd.json', JSON.stringify(file));
		await expect(transfer_status(page)).toContainText('Imported “odd.json”: 0 answers added');
		await expect(transfer_status(page)).toContainText(
			'the current question of the mixed quiz started 14 Nov 2023, 22:13 UTC was question 10, past its 2 questions, so it is set to question 2. (Field: attempts.a.position)'
		);
		const saved = (await stored(page)) as { attempts: Record<string, { position: number }> };
		expect(saved.attempts.a?.position).toBe(1);
		await page.reload();
		await expect(page.getByRole('button', { name: 'Export progress' })).toBeVisible();
		await expect(notices(page)).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('stored progress that breaks a rule is set aside, and the page still works', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const broken = JSON.stringify({
			version: 1,
			lessons_read: {},
			answers: {},
			attempts: { a: attempt_json('a'), b: attempt_json('a') }
		});
		await seed_storage(page, broken);
		await page.goto('/progress/');
		await expect(notices(page)).toContainText(
			'the id of the mixed quiz started 14 Nov 2023, 22:13 UTC is “a”, not the id it is stored under (“b”)'
		);
		await expect(notices(page)).toContainText('(Field: attempts.b.id)');
		await expect(notices(page)).toContainText('kept aside');
		for (const name of ['Export progress', 'Import progress…', 'Forget this device'])
			await expect(page.getByRole('button', { name })).toBeVisible();
		expect((await backups(page)).map((b) => b.text)).toEqual([broken]);
		expect(errors).toEqual([]);
	});

	test('success and refusal look different; forgetting clears the last message', async ({
		page
	}) => {
		await page.goto('/progress/');
		await import_text(page, 'bad.json', 'nope');
		const refusal = transfer_alert(page);
		await expect(refusal).toContainText('Nothing was changed.');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const success = transfer_status(page).locator('p');
		await expect(success).toHaveText('Your progress was exported as a file.');
		await expect(refusal).toHaveCount(0);
		const look = (locator: typeof success) =>
			locator.evaluate((el) => {
				const style = getComputedStyle(el);
				const mark = getComputedStyle(el, '::before').content;
				return { color: style.color, background: style.backgroundColor, mark };
			});
		const ok = await look(success);
		await import_text(page, 'bad.json', 'nope');
		const bad = await look(refusal);
		expect(ok.mark).toContain('✓');
		expect(bad.mark).toContain('✕');
		expect(ok.color).not.toBe(bad.color);
		expect(ok.background).not.toBe(bad.background);

		await page.getByRole('button', { name: 'Forget this device' }).click();
		await expect(refusal).toHaveCount(0);
		await page.getByRole('button', { name: 'Yes, forget everything' }).click();
		await expect(success).toHaveText('All progress on this device was forgotten.');
		await expect(transfer_alert(page)).toHaveCount(0);
	});

	test('the progress page says how much room progress takes', async ({ page }) => {
		await page.goto(QUIZ_A);
		await answer(page);
		await expect(feedback(page)).toBeVisible();
		await page.goto('/progress/');
		await expect(
			page.getByText(/^Progress uses \d+ KB of about 5 MB this browser allows\.$/)
		).toBeVisible();
	});
});
