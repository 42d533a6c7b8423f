import { expect, test, type Page } from '@playwright/test';
import { built_paths, own_copy } from './built_site';
import { expected_documents, expected_lessons } from './content';
import {
	answer,
	counter,
	expect_accessible,
	header_due,
	stored,
	stored_answers,
	tab_until,
	verdict
} from './helpers';
import { at } from '../../src/lib/must';

// Each test serves its own copy of the build on its own origin: it can stop that server (the
// network is gone, not merely emulated away) or redeploy it, and no other test shares its
// service worker or caches. Every Playwright context starts with none of either.
let copy: Awaited<ReturnType<typeof own_copy>>;
test.beforeEach(async () => {
	copy = await own_copy();
});
test.afterEach(async () => {
	await copy.remove();
});

/** Waits until the service worker has stored the build and controls the page. */
async function controlled(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The paths stored in the page's caches, cache by cache. */
async function cached(page: Page) {
	return page.evaluate(async () => {
		const found: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			const requests = await (await caches.open(name)).keys();
			found[name] = requests.map((r) => new URL(r.url).pathname).sort();
		}
		return found;
	});
}

/** The site goes away: its server stops and the browser is offline. */
async function go_offline(page: Page) {
	await copy.stop();
	await page.context().setOffline(true);
}

// Not stored: the worker's own script (the browser keeps it, and fetches it to look for a new
// version), SvelteKit's version file, which exists to tell a newer deploy, and the host's
// header rules.
const NOT_STORED = new Set(['/service-worker.js', '/_app/version.json', '/_headers']);

test.describe('offline after one visit', () => {
	test('the first visit stores every page and file of the build', async ({ page }) => {
		await page.goto(`${copy.url}/`);
		await controlled(page);
		const caches = await cached(page);
		expect(Object.keys(caches)).toHaveLength(1);
		const expected = built_paths().filter((path) => !NOT_STORED.has(path));
		expect(Object.values(caches)[0]).toEqual(expected.sort());
	});

	test('with the network off, every stored path answers, JSON and pages alike', async ({
		page
	}) => {
		await page.goto(`${copy.url}/`);
		await controlled(page);
		await go_offline(page);
		const paths = built_paths().filter((path) => !NOT_STORED.has(path));
		const failed = await page.evaluate(async (paths) => {
			const failed: string[] = [];
			for (const path of paths) {
				const response = await fetch(path).catch((error: Error) => error);
				if (response instanceof Error) failed.push(`${path}: ${response.message}`);
				else if (!response.ok) failed.push(`${path}: ${response.status}`);
			}
			return failed;
		}, paths);
		expect(failed).toEqual([]);
		expect(paths).toContain('/quiz-data.json');
		expect(paths).toContain('/item-ids.json');
	});

	test('offline, a learner walks lessons, answers a new quiz and opens progress', async ({
		page
	}) => {
		const lessons = at(expected_documents(), 0).lessons;
		const first = at(lessons, 0);
		const all = expected_lessons();
		const quiz_lesson = at(all, all.length - 1);
		await page.goto(`${copy.url}/`);
		await controlled(page);
		await go_offline(page);

		// An address typed without its trailing slash is redirected as by the host.
		await page.goto(`${copy.url}${first.path.slice(0, -1)}`);
		expect(new URL(page.url()).pathname).toBe(first.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
		// Inside the app, by its links: pages it never showed before.
		for (const lesson of lessons.slice(1, 3)) {
			await page.locator('a[rel=next]').click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
		}

		// A quiz page not visited before: answered, graded and stored.
		await page.goto(`${copy.url}${quiz_lesson.path}quiz/`);
		await counter(page);
		await answer(page);
		expect(await verdict(page)).toMatch(/^(Correct|Partly right|Not quite)\.$/);
		expect(Object.keys(await stored_answers(page))).toHaveLength(1);
		// The header's count comes from /item-ids.json, read from the cache.
		expect(await header_due(page)).toBeGreaterThanOrEqual(0);

		// A seed link draws its quiz from /quiz-data.json, also stored.
		await page.goto(`${copy.url}/quiz/?seed=12345`);
		await expect(page.getByText(/^Seed 12345:/)).toBeVisible();
		await counter(page);

		await page.goto(`${copy.url}/progress/`);
		await expect(page.getByText('lessons read')).toBeVisible();
	});

	test('offline, an address the module does not have shows its page-not-found page', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${copy.url}/`);
		await controlled(page);
		await go_offline(page);
		const response = await page.goto(`${copy.url}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		// Its scripts came from the store too: its link leads back into the module.
		await page.getByRole('link', { name: 'See all lessons' }).click();
		await expect(page).toHaveURL(`${copy.url}/`);
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
		expect(errors).toEqual([]);
	});
});

test.describe('a new version', () => {
	test('is announced, keeps the page working, loads on Reload and keeps progress', async ({
		page
	}) => {
		const lesson = at(expected_lessons(), 0);
		const other = at(expected_lessons(), 1);
		await page.goto(`${copy.url}${lesson.path}quiz/`);
		await controlled(page);
		await counter(page);
		await answer(page);
		await verdict(page);
		const progress = await stored(page);
		expect(progress).not.toBeNull();
		const [old] = Object.keys(await cached(page));

		copy.redeploy('e2e-next');
		// A page load is when browsers look for a new worker.
		await page.reload();
		const notice = page.getByRole('status').filter({ hasText: 'A new version' });
		// The notice waits for the new build to be stored whole (some 120 files): on a loaded
		// machine that takes longer than an expectation's usual 5 s.
		await expect(notice).toHaveText(
			'A new version of this module is ready. Your progress is kept. Reload to update',
			{ timeout: 20_000 }
		);
		await expect_accessible(page, 'the new-version notice', { soft: false });
		// Both builds are stored; the old one still serves the page until the learner chooses.
		expect(Object.keys(await cached(page)).sort()).toEqual(
			[old, old!.replace(/ [^ ]+$/, ' e2e-next')].sort()
		);
		await page.goto(`${copy.url}${other.path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.title);
		await expect(notice).toContainText('A new version');

		await tab_until(page, (el) => el.textContent?.trim() === 'Reload to update', {
			what: 'the Reload to update button'
		});
		await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
		await header_due(page);
		await expect(page.getByText('A new version')).toHaveCount(0);
		expect(Object.keys(await cached(page))).toEqual([old!.replace(/ [^ ]+$/, ' e2e-next')]);
		expect(await stored(page)).toEqual(progress);
	});
});
