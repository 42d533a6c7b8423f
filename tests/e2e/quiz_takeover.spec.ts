import { expect, test, type Page, type Route } from '@playwright/test';
import {
	answer,
	counter,
	expect_accessible,
	header_due,
	live_region,
	question,
	quiz_opening_with_choices,
	STORAGE_KEY,
	stored_answers
} from './helpers';

// A quiz page starts with its quiz as HTML and loads its engine (grading, saving, resuming)
// once the page is live. These tests hold the engine back, so the learner acts in the page's
// static quiz first, and check that the engine, once it arrives, takes over with nothing lost.

/** A text only the engine's code holds (QuestionView's last button in exam mode). */
const ENGINE_MARK = 'Save and finish';

/**
 * Holds back the file holding the quiz's engine until the returned function is called; every
 * other file of the app loads as usual, so the page is live (the header's review count shows).
 */
async function hold_engine(page: Page) {
	let release = () => {};
	const released = new Promise<void>((done) => (release = done));
	let held = false;
	await page.route('**/_app/immutable/chunks/*.js', async (route: Route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(ENGINE_MARK)) {
			held = true;
			await released;
		}
		await route.fulfill({ response, body });
	});
	return {
		release,
		/** Whether the engine was asked for (and held): it loads without any click. */
		held: () => held
	};
}

/** The verdict the static quiz's HTML shows once "Check answer" is opened. */
const HTML_VERDICT = /^(✓ Correct\.|✗ Not quite\.)/;

test.describe('the quiz engine taking over from the page’s static quiz', () => {
	// No service worker: it would serve the engine from its cache, past the hold.
	test.use({ viewport: { width: 360, height: 800 }, serviceWorkers: 'block' });

	test('an answer checked before the engine arrives is kept, with its feedback, announced once', async ({
		page,
		browser
	}, info) => {
		const quiz = await quiz_opening_with_choices(browser);
		expect(quiz, 'a lesson quiz that opens with a question of one choice').toBeDefined();
		const engine = await hold_engine(page);
		await page.goto(quiz!);
		// The page is live (progress read) and has asked for its engine, with no click.
		await header_due(page);
		await expect.poll(engine.held).toBe(true);

		const form = question(page);
		const radios = form.locator('fieldset.item input[type=radio]');
		const chosen = (await radios.nth(1).getAttribute('value'))!;
		const text = (await form.locator('fieldset.item label > span').nth(1).textContent())!;
		await radios.nth(1).check();
		await form.getByText('Check answer').click();
		const shown = form.locator('.early-check p:visible').filter({ hasText: HTML_VERDICT });
		await expect(shown).toHaveCount(1);
		const html_verdict = (await shown.textContent())!.startsWith('✓') ? 'Correct.' : 'Not quite.';
		await expect_accessible(page, 'quiz answered before its engine arrived', { soft: false });
		await info.attach('before the engine, 360 px', {
			body: await page.screenshot({ fullPage: true }),
			contentType: 'image/png'
		});
		expect(await stored_answers(page)).toEqual({});

		engine.release();
		// The engine shows the same answer, checked and graded, with the same verdict as the HTML
		// gave, saves it and says it once; the HTML's own feedback is gone.
		await expect(form.locator('.feedback .verdict')).toHaveText(html_verdict);
		await expect(form.getByRole('radio', { name: text })).toBeChecked();
		await expect(form.getByRole('radio', { name: text })).toBeDisabled();
		await expect(form.locator('.early, .early-check')).toHaveCount(0);
		await expect(form.getByRole('button', { name: /^(Next question|See results)$/ })).toBeFocused();
		await expect(live_region(page)).toHaveText(new RegExp(`^${html_verdict.replace('.', '\\.')} `));
		const stored = Object.values(await stored_answers(page));
		expect(stored).toHaveLength(1);
		for (const record of stored[0]!)
			expect(record).toMatchObject({ answer: { kind: 'option', option: chosen } });
		await expect_accessible(page, 'quiz after its engine took over', { soft: false });
		await info.attach('after the engine, 360 px', {
			body: await page.screenshot({ fullPage: true }),
			contentType: 'image/png'
		});
	});

	test('a mode and a choice made before the engine arrives are kept, and so is focus', async ({
		page,
		browser
	}) => {
		const quiz = await quiz_opening_with_choices(browser);
		expect(quiz, 'a lesson quiz that opens with a question of one choice').toBeDefined();
		const engine = await hold_engine(page);
		await page.goto(quiz!);
		await header_due(page);
		const form = question(page);
		await page.getByRole('radio', { name: 'Exam' }).check();
		const text = (await form.locator('fieldset.item label > span').last().textContent())!;
		// Chosen by keyboard, not checked: the radio keeps focus.
		await form.getByRole('radio', { name: text }).focus();
		await page.keyboard.press('Space');

		engine.release();
		// The engine's own button replaces the HTML's "Check answer": exam mode saves instead.
		await expect(form.getByRole('button', { name: 'Save and next' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Exam' })).toBeChecked();
		await expect(form.getByRole('radio', { name: text })).toBeChecked();
		await expect(form.getByRole('radio', { name: text })).toBeFocused();
		expect(await stored_answers(page)).toEqual({});
		// The choice counts as the answer once saved.
		await form.getByRole('button', { name: 'Save and next' }).click();
		await expect(
			page.getByRole('heading', { level: 2, name: /^Question 2 of \d+$/ })
		).toBeVisible();
		expect(Object.keys(await stored_answers(page))).toHaveLength(1);
	});

	test('an unfinished attempt opens at its position once the engine arrives, with no click', async ({
		page,
		browser
	}) => {
		const quiz = await quiz_opening_with_choices(browser);
		expect(quiz, 'a lesson quiz that opens with a question of one choice').toBeDefined();
		await page.goto(quiz!);
		const { n } = await counter(page);
		for (let k = 1; k <= 2; k++) {
			await answer(page);
			await page.getByRole('button', { name: 'Next question' }).click();
		}
		expect(await counter(page)).toEqual({ k: 3, n });
		const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
		expect(stored).not.toBeNull();

		const engine = await hold_engine(page);
		await page.reload();
		await header_due(page);
		// Until the engine is there the page's own first question shows, answerable.
		await expect(page.getByRole('heading', { level: 2, name: `Question 1 of ${n}` })).toBeVisible();
		engine.release();
		const resumed = `Resumed where you left off: question 3 of ${n}.`;
		await expect(page.locator('.quiz p.notice')).toHaveText(resumed);
		await expect(live_region(page)).toHaveText(resumed);
		expect(await counter(page)).toEqual({ k: 3, n });
	});
});
