import { expect, test } from '@playwright/test';
import {
	document_of,
	expected_documents,
	expected_lessons,
	expected_site,
	mixed_quiz_lesson,
	table_lesson
} from './content';
import { counter, plain, tab_until } from './helpers';
import { at } from '../../src/lib/must';

// A lesson whose page has an "At a glance" table: the widest thing a lesson shows.
const TABLE_LESSON = table_lesson();
const NO_TABLE = 'no lesson in content/ teaches a value of an attribute, so none has a table';

test.describe('lessons', () => {
	test('the home page lists every lesson of every document, in order', async ({ page }) => {
		await page.goto('/');
		for (const doc of expected_documents()) {
			const module = page.locator('section.module', {
				has: page.getByRole('heading', { name: doc.title })
			});
			await expect(module.locator('ol li > a')).toHaveText(doc.lessons.map((l) => l.title));
		}
	});

	for (const lesson of expected_lessons()) {
		test(`lesson ${lesson.path} shows its title, objectives, terms, takeaway and source`, async ({
			page
		}) => {
			await page.goto(lesson.path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
			await expect(page.locator('main')).toContainText(`Source: section “${lesson.section}”`);

			const objectives = page.getByRole('region', { name: 'In this lesson you will' });
			await expect(objectives.getByRole('listitem')).toHaveText(lesson.objectives);

			const terms = page.getByRole('region', { name: 'Key terms' });
			await expect(terms.locator('dt')).toHaveText(lesson.terms.map((t) => t.term));
			await expect(terms.locator('dd')).toHaveText(lesson.terms.map((t) => t.definition));

			const takeaway = page.getByRole('region', { name: 'Takeaway' });
			await expect(takeaway.locator('p')).toHaveText(lesson.takeaway);

			const headings = await page.locator('main .body h2').allTextContents();
			expect(headings.map(plain)).toEqual(lesson.headings.map(plain));
		});
	}

	test('a keyboard walk by the "Next" links visits every lesson in order', async ({ page }) => {
		test.slow();
		const lessons = expected_lessons();
		const first = at(lessons, 0);
		await page.goto(first.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
		for (const lesson of lessons.slice(1)) {
			await tab_until(page, 'a[rel=next]', { max: 150, what: 'the Next link' });
			await page.keyboard.press('Enter');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
			await expect(page).toHaveURL(lesson.path);
		}
		// The last lesson has no Next link; it leads on to the mixed test instead.
		await expect(page.locator('a[rel=next]')).toHaveCount(0);
		await expect(page.getByRole('link', { name: /Finished.*Take the mixed test/ })).toBeVisible();
	});

	test('the skip link is the first Tab stop and moves focus to the main content', async ({
		page
	}) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#main')).toBeFocused();
		// The next Tab stop is inside main, not back in the header.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
	});

	test('a module notes the sections its source leaves empty', async ({ page }) => {
		const doc = expected_documents().find((d) => d.not_covered.length > 0);
		test.skip(!doc, 'no document in content/ marks a section of its source as not covered');
		await page.goto(`/${doc!.slug}/`);
		await expect(
			page.getByRole('heading', { level: 2, name: 'Not covered by the source' })
		).toBeVisible();
		const list = page.locator('h2#not-covered ~ ul').first();
		await expect(list.locator('li strong')).toHaveText(doc!.not_covered);
		for (const name of doc!.not_covered) await expect(list).toContainText(name);
	});

	test('an unknown address shows "Page not found" with a way home', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.locator('main')).toContainText('/no-such-page/');
		const home = page.locator('main').getByRole('link', { name: 'See all lessons' });
		await expect(home).toHaveAttribute('href', '/');
		await home.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected_site().title);
	});

	test('the static 404.html fallback shows "Page not found" too', async ({ page }) => {
		await page.goto('/404.html');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page).toHaveTitle('Page not found · Mobilize');
		await expect(
			page.locator('main').getByRole('link', { name: 'See all lessons' })
		).toHaveAttribute('href', '/');
	});
});

test.describe('lessons without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a lesson’s text and comparison table render without JavaScript', async ({ page }) => {
		test.skip(!TABLE_LESSON, NO_TABLE);
		const lesson = TABLE_LESSON!;
		await page.goto(lesson.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
		const headings = await page.locator('main .body h2').allTextContents();
		expect(headings.map(plain)).toEqual(lesson.headings.map(plain));
		await expect(page.locator('main .body p').first()).not.toBeEmpty();

		const table = page.getByRole('table');
		await expect(table).toBeVisible();
		const concepts = document_of(lesson).concepts;
		expect(concepts.length).toBeGreaterThan(1);
		await expect(table.getByRole('columnheader')).toHaveText(['Attribute', ...concepts]);
		expect(lesson.table_rows.length).toBeGreaterThan(0);
		await expect(table.getByRole('rowheader')).toHaveText(lesson.table_rows);
		await expect(table.locator('tbody td').first()).not.toBeEmpty();
		await expect(page.getByRole('region', { name: 'Takeaway' })).toContainText(lesson.takeaway);
	});

	test('every lesson page has its text without JavaScript', async ({ page }) => {
		for (const lesson of expected_lessons()) {
			await page.goto(lesson.path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
			await expect(page.locator('main .body h2')).toHaveCount(lesson.headings.length);
		}
	});

	test('a quiz page says what needs JavaScript', async ({ page }) => {
		await page.goto(`${at(expected_lessons(), 0).path}quiz/`);
		// Playwright turns scripts off after parsing, so <noscript> stays text: check it is there.
		await expect(page.locator('main noscript')).toHaveCount(1);
		expect(await page.locator('main noscript').textContent()).toMatch(
			/answers are not saved to your progress/
		);
	});
});

test.describe('lessons on a narrow screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	// The lesson with a table, and a quiz with a matching item: their widest content.
	const quiz = mixed_quiz_lesson();
	const pages = ['/', TABLE_LESSON?.path ?? NO_TABLE, `${quiz?.path}quiz/`, '/progress/'];
	for (const path of pages) {
		test(`${path} does not scroll sideways at 360 px`, async ({ page }) => {
			test.skip(path === NO_TABLE, NO_TABLE);
			test.skip(!quiz && path.endsWith('/quiz/'), 'no lesson in content/ has a mixed quiz');
			await page.goto(path);
			if (path.endsWith('/quiz/')) await counter(page);
			if (path === '/progress/') await expect(page.getByText('lessons read')).toBeVisible();
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(360);
		});
	}
});
