// What a learner meets on small and large screens: layout, read markers, wording, no-JS pages.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expected_documents, expected_lessons } from './content';
import { answer, counter, header_due, item_kind, plain, question } from './helpers';
import { at } from '../../src/lib/must';

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

/** Answers every question of the quick check, so one attempt is finished. */
async function finish_quick_check(page: Page) {
	await page.goto('/check/');
	const { n } = await counter(page);
	for (let i = 0; i < n; i++) {
		await answer(page);
		await question(page)
			.getByRole('button', { name: i === n - 1 ? 'See results' : 'Next question' })
			.click();
	}
	await expect(page.getByRole('heading', { level: 2, name: /^Results/ })).toBeVisible();
}

/** Marks the first lesson read the way a learner does: by scrolling to its takeaway. */
async function read_first_lesson(page: Page) {
	const lesson = at(expected_lessons(), 0);
	await page.goto(lesson.path);
	await header_due(page);
	await page.getByRole('region', { name: 'Takeaway' }).scrollIntoViewIfNeeded();
	await expect(page.locator('.meta .read')).toHaveText('✓ Read');
	return lesson;
}

/** The rows of every "Lessons" table on the progress page, one per lesson. */
function lesson_rows(page: Page) {
	return page.getByRole('table', { name: 'Lessons' }).locator('tbody tr');
}

test.describe('the progress page at phone and desktop widths', () => {
	test('at 360 px every lesson row fits, due count included, and nothing scrolls sideways', async ({
		page
	}) => {
		await page.setViewportSize(PHONE);
		await page.goto('/progress/');
		const rows = lesson_rows(page);
		await expect(rows).toHaveCount(expected_lessons().length);
		for (let i = 0; i < (await rows.count()); i++) {
			// The last cell, the due count, must be on screen, not cut off by a hidden scroll.
			const due = rows.nth(i).locator('td').last();
			await expect(due).toHaveText(/^\d+$/);
			const box = (await due.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
			const clipped = await due.evaluate((cell) => {
				const own = cell.getBoundingClientRect();
				for (let box = cell.parentElement; box; box = box.parentElement) {
					const frame = box.getBoundingClientRect();
					if (getComputedStyle(box).overflowX !== 'visible' && own.right > frame.right + 0.5)
						return true;
				}
				return false;
			});
			expect(clipped, `row ${i + 1}'s due count is cut off`).toBe(false);
		}
		// Each stacked cell names its column, since the header row is hidden at this width.
		const label = await rows
			.first()
			.locator('td')
			.last()
			.evaluate((cell) => getComputedStyle(cell, '::before').content);
		expect(label).toContain('Due for review');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
	});

	test('at 1280 px "Not yet" sits on one line', async ({ page }) => {
		await page.setViewportSize(DESKTOP);
		await page.goto('/progress/');
		const cells = page.getByRole('cell', { name: 'Not yet', exact: true });
		await expect(cells.first()).toBeVisible();
		const lines = await cells.evaluateAll((elements) =>
			elements.map((element) => {
				const range = document.createRange();
				range.selectNodeContents(element);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			})
		);
		for (const count of lines) expect(count).toBe(1);
	});

	test('mastery states the figures its rule uses', async ({ page }) => {
		await page.goto('/progress/');
		const cell = lesson_rows(page).first().locator('td').nth(1);
		await expect(cell).toHaveText(
			/^Not started — (none of its \d+ facts answered yet|its one fact not answered yet)$/
		);
		await expect(page.locator('main')).not.toContainText('facts right');
	});

	for (const viewport of [PHONE, DESKTOP]) {
		test(`at ${viewport.width} px the score chart's text is at least 12 px and not clipped`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await finish_quick_check(page);
			await page.goto('/progress/');
			const chart = page.getByRole('img', { name: /finished quiz/ });
			const labels = await chart.evaluate((svg) => {
				const frame = svg.getBoundingClientRect();
				const scale = frame.width / (svg as SVGSVGElement).viewBox.baseVal.width;
				return [...svg.querySelectorAll('text')].map((text) => {
					const box = text.getBoundingClientRect();
					return {
						text: text.textContent,
						px: parseFloat(getComputedStyle(text).fontSize) * scale,
						inside:
							box.left >= frame.left - 0.5 &&
							box.right <= frame.right + 0.5 &&
							box.top >= frame.top - 0.5 &&
							box.bottom <= frame.bottom + 0.5
					};
				});
			});
			expect(labels.map((l) => l.text)).toContain('100%');
			for (const label of labels) {
				expect(label.px, `“${label.text}” in px`).toBeGreaterThanOrEqual(12);
				expect(label.inside, `“${label.text}” inside the chart`).toBe(true);
			}
			// One finished quiz is spoken of in the singular, with no range.
			await expect(chart).toHaveAccessibleName(/^Score of your finished quiz: \d+%\.$/);
		});
	}
});

test.describe('the progress page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('says that progress needs JavaScript instead of loading forever', async ({ page }) => {
		await page.goto('/progress/');
		await expect(page.getByText('Loading your progress…')).toBeHidden();
		await expect(page.getByText(/this page needs JavaScript to read it/)).toBeVisible();
	});
});

test.describe('lesson lists and pages', () => {
	test('the module and home pages mark a read lesson, spaced from its reading time', async ({
		page
	}) => {
		const lesson = await read_first_lesson(page);
		await expect(page.locator('.meta')).toContainText(/”\s·\s✓ Read$/);
		for (const path of [`/${lesson.document}/`, '/']) {
			await page.goto(path);
			const item = page.locator('ol.lessons li', {
				has: page.getByRole('link', { name: lesson.title, exact: true })
			});
			await expect(item.first().locator('.meta')).toHaveText(/^\d+ min read\s·\s✓ Read$/);
		}
	});

	test('the module page names its source by title, not by file name', async ({ page }) => {
		for (const doc of expected_documents()) {
			const folder = readdirSync('content').find((f) => f.replace(/^\d+-/, '') === doc.slug)!;
			const { source } = parse(readFileSync(`content/${folder}/document.yaml`, 'utf8')) as {
				source: string;
			};
			await page.goto(`/${doc.slug}/`);
			const section = page.locator('main');
			await expect(section).toContainText(`source document “${doc.title}”`);
			await expect(section).not.toContainText(source);
		}
	});

	test('the home page lists sections the source does not cover one by one', async ({ page }) => {
		const documents = expected_documents().filter((doc) => doc.not_covered.length > 0);
		test.skip(!documents.length, 'no document in content/ marks a section as not covered');
		await page.goto('/');
		for (const doc of documents) {
			const list = page.getByRole('list', { name: /^Not covered/ }).filter({
				hasText: doc.not_covered[0]
			});
			await expect(list.getByRole('listitem')).toHaveText(doc.not_covered);
		}
	});

	test('a link from one lesson to another names the lesson it leads to', async ({ page }) => {
		const titles = new Map(expected_lessons().map((l) => [l.path, plain(l.title).toLowerCase()]));
		for (const lesson of expected_lessons()) {
			await page.goto(lesson.path);
			const links = await page.locator('main .body a[href]').evaluateAll((anchors) =>
				anchors.map((a) => ({
					text: a.textContent ?? '',
					path: new URL((a as HTMLAnchorElement).href).pathname
				}))
			);
			for (const link of links) {
				const title = titles.get(link.path);
				expect(title, `${lesson.path} links to ${link.path}, which is a lesson`).toBeDefined();
				expect(plain(link.text).toLowerCase(), `link on ${lesson.path}`).toBe(title);
			}
		}
	});
});

test.describe('quiz options', () => {
	for (const viewport of [PHONE, DESKTOP]) {
		test(`at ${viewport.width} px each radio sits on the first line of its option`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			let found = false;
			for (let seed = 1; seed <= 30 && !found; seed++) {
				await page.goto(`/quiz/?seed=${seed}`);
				await expect(page.getByText(new RegExp(`^Seed ${seed}:`))).toBeVisible();
				found = (await item_kind(page)) === 'choice';
			}
			expect(found, 'a seed whose first question is a choice').toBe(true);
			const offsets = await page
				.locator('ul.choices label, fieldset.mode label')
				.evaluateAll((labels) =>
					labels.map((label) => {
						const radio = label.querySelector('input')!.getBoundingClientRect();
						const range = document.createRange();
						const text = [...label.childNodes].find(
							(n) => n.textContent?.trim() && n.nodeName !== 'INPUT'
						)!;
						range.selectNodeContents(text);
						const first = range.getClientRects().item(0);
						if (!first) throw new Error(`label "${label.textContent}" has no text box`);
						return radio.top + radio.height / 2 - (first.top + first.height / 2);
					})
				);
			expect(offsets.length).toBeGreaterThan(2);
			for (const offset of offsets) expect(Math.abs(offset)).toBeLessThanOrEqual(3);
		});
	}
});
