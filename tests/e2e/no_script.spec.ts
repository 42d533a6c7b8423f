import { expect, test, type Locator, type Page } from '@playwright/test';
import { mixed_quiz_lesson } from './content';
import {
	expect_accessible,
	header_due,
	live_region,
	question,
	quiz_opening_with_choices,
	stored_answers,
	tab_until,
	let_routes_go
} from './helpers';

// A quiz that mixes choices, matching and fill-in, so every kind of first question is handled.
const LESSON = mixed_quiz_lesson();
const QUIZ = `${LESSON?.path}quiz/`;
const NO_LESSON = 'no lesson in content/ has a quiz that mixes choices, matching and fill-in';

/** A verdict as the page's HTML shows it once the answer is checked ("Check answer"). */
const VERDICT = /^(✓ Correct\.|✗ Not quite\.)/;

/** The first question's kind, from its markup alone (no app needed). */
async function kind_of(form: Locator) {
	return (await form.locator('fieldset.pair').count()) ? 'matching' : 'choice';
}

/** The verdict on the answer in `form` that its HTML shows, if any. */
function shown_verdicts(form: Locator) {
	return form.locator('.early-check p:visible').filter({ hasText: VERDICT });
}

/** Every word of feedback `form` shows: the verdict and the reasons beside the options. */
function shown_feedback(form: Locator) {
	return form.locator('.why:visible, .early-check p:visible');
}

/**
 * Answers the first question by keyboard where the app is not running: Space checks the first
 * option of each radio group, arrowing down to the next one and back (as a learner comparing
 * options does), which reveals nothing; then "Check answer". A fill-in is asked from its list
 * of terms in the page's HTML, as a choice.
 */
async function answer_first_by_keyboard(page: Page) {
	const form = question(page);
	const kind = await kind_of(form);
	const groups = kind === 'matching' ? await form.locator('fieldset.pair').count() : 1;
	for (let g = 0; g < groups; g++) {
		const radios =
			kind === 'matching'
				? `.quiz form fieldset.pair:nth-of-type(${g + 1}) input[type=radio]`
				: '.quiz form fieldset.item input[type=radio]';
		await tab_until(page, radios, { what: `an option of group ${g + 1}` });
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowUp');
	}
	// Choosing, by Space or by arrows (which check each radio passed), says nothing yet.
	await expect(shown_feedback(form)).toHaveCount(0);
	await tab_until(page, '.quiz form .early-check summary', { what: '“Check answer”' });
	await expect(page.locator('.quiz form .early-check')).not.toHaveAttribute('open');
	await page.keyboard.press('Enter');
	return { kind, groups };
}

/**
 * The quiz page as a browser without JavaScript builds it, in a page that still runs scripts
 * for axe (which injects itself): the page's own scripts are taken out of its HTML and its
 * <noscript> content kept, as a browser without scripts parses it.
 */
async function without_own_scripts(page: Page) {
	await page.route(
		(url) => url.pathname.endsWith('/quiz/'),
		async (route) => {
			const response = await route.fetch();
			const html = (await response.text())
				.replace(/<script\b[\s\S]*?<\/script>/gi, '')
				.replace(/<\/?noscript>/gi, '');
			await route.fulfill({ response, body: html });
		}
	);
}

test.afterEach(let_routes_go);

test.describe('a quiz before and without its scripts', () => {
	test.skip(!LESSON, NO_LESSON);

	test('without JavaScript the first question is answered by keyboard and says right or wrong', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(QUIZ);
		const form = question(page);
		await expect(shown_feedback(form)).toHaveCount(0);
		await answer_first_by_keyboard(page);
		// Checked, the answer gets one verdict, in words, right after "Check answer".
		await expect(shown_verdicts(form)).toHaveCount(1);
		// What needs the app is said, and its controls are not offered.
		await expect(page.getByText(/answers are not saved to your progress/)).toBeVisible();
		await expect(form.locator('button[type=submit]')).toBeHidden();
		await expect(page.getByRole('group', { name: 'Mode' })).toBeHidden();
		// Every question of the page's quiz can be answered, not only the first.
		const headings = page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ });
		const n = Number((await headings.first().textContent())!.match(/of (\d+)/)![1]);
		await expect(headings).toHaveCount(n);
		await context.close();
	});

	test('the answer first checked before the app is live is the one recorded and announced, once', async ({
		page,
		browser
	}) => {
		const quiz = await quiz_opening_with_choices(browser);
		expect(quiz, 'a lesson quiz that opens with a question of one choice').toBeDefined();
		// Everything said in the live region, in order, from the first moment of the page.
		await page.addInitScript(() => {
			const said: string[] = ((window as unknown as { __said: string[] }).__said = []);
			new MutationObserver(() => {
				const text = document.querySelector('.quiz-live')?.textContent?.trim() ?? '';
				if (text && text !== said.at(-1)) said.push(text);
			}).observe(document, { subtree: true, childList: true, characterData: true });
		});
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		await page.route('**/_app/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(quiz!, { waitUntil: 'commit' });
		const form = question(page);
		await expect(form.locator('fieldset.item')).toBeVisible();
		// Choices work from the HTML; choosing alone says nothing.
		const radios = form.locator('fieldset.item input[type=radio]');
		const first = (await radios.nth(0).getAttribute('value'))!;
		await radios.nth(0).check();
		await expect(shown_feedback(form)).toHaveCount(0);
		await form.locator('.early-check summary').click();
		await expect(shown_verdicts(form)).toHaveCount(1);
		// Feedback seen, the learner switches: that is not the answer.
		await radios.nth(1).check();
		expect(await stored_answers(page)).toEqual({});
		release();

		await header_due(page);
		// The first answer checked is recorded (in the quiz and in the learner's answers) and shown.
		const stored = Object.values(await stored_answers(page));
		expect(stored).toHaveLength(1);
		for (const record of stored[0]!)
			expect(record).toMatchObject({ answer: { kind: 'option', option: first } });
		await expect(radios.nth(0)).toBeChecked();
		await expect(radios.nth(0)).toBeDisabled();
		// The app took over from the same markup: the answer is graded, saved and said once.
		const verdict = (await form.locator('.feedback .verdict').textContent())!.trim();
		expect(verdict).toMatch(/^(Correct|Partly right|Not quite)\.$/);
		await expect(form.getByRole('button', { name: /^(Next question|See results)$/ })).toBeFocused();
		await expect(live_region(page)).toHaveText(new RegExp(`^${verdict.replace('.', '\\.')} `));
		const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
		expect(said.filter((text) => text.startsWith(verdict))).toHaveLength(1);
		// The HTML's own feedback is gone, so nothing is read twice.
		await expect(form.locator('.early, .early-check')).toHaveCount(0);
	});

	test('the quiz without JavaScript has no axe violations, before and after answering', async ({
		page
	}) => {
		await without_own_scripts(page);
		await page.goto(QUIZ);
		await expect(page.getByText(/answers are not saved to your progress/)).toBeVisible();
		await expect_accessible(page, 'quiz without JavaScript', { soft: false });
		await answer_first_by_keyboard(page);
		await expect_accessible(page, 'quiz without JavaScript, answered', { soft: false });
	});
});
