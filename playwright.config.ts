import { createServer, type AddressInfo } from 'node:net';
import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, find_browser } from './tests/browser.js';
import { BUILD_DIR } from './tests/e2e/built_site';

/** A port no server is using now; the tests start their own server there. */
function free_port() {
	return new Promise<number>((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => done(port));
		});
	});
}

// Chosen once by the runner; its workers inherit it through the environment.
process.env.E2E_PORT ??= String(await free_port());
const PORT = Number(process.env.E2E_PORT);
/** The tests' own build, apart from `build/`, which `npm start` may be serving. */
const BUILD = BUILD_DIR;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
	timeout: 30_000,
	// Twice Playwright's default 5 s: on a 2-core runner with two browsers, the tests' server and
	// the module's own (`.ci/run` tests with `npm start` serving) busy, a check waited 4.5-5.6 s.
	expect: { timeout: 10_000 },
	// Never a server the tests did not start: they build and serve their own copy of the site.
	webServer: {
		command: `vite build --logLevel warn && tsx scripts/serve.ts ${BUILD} --port ${PORT}`,
		env: { E2E_BUILD: BUILD },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe'
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: find_browser()?.path, args: BROWSER_ARGS },
		trace: 'retain-on-failure',
		// Pages show times on the learner's clock; the tests quote them in UTC on every machine.
		timezoneId: 'UTC'
	}
});
