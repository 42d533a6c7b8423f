import { expect, test, type Page } from '@playwright/test';
import { built_pages, host_policy } from './built_site';
import { expected_lessons } from './content';
import { answer, counter, header_due, let_routes_go } from './helpers';
import { at } from '../../src/lib/must';

/** The policy a page carries in its <meta> tag. */
async function meta_policy(page: Page) {
	return page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
}

/**
 * Records, from before the page's first script, every policy violation the page reports and
 * every console message about the policy.
 */
async function watch_violations(page: Page) {
	const reported: string[] = [];
	await page.exposeFunction('e2e_violation', (text: string) => reported.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { e2e_violation: (text: string) => void }).e2e_violation;
			report(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sample})`);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) reported.push(message.text());
	});
	return reported;
}

/** The page address for a built page: the host's 404 page is what an unknown address gets. */
const address = (page: string) => (page === '/404.html' ? '/no-such-page/' : page);

/** Every page of the build, in batches that each stay well within a test's time. */
function batches(size = 12) {
	const pages = built_pages();
	return Array.from({ length: Math.ceil(pages.length / size) }, (_, i) =>
		pages.slice(i * size, (i + 1) * size)
	);
}

/** Loads each page until it is live and checks it has the policy and reports no violation. */
async function visit_all(page: Page, pages: string[]) {
	const reported = await watch_violations(page);
	for (const path of pages) {
		await page.goto(address(path));
		// The header's review count shows once the app has started: every script has run.
		await header_due(page);
		const policy = await meta_policy(page);
		expect(policy, path).toMatch(/(^|; )script-src 'self' 'sha256-/);
		expect(policy, path).not.toContain('unsafe-inline');
		expect(policy, path).toContain("object-src 'none'");
		expect(policy, path).toContain("base-uri 'self'");
		// app.html's script ran (it marks the page as scripted before the first paint).
		expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
	}
	expect(reported).toEqual([]);
}

test.describe('content security policy', () => {
	for (const [i, pages] of batches().entries()) {
		test(`pages load under their <meta> policy with no violation (${i + 1})`, async ({ page }) => {
			await visit_all(page, pages);
		});
	}

	test.describe('sent as a header, as the README’s host samples do', () => {
		// A service worker would answer later navigations itself, past the header added here.
		test.use({ serviceWorkers: 'block' });
		test.afterEach(let_routes_go);

		for (const [i, pages] of batches().entries()) {
			test(`with frame-ancestors, pages load with no violation (${i + 1})`, async ({ page }) => {
				// The page's policy as a response header, which (unlike the <meta> tag, read after it)
				// also governs app.html's own script, and may carry frame-ancestors; with it, the
				// policy static/_headers has hosts send. A browser enforces every policy it gets.
				await page.route(
					(url) => built_pages().includes(url.pathname) || url.pathname === '/no-such-page/',
					async (route) => {
						const response = await route.fetch();
						const html = await response.text();
						const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
							html
						)?.[1];
						// A page without one fails in visit_all, which looks for the <meta> tag.
						if (!policy) return route.fulfill({ response, body: html });
						await route.fulfill({
							response,
							body: html,
							headers: {
								...response.headers(),
								'content-security-policy': `${policy}; frame-ancestors 'self', ${host_policy()}`
							}
						});
					}
				);
				await visit_all(page, pages);
			});
		}
	});

	test('a quiz answered to its results reports no violation', async ({ page }) => {
		const reported = await watch_violations(page);
		await page.goto(`${at(expected_lessons(), 0).path}quiz/`);
		const { n } = await counter(page);
		for (let k = 1; k <= n; k++) {
			await answer(page);
			const next = page.getByRole('button', { name: /^(Next question|See results)$/ });
			await next.click();
		}
		await expect(page.getByRole('heading', { name: /results/i }).first()).toBeVisible();
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
		expect(reported).toEqual([]);
	});
});
