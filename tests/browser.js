// Finds a Chromium for the end-to-end tests: CHROME_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. Run directly, it fails with install advice when none exists.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of the browser to launch, or undefined to let Playwright use its own. */
export function find_browser() {
	const chosen = process.env.CHROME_PATH;
	if (chosen) {
		if (!existsSync(chosen))
			throw new Error(`CHROME_PATH is set to ${chosen}, but no file is there.`);
		return { path: chosen, source: 'CHROME_PATH' };
	}
	const system = CANDIDATES.find((path) => existsSync(path));
	if (system) return { path: system, source: 'system' };
	const own = chromium.executablePath();
	if (own && existsSync(own)) return { path: undefined, source: 'playwright' };
	return undefined;
}

/** Flags for a headless Chromium in a container or CI, with no network chatter. */
export const BROWSER_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		const found = find_browser();
		if (!found) {
			console.error(
				'No Chromium found for the end-to-end tests. Install one of:\n' +
					'  - Debian/Ubuntu: sudo apt-get install chromium\n' +
					'  - Playwright’s own: npx playwright install chromium\n' +
					'or point CHROME_PATH at a Chromium or Chrome binary.'
			);
			process.exit(1);
		}
		console.log(`e2e browser: ${found.path ?? 'Playwright’s Chromium'} (${found.source})`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
