import { expect, test, type Browser } from '@playwright/test';
import { expected_lessons } from './content';
import {
	answer,
	answer_by_keyboard,
	counter,
	feedback,
	item_kind,
	live_region,
	plain,
	question,
	question_text,
	tab_until
} from './helpers';

// This lesson's quiz mixes all three kinds of input: choices, matching and fill-in.
const QUIZ = '/community-vs-social-mobilization/comparison/quiz/';

async function first_question(browser: Browser, url: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	// The page first shows its standard quiz; the link's seed takes over once the page is live.
	const seed = new URL(url, 'http://localhost').searchParams.get('seed');
	await expect(page.getByText(new RegExp(`^Seed ${seed}:`))).toBeVisible();
	await counter(page);
	const text = await question_text(page);
	const kind = await item_kind(page);
	await context.close();
	return { text, kind };
}

/** `term` with the letter nearest its middle changed to another letter: one typing slip. */
function one_letter_slip(term: string) {
	const letters = [...term].flatMap((c, i) => (/[a-z]/i.test(c) ? [i] : []));
	const at = letters[Math.floor(letters.length / 2)];
	const other = term[at].toLowerCase() === 'x' ? 'q' : 'x';
	return term.slice(0, at) + other + term.slice(at + 1);
}

test.describe('quiz', () => {
	test('a lesson quiz can be taken by keyboard alone in practice mode', async ({ page }) => {
		await page.goto(QUIZ);
		const { n } = await counter(page);
		expect(n).toBeGreaterThan(1);
		await expect(page.getByRole('radio', { name: /^Practice/ })).toBeChecked();
		const kinds = new Set<string>();

		for (let k = 1; k <= n; k++) {
			expect(await counter(page)).toEqual({ k, n });
			await expect(feedback(page)).toHaveCount(0);
			kinds.add(await answer_by_keyboard(page));

			await expect(feedback(page)).toBeVisible();
			await expect(feedback(page).locator('.verdict')).toHaveText(
				/^(Correct\.|Not quite\.|Partly right\.)$/
			);
			await expect(
				feedback(page).getByRole('link', { name: 'Read it in the lesson' })
			).toBeVisible();
			await expect(live_region(page)).toHaveText(/^(Correct\.|Not quite\.|Partly right\.)/);

			const next = page.getByRole('button', { name: k < n ? 'Next question' : 'See results' });
			await expect(next).toBeFocused();
			await page.keyboard.press('Enter');
		}

		expect([...kinds].sort()).toEqual(['choice', 'fill-in', 'matching']);
		await expect(page.getByRole('heading', { level: 2, name: /^Results: / })).toBeFocused();
		await expect(page.getByText(new RegExp(`You scored \\d+ of ${n}`))).toBeVisible();
		await expect(page.locator('ol.review > li')).toHaveCount(n);
		await expect(live_region(page)).toHaveText('Quiz finished. Your results follow.');
	});

	test('exam mode, chosen by keyboard, gives no feedback until the results', async ({ page }) => {
		await page.goto(QUIZ);
		const { n } = await counter(page);

		await tab_until(page, 'input[name=mode]', { what: 'the Mode radios' });
		await expect(page.getByRole('radio', { name: /^Practice/ })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: /^Exam/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: /^Exam/ })).toBeFocused();

		const stems: string[] = [];
		for (let k = 1; k <= n; k++) {
			expect(await counter(page)).toEqual({ k, n });
			stems.push(plain((await question(page).locator('legend .stem').textContent()) ?? ''));
			await answer_by_keyboard(page);
			await expect(feedback(page)).toHaveCount(0);
			if (k < n) {
				// The next question comes at once, with focus on its counter.
				await expect(
					page.getByRole('heading', { name: `Question ${k + 1} of ${n}` })
				).toBeFocused();
				await expect(live_region(page)).toHaveText('Answer saved.');
				// Once answered, the mode can no longer change.
				await expect(page.getByRole('radio', { name: /^Practice/ })).toBeDisabled();
			}
		}

		await expect(page.getByRole('heading', { level: 2, name: /^Results: / })).toBeVisible();
		const reviewed = page.locator('ol.review > li');
		await expect(reviewed).toHaveCount(n);
		for (let i = 0; i < n; i++) {
			expect(plain((await reviewed.nth(i).locator('.stem').textContent()) ?? '')).toBe(stems[i]);
			await expect(reviewed.nth(i)).toContainText('Your answer:');
		}
	});

	test('the same seed gives the same quiz; another seed gives another', async ({ browser }) => {
		const a = await first_question(browser, `${QUIZ}?seed=12345`);
		const b = await first_question(browser, `${QUIZ}?seed=12345`);
		const c = await first_question(browser, `${QUIZ}?seed=54321`);
		expect(b).toEqual(a);
		expect(c.text).not.toEqual(a.text);
	});

	test('the seed is shown and a requested seed is used', async ({ page }) => {
		await page.goto(`${QUIZ}?seed=12345`);
		await expect(page.getByText(/^Seed 12345:/)).toBeVisible();
	});

	test('a seed that is not a whole number is explained and ignored', async ({ page }) => {
		await page.goto(QUIZ);
		const standard = await question_text(page);
		const seed = await page.getByText(/^Seed \d+:/).textContent();
		await page.goto(`${QUIZ}?seed=abc`);
		await expect(page.locator('.quiz p.notice')).toHaveText(
			'The link’s seed “abc” is not a whole number, so a standard quiz is shown instead.'
		);
		expect(await question_text(page)).toBe(standard);
		await expect(page.getByText(/^Seed \d+:/)).toHaveText(seed!);
	});

	test('a link with another seed wins over an unfinished attempt, which is kept', async ({
		page
	}) => {
		await page.goto(QUIZ);
		await answer(page);
		await page.getByRole('button', { name: 'Next question' }).click();
		expect((await counter(page)).k).toBe(2);

		await page.goto(`${QUIZ}?seed=12345`);
		await expect(page.getByText(/^Seed 12345:/)).toBeVisible();
		expect((await counter(page)).k).toBe(1);

		// Without the seed, the unfinished attempt comes back.
		await page.goto(QUIZ);
		await expect(page.locator('.quiz p.notice')).toContainText('Resumed where you left off');
		expect((await counter(page)).k).toBe(2);
	});

	test('"Try again with new questions" starts a new attempt with a new seed', async ({ page }) => {
		await page.goto(`${QUIZ}?seed=777`);
		const { n } = await counter(page);
		await expect(page.getByText(/^Seed 777:/)).toBeVisible();
		await page.getByRole('radio', { name: /^Exam/ }).check();
		for (let k = 1; k <= n; k++) await answer(page);
		await expect(page.getByRole('heading', { level: 2, name: /^Results: / })).toBeVisible();

		await page.getByRole('button', { name: 'Try again with new questions' }).click();
		await expect(page.getByRole('heading', { name: `Question 1 of ${n}` })).toBeFocused();
		const seed = page.getByText(/^Seed \d+:/);
		await expect(seed).toBeVisible();
		await expect(seed).not.toHaveText(/^Seed 777:/);
		await expect(live_region(page)).toHaveText('New questions ready.');
		// The mode carries over, and the new attempt has no answers yet.
		await expect(page.getByRole('radio', { name: /^Exam/ })).toBeChecked();
		await expect(page.getByRole('radio', { name: /^Practice/ })).toBeEnabled();
	});

	test('a typed answer with a one-letter slip is graded correct', async ({ page }) => {
		const lesson = expected_lessons().find((l) => `${l.path}quiz/` === QUIZ)!;
		const terms = lesson.terms;
		let term: string | undefined;
		for (let seed = 1; seed <= 60 && !term; seed++) {
			await page.goto(`${QUIZ}?seed=${seed}`);
			await expect(page.getByText(new RegExp(`^Seed ${seed}:`))).toBeVisible();
			if ((await item_kind(page)) !== 'fill-in') continue;
			const definition = plain((await question(page).locator('blockquote').textContent()) ?? '');
			term = terms.find((t) => plain(t.definition) === definition)?.term;
			expect(term, `a key term of the lesson is defined as “${definition}”`).toBeDefined();
			// Short terms tolerate no slip at all.
			if (term!.replace(/[^a-z]/gi, '').length <= 4) term = undefined;
		}
		expect(term, 'a seed whose first question is a fill-in').toBeDefined();

		const slip = one_letter_slip(term!);
		expect(slip).not.toEqual(term);
		await question(page).getByRole('textbox', { name: 'Your answer' }).fill(slip);
		await question(page)
			.getByRole('button', { name: /Check answer|Answer and finish/ })
			.click();
		await expect(feedback(page).locator('.verdict')).toHaveText('Correct.');
		await expect(feedback(page)).toContainText(`The term is “${term}”.`);
	});

	test('a fill-in item can be answered from a list instead', async ({ page }) => {
		let found = false;
		for (let seed = 1; seed <= 60 && !found; seed++) {
			await page.goto(`${QUIZ}?seed=${seed}`);
			await expect(page.getByText(new RegExp(`^Seed ${seed}:`))).toBeVisible();
			found = (await item_kind(page)) === 'fill-in';
		}
		expect(found, 'a seed whose first question is a fill-in').toBe(true);
		await question(page).getByRole('button', { name: 'Choose from a list instead' }).click();
		await expect(question(page).getByRole('textbox')).toHaveCount(0);
		await expect(question(page).getByRole('radio')).toHaveCount(4);
		await answer(page);
		await expect(feedback(page)).toBeVisible();
	});

	test('submitting without an answer explains what is missing', async ({ page }) => {
		await page.goto(QUIZ);
		await counter(page);
		await question(page).locator('button[type=submit]').click();
		await expect(question(page).getByRole('alert')).toHaveText(/^(Choose|Type)/);
		await expect(feedback(page)).toHaveCount(0);
	});
});
