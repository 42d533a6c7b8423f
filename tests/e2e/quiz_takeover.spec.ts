import { expect, test, type Browser, type Page, type Route } from '@playwright/test';
import {
	answer,
	counter,
	expect_accessible,
	follow_link,
	header_due,
	live_region,
	question,
	quiz_live,
	quiz_opening_with_choices,
	quizzes_opening_with_choices,
	STORAGE_KEY,
	stored_answers,
	let_routes_go
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
	test.afterEach(let_routes_go);

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
		// The region there before the engine is the one that announces it: a region inserted with
		// its text is often not announced.
		const region = await live_region(page).elementHandle();

		engine.release();
		// The engine shows the same answer, checked and graded, with the same verdict as the HTML
		// gave, saves it and says it once; the HTML's own feedback is gone.
		await expect(form.locator('.feedback .verdict')).toHaveText(html_verdict);
		await expect(form.getByRole('radio', { name: text })).toBeChecked();
		await expect(form.getByRole('radio', { name: text })).toBeDisabled();
		await expect(form.locator('.early, .early-check')).toHaveCount(0);
		await expect(form.getByRole('button', { name: /^(Next question|See results)$/ })).toBeFocused();
		await expect(live_region(page)).toHaveText(new RegExp(`^${html_verdict.replace('.', '\\.')} `));
		expect(await region.evaluate((node) => node.isConnected && node.textContent)).toMatch(
			new RegExp(`^${html_verdict.replace('.', '\\.')} `)
		);
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

	/**
	 * Two lesson quizzes that open with a question of one choice, the first opened with its
	 * engine held back (released by the caller), its header live.
	 */
	async function open_first_of_two(page: Page, browser: Browser) {
		const [first, other] = await quizzes_opening_with_choices(browser, 2);
		expect(other, 'two lesson quizzes that open with a question of one choice').toBeDefined();
		const engine = await hold_engine(page);
		await page.goto(first!);
		await header_due(page);
		return { first: first!, other: other!, engine };
	}

	// The quiz page stays mounted when a link leads to another quiz of the same route, or back:
	// what was handed over belongs to the quiz it was done in, and is used once.
	test('an answer handed over is not given again in another quiz, or on coming back', async ({
		page,
		browser
	}) => {
		const { first, other, engine } = await open_first_of_two(page, browser);
		const form = question(page);
		await form.locator('fieldset.item input[type=radio]').first().check();
		await form.getByText('Check answer').click();
		engine.release();
		await expect(form.locator('.feedback .verdict')).toBeVisible();
		const before = await stored_answers(page);
		expect(Object.values(before).flat()).toHaveLength(1);

		await follow_link(page, other);
		expect((await counter(page)).k).toBe(1);
		// The other quiz's first question waits for its own answer.
		await expect(form.locator('fieldset.item input').first()).toBeEnabled();
		await expect(form.locator('.feedback')).toHaveCount(0);
		await expect(page.locator('.quiz p.notice')).toHaveCount(0);
		expect(await stored_answers(page)).toEqual(before);

		await page.goBack();
		await page.waitForURL((url) => url.pathname === new URL(first, page.url()).pathname);
		await quiz_live(page);
		await expect(form.locator('fieldset.item')).toBeVisible();
		await expect(page.getByText(/before the page was ready/)).toHaveCount(0);
		expect(await stored_answers(page)).toEqual(before);
	});

	test('a mode chosen before the engine arrived is not carried to another quiz', async ({
		page,
		browser
	}) => {
		const { other, engine } = await open_first_of_two(page, browser);
		await page.getByRole('radio', { name: 'Exam' }).check();
		engine.release();
		await expect(question(page).getByRole('button', { name: 'Save and next' })).toBeVisible();

		await follow_link(page, other);
		await quiz_live(page);
		await expect(page.getByRole('radio', { name: 'Practice' })).toBeChecked();
		await expect(question(page).getByRole('button', { name: 'Check answer' })).toBeVisible();
	});

	test('a quiz link followed inside the app hides the page’s own quiz until the engine opens it', async ({
		page,
		browser
	}) => {
		const quiz = await quiz_opening_with_choices(browser);
		expect(quiz, 'a lesson quiz that opens with a question of one choice').toBeDefined();
		// Its lesson page links to it; the quiz page is not loaded yet, nor is its engine.
		await page.goto(quiz!.replace(/quiz\/$/, ''));
		await header_due(page);
		const engine = await hold_engine(page);
		await follow_link(page, `${quiz}?seed=12345`);
		await expect.poll(engine.held).toBe(true);
		await expect(page.getByText('Opening the quiz from your link…')).toBeVisible();
		await expect(question(page)).toBeHidden();
		engine.release();
		await expect(page.getByText(/^Seed 12345:/)).toBeVisible();
		await expect(question(page)).toBeVisible();
		await expect(page.getByText('Opening the quiz from your link…')).toBeHidden();
	});

	test('when the engine cannot be loaded, a linked quiz says so and the page’s quiz shows whole', async ({
		page,
		browser
	}) => {
		const quiz = await quiz_opening_with_choices(browser);
		expect(quiz, 'a lesson quiz that opens with a question of one choice').toBeDefined();
		await page.route('**/_app/immutable/chunks/*.js', async (route: Route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes(ENGINE_MARK)) return route.abort();
			await route.fulfill({ response, body });
		});
		await page.goto(`${quiz}?seed=12345`);
		await expect(page.getByRole('alert')).toContainText(
			'The quiz your link names could not be opened'
		);
		await expect(page.locator('html')).not.toHaveClass(/quiz-link/);
		// Exam mode would hold its feedback back for an end that never comes.
		await expect(page.getByRole('radio', { name: 'Exam' })).toHaveCount(0);
		const first = page.getByRole('heading', { level: 2, name: /^Question 1 of \d+$/ });
		await expect(first).toBeVisible();
		const n = Number((await first.textContent())!.match(/of (\d+)/)![1]);
		await expect(
			page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ })
		).toHaveCount(n);
		await expect(
			page.getByRole('heading', { level: 2, name: `Question ${n} of ${n}` })
		).toBeVisible();
	});

	test('a mode chosen before the page has started is kept when the engine takes over', async ({
		page,
		browser
	}) => {
		const quiz = await quiz_opening_with_choices(browser);
		expect(quiz, 'a lesson quiz that opens with a question of one choice').toBeDefined();
		// The app's scripts are held: the learner acts on the page's HTML before it hydrates.
		let release = () => {};
		const released = new Promise<void>((done) => (release = done));
		await page.route('**/_app/immutable/**/*.js', async (route: Route) => {
			await released;
			await route.continue();
		});
		await page.goto(quiz!, { waitUntil: 'commit' });
		await page.getByRole('radio', { name: 'Exam' }).check();
		release();
		await expect(question(page).getByRole('button', { name: 'Save and next' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Exam' })).toBeChecked();
	});
});
