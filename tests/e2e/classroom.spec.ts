// A teacher's assignment, end to end: built by keyboard, opened by two students who get the same
// questions, completed and handed in as a file and a code, and refused when its link is damaged.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encode_assignment_link } from '../../src/lib/classroom/link';
import { decode_result_code, decode_result_file } from '../../src/lib/classroom/result';
import { answer, counter, header_due, question_text, tab_until } from './helpers';

/** Builds an assignment on /teach/ with the mouse and returns its link. */
async function make_link(page: Page, { title = 'Week 3 check', count = 4 } = {}) {
	await page.goto('/teach/');
	await header_due(page);
	await page.getByRole('textbox', { name: 'Title' }).fill(title);
	await page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(count));
	const link = page.getByRole('textbox', { name: 'The assignment’s link' });
	await expect(link).toHaveValue(/\/assignment\/#1\./);
	return link.inputValue();
}

/** Answers every question of the assignment open in `page`; returns the questions in order. */
async function take(page: Page) {
	const { n } = await counter(page);
	const asked: string[] = [];
	for (let k = 1; k <= n; k++) {
		await expect(page.getByRole('heading', { name: `Question ${k} of ${n}` })).toBeVisible();
		asked.push(await question_text(page));
		await answer(page);
	}
	return asked;
}

async function open_in_new_context(browser: Browser, link: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	return { context, page };
}

test.describe('assignments', () => {
	test('a teacher builds an assignment by keyboard alone and copies its link', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/teach/');
		await header_due(page);
		await tab_until(page, 'input[type=number]', { what: 'the number of questions' });
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('5');
		await tab_until(page, 'input[type=text]', { what: 'the title box' });
		await page.keyboard.type('Keyboard quiz');
		await tab_until(page, (el) => el.textContent?.trim() === 'Copy link', {
			what: 'the copy button'
		});
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const link = await page.getByRole('textbox', { name: 'The assignment’s link' }).inputValue();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		// The preview lists the five questions with their answers.
		const preview = page.getByRole('region', { name: 'The questions, with the answers' });
		await expect(preview.locator('ol.sheet > li')).toHaveCount(5);
		await expect(preview.getByText('Answer:')).toHaveCount(5);
		await expect(page.getByRole('img', { name: 'QR code of the assignment’s link' })).toBeVisible();
	});

	test('warns when the choice has fewer questions than asked for', async ({ page }) => {
		await page.goto('/teach/');
		await header_due(page);
		// Matching questions alone: one per attribute, far fewer than a hundred.
		const types = page.getByRole('group', { name: 'Types of question' }).getByRole('checkbox');
		for (const box of await types.all()) await box.uncheck();
		await page.getByRole('checkbox', { name: 'Matching' }).check();
		await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('100');
		await expect(
			page.getByText(/This choice has only \d+ questions, fewer than the 100/)
		).toBeVisible();
	});

	test('two students opening one link get the same questions in the same order, and hand in', async ({
		page,
		browser
	}) => {
		const link = await make_link(page);
		const one = await open_in_new_context(browser, link);
		const two = await open_in_new_context(browser, link);
		await expect(one.page.getByRole('heading', { level: 1, name: 'Week 3 check' })).toBeVisible();
		await one.page.getByRole('textbox', { name: 'Your name or class number' }).fill('Ada / 7');
		const asked = await take(one.page);
		expect(asked).toHaveLength(4);
		expect(await take(two.page)).toEqual(asked);

		// The result, as a file and as a code, holds the student's answers to those questions.
		const hand_in = one.page.getByRole('region', { name: 'Hand in your result' });
		await expect(hand_in).toBeVisible();
		const [download] = await Promise.all([
			one.page.waitForEvent('download'),
			hand_in.getByRole('link', { name: 'Download the result file' }).click()
		]);
		expect(download.suggestedFilename()).toBe('Week-3-check_Ada-7.mobilize-result.json');
		await expect(hand_in.getByRole('status')).toHaveText(/Result file saved as/);
		const file = decode_result_file(readFileSync(await download.path(), 'utf8'));
		if (!file.ok) throw new Error(file.problem);
		expect(file.result.student).toBe('Ada / 7');
		expect(file.result.assignment.title).toBe('Week 3 check');
		expect(file.result.item_ids).toHaveLength(4);
		expect(file.result.responses.map((r) => r.item)).toEqual(file.result.item_ids);
		const shown = await hand_in.getByText(/You scored \d+%/).textContent();
		const points = file.result.responses.reduce((sum, r) => sum + r.score, 0);
		expect(shown).toContain(`You scored ${Math.round((points / 4) * 100)}%`);

		const code = await hand_in.getByRole('textbox', { name: /result code/ }).inputValue();
		expect(await decode_result_code(code)).toEqual(file);
		await one.context.close();
		await two.context.close();
	});

	test('a changed, a cut and a newer link each say what is wrong, and change nothing stored', async ({
		page
	}) => {
		const link = await make_link(page);
		// Something stored beside the progress, which a rejected link must leave as it is.
		await page.evaluate(() => localStorage.setItem('mobilize:assignment-student:0000abcd', 'Kim'));
		const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
		const body = link.lastIndexOf('.') + 5;
		const swapped = link[body] === 'A' ? 'B' : 'A';
		const cases = [
			{ url: link.slice(0, body) + swapped + link.slice(body + 1), says: 'was changed after' },
			{ url: link.slice(0, -12), says: 'is cut short' },
			{ url: link.replace('#1.', '#9.'), says: 'newer version of Mobilize' }
		];
		for (const { url, says } of cases) {
			await page.goto(url);
			await expect(
				page.getByRole('heading', { level: 1, name: 'This assignment link cannot be opened' })
			).toBeVisible();
			const alert = page.getByRole('main').getByRole('alert');
			await expect(alert).toContainText(says);
			await expect(alert).toContainText('What to do:');
			await header_due(page);
			expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
		}
	});

	test('markup in a title or instructions is shown as text and runs nothing', async ({ page }) => {
		const payloads = [
			'<img src=x onerror=window.__xss=1>',
			'<script>window.__xss=2</script>',
			'<a href="javascript:window.__xss=3">click</a>',
			'javascript:window.__xss=4',
			'"><svg onload=window.__xss=5>',
			'{@html "<b>x</b>"}'
		];
		page.on('dialog', () => {
			throw new Error('a dialog opened');
		});
		for (const payload of payloads) {
			const code = encode_assignment_link({
				title: `T ${payload}`,
				instructions: `Do this: ${payload}`,
				selection: { count: 2 },
				seed: 1,
				mode: 'practice',
				pass: 50,
				fingerprint: '00000000'
			});
			for (const path of ['/assignment/', '/assignment/print/']) {
				await page.goto(`${path}#${code}`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(`T ${payload}`);
				await expect(page.getByText(`Do this: ${payload}`)).toBeVisible();
				expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
				await expect(page.locator('main img, main script, main a[href^="javascript"]')).toHaveCount(
					0
				);
			}
		}
	});

	test('the builder, the assignment and the worksheet fit 360 px without sideways scrolling', async ({
		page
	}) => {
		const link = await make_link(page);
		await page.setViewportSize({ width: 360, height: 800 });
		for (const url of ['/teach/', link, link.replace('/assignment/', '/assignment/print/')]) {
			await page.goto(url);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await header_due(page);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				url
			).toBeLessThanOrEqual(360);
		}
	});
});
