import { expect, test, type Page } from '@playwright/test';
import {
	another_quiz_lesson,
	expected_documents,
	mixed_quiz_lesson,
	table_lesson,
	type QuizKind
} from './content';
import {
	answer,
	counter,
	expect_accessible,
	feedback,
	header_due,
	item_kind,
	STORAGE_KEY
} from './helpers';
import { at } from '../../src/lib/must';

// A lesson with a table, and a quiz whose feedback comes in every form: choices, matching, fill-in.
const LESSON = (table_lesson() ?? at(at(expected_documents(), 0).lessons, 0)).path;
const QUIZ_LESSON = mixed_quiz_lesson();
const QUIZ = `${QUIZ_LESSON?.path}quiz/`;
const NO_QUIZ = 'no lesson in content/ has a quiz that mixes choices, matching and fill-in';

/** Waits until a route has rendered what it shows once its scripts have run. */
async function settle(page: Page, path: string) {
	if (path.endsWith('/quiz/') || path === '/check/') await counter(page);
	else if (path === '/review/')
		await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
	else if (path === '/progress/') await expect(page.getByText('lessons read')).toBeVisible();
	else if (path === '/teach/results/')
		await expect(page.getByText('No results yet: import some above.')).toBeVisible();
	// The header's review count shows once progress is loaded: hydration is done.
	await header_due(page);
}

/** Visits each path in one page and checks each with axe; every failure is reported. */
async function check_routes(page: Page, paths: string[]) {
	for (const path of paths) {
		await page.goto(path);
		await settle(page, path);
		await expect_accessible(page, path);
	}
}

/**
 * Answers a quiz in practice mode up to its first question of one of `kinds` (any, if none is
 * named), and answers that one, so its feedback shows.
 */
async function with_feedback(
	page: Page,
	path = QUIZ,
	{ miss = false, kinds = [] as QuizKind[] } = {}
) {
	await page.goto(path);
	const { n } = await counter(page);
	for (let k = 1; kinds.length && !kinds.includes(await item_kind(page)); k++) {
		expect(k, `a question of kind ${kinds.join(' or ')} in ${path}`).toBeLessThan(n);
		await answer(page);
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	await answer(page, { miss });
	await expect(feedback(page)).toBeVisible();
}

const documents = expected_documents();

/** Every route, in batches small enough to run in parallel and well within the time limit. */
const batches: { name: string; paths: string[] }[] = [
	{
		name: 'home, modules, mixed test and quick check',
		paths: ['/', ...documents.map((d) => `/${d.slug}/`), '/quiz/', '/check/']
	},
	{
		name: 'module quizzes, review and progress',
		paths: [
			...documents.map((d) => `/${d.slug}/quiz/`),
			'/review/',
			'/progress/',
			'/teach/results/'
		]
	},
	...documents.flatMap((d) => [
		{ name: `the lessons of “${d.title}”`, paths: d.lessons.map((l) => l.path) },
		{ name: `the lesson quizzes of “${d.title}”`, paths: d.lessons.map((l) => `${l.path}quiz/`) }
	])
];

test.describe('accessibility', () => {
	for (const batch of batches) {
		test(`${batch.name} have no axe violations`, async ({ page }) => {
			test.setTimeout(20_000 + batch.paths.length * 5_000);
			await check_routes(page, batch.paths);
		});
	}

	test('the 404 page has no axe violations', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await header_due(page);
		await expect_accessible(page, '/no-such-page/ (404)');
	});

	test('a quiz with feedback shown, and its results, have no axe violations', async ({ page }) => {
		test.skip(!QUIZ_LESSON, NO_QUIZ);
		await with_feedback(page);
		await expect_accessible(page, `${QUIZ} with feedback`);

		// A matching item's feedback marks every pair; a fill-in shows the typed-answer line.
		const { k: first, n } = await counter(page);
		for (let k = first; k < n; k++) {
			await page.getByRole('button', { name: 'Next question' }).click();
			await answer(page);
			await expect(feedback(page)).toBeVisible();
			if (k === 3) await expect_accessible(page, `${QUIZ} with feedback on question ${k + 1}`);
		}
		await page.getByRole('button', { name: 'See results' }).click();
		await expect(page.getByRole('heading', { level: 2, name: /^Results: / })).toBeVisible();
		await expect_accessible(page, `${QUIZ} results`);
	});

	test('review with a due question, progress with history and notices have no axe violations', async ({
		page
	}) => {
		test.skip(!QUIZ_LESSON, NO_QUIZ);
		// Finish the quick check, so the progress page has a chart and something may be due.
		await page.goto('/check/');
		const { n } = await counter(page);
		for (let k = 1; k <= n; k++) {
			await answer(page);
			await page.getByRole('button', { name: k < n ? 'Next question' : 'See results' }).click();
		}
		await expect(page.getByRole('heading', { level: 2, name: /^Results: / })).toBeVisible();
		await expect_accessible(page, '/check/ results');

		// Miss a fill-in-or-matching question for certain by answering the lesson quiz badly.
		await with_feedback(page, QUIZ, { miss: true, kinds: ['fill-in', 'matching'] });
		await page.goto('/review/');
		await counter(page);
		await expect_accessible(page, '/review/ with a question due');

		// Unreadable data set aside: a notice with a download button, and the backup listed.
		await page.evaluate((key) => {
			localStorage.setItem(key, '{not json');
		}, STORAGE_KEY);
		await page.goto('/progress/');
		await expect(page.getByRole('alert')).toContainText('not readable');
		await expect(page.getByRole('heading', { name: 'Data set aside' })).toBeVisible();
		await expect_accessible(page, '/progress/ with a notice and set-aside data');

		await page.getByRole('button', { name: 'Forget this device' }).click();
		await expect(page.getByRole('button', { name: 'Yes, forget everything' })).toBeFocused();
		await expect_accessible(page, '/progress/ asking to forget');
	});

	test('a page at 360 px wide has no axe violations', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await check_routes(page, ['/', LESSON]);
	});
});

test.describe('accessibility of the classroom pages', () => {
	test('the builder, an assignment, its hand-in, a bad link and the print pages have no axe violations', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.goto('/teach/');
		await header_due(page);
		await expect_accessible(page, '/teach/ empty');
		await page.getByRole('textbox', { name: 'Title' }).fill('Axe check');
		await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
		const box = page.getByRole('textbox', { name: 'The assignment’s link' });
		await expect(box).toHaveValue(/#1\./);
		await expect_accessible(page, '/teach/ with a link and preview');
		// The LMS downloads, enabled, with a format's report opened by a download.
		await page.getByRole('button', { name: 'Download GIFT' }).click();
		await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
		await expect_accessible(page, '/teach/ with an export report open');
		const link = await box.inputValue();

		await page.goto(link);
		const { n } = await counter(page);
		await expect_accessible(page, '/assignment/ at its first question');
		await page.getByRole('textbox', { name: 'Your name or class number' }).fill('Sam');
		for (let k = 1; k <= n; k++) {
			await expect(page.getByRole('heading', { name: `Question ${k} of ${n}` })).toBeVisible();
			await answer(page);
		}
		await expect(page.getByRole('heading', { name: 'Hand in your result' })).toBeVisible();
		await expect_accessible(page, '/assignment/ hand-in and results');

		await page.goto(link.slice(0, -10));
		await expect(
			page.getByRole('heading', { name: 'This assignment link cannot be opened' })
		).toBeVisible();
		await expect_accessible(page, '/assignment/ with a cut link');

		await page.goto(link.replace('/assignment/', '/assignment/print/'));
		await expect(page.getByRole('heading', { level: 1, name: 'Axe check' })).toBeVisible();
		await expect_accessible(page, '/assignment/print/ worksheet');
		await page.getByRole('radio', { name: 'Answer key' }).check();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Axe check: answer key' })
		).toBeVisible();
		await expect_accessible(page, '/assignment/print/ answer key');
	});
});

test.describe('accessibility in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('home, a lesson and a quiz with feedback have no axe violations', async ({ page }) => {
		test.skip(!QUIZ_LESSON, NO_QUIZ);
		await check_routes(page, ['/', LESSON]);
		// Matching answered with one option for every concept: "Partly right." and its colours.
		await with_feedback(page, QUIZ, { miss: true, kinds: ['matching'] });
		await expect(feedback(page).locator('.verdict')).toHaveText('Partly right.');
		await expect_accessible(page, `${QUIZ} with feedback (dark)`);
		const other = `${another_quiz_lesson(QUIZ_LESSON)!.path}quiz/`;
		await with_feedback(page, other);
		await expect_accessible(page, `${other} with feedback (dark)`);
	});
});
