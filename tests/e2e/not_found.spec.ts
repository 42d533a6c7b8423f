import { expect, test } from '@playwright/test';
import { request } from 'node:http';

/** The status the server sends for `path`, requested exactly as written. */
function status_of(base: string, path: string) {
	const { hostname, port } = new URL(base);
	return new Promise<number>((done, fail) => {
		const req = request({ host: hostname, port, path }, (response) => {
			response.resume();
			done(response.statusCode ?? 0);
		});
		req.once('error', fail);
		req.end();
	});
}

test.describe('addresses that name no page', () => {
	for (const path of [
		'/%E0%A4%A/',
		'/%/',
		'/%E0%A4%A',
		'/quiz/%E0%A4%A/',
		'//host/',
		'//host/x/'
	]) {
		test(`${path} shows the 404 page without a page error`, async ({ page, baseURL }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			expect(await status_of(baseURL!, path)).toBe(404);
			// Absolute, or `//host/` would be taken for a protocol-relative address.
			await page.goto(`${baseURL}${path}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(page.locator('main')).toContainText(`There is no page at ${path}`);
			// The page is interactive: its links lead back into the module.
			await page.getByRole('link', { name: 'See all lessons' }).click();
			await expect(page).toHaveURL(/\/$/);
			await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
			expect(errors).toEqual([]);
		});
	}
});
