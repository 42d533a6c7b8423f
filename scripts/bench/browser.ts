import { existsSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { page_timing_script } from './page_timing';

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];
const WAIT_MS = 20_000;

/** How a page is loaded: as on this machine, or slowed the way Lighthouse emulates a phone. */
export interface Condition {
	name: string;
	label: string;
	cpu_slowdown: number;
	network?: { latency_ms: number; down_kbps: number; up_kbps: number };
}

export const CONDITIONS: Condition[] = [
	{ name: 'local', label: 'loopback, no throttling', cpu_slowdown: 1 },
	{
		name: 'mobile',
		label: '4× CPU slowdown, 150 ms latency, 1.6 Mbit/s down (Lighthouse mobile emulation)',
		cpu_slowdown: 4,
		network: { latency_ms: 150, down_kbps: 1600, up_kbps: 750 }
	}
];

export type Launched =
	{ ok: true; browser: Browser; executable: string } | { ok: false; reason: string };

/** Chromium from CHROME_PATH, else /usr/bin/chromium, else Playwright's own; never throws. */
export async function launch_chromium(): Promise<Launched> {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(
		(path): path is string => !!path && existsSync(path)
	);
	const executable = candidates[0];
	try {
		const { chromium } = await import('@playwright/test');
		const browser = await chromium.launch({ executablePath: executable, args: ARGS });
		return { ok: true, browser, executable: executable ?? "Playwright's bundled Chromium" };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { ok: false, reason: `Chromium could not be launched (${message})` };
	}
}

/** Milliseconds from navigation start, as the page measured them, and what it requested. */
export interface LoadTiming {
	clickable: number;
	hydrated?: number;
	checkable: number;
	/** Requests the page made until the network was idle after it loaded and was answered. */
	requests: number;
	/** Of which for scripts (files or modules). */
	script_requests: number;
	/** The URL paths of those scripts, to weigh them (see `js_weight`). */
	scripts: string[];
}

/**
 * Loads `url` once in a fresh context (empty cache and storage) and returns once its first
 * answer was checkable (see {@link page_timing_script}) and the network has been idle for
 * 500 ms after the load event, so that everything it fetches to start up is counted.
 */
export async function load_once(
	browser: Browser,
	url: string,
	condition: Condition
): Promise<LoadTiming> {
	const context = await browser.newContext();
	try {
		await context.addInitScript({ content: page_timing_script() });
		const page = await context.newPage();
		const fetched = count_requests(page);
		const cdp = await context.newCDPSession(page);
		if (condition.cpu_slowdown > 1) {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu_slowdown });
		}
		if (condition.network) {
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: condition.network.latency_ms,
				downloadThroughput: (condition.network.down_kbps * 1000) / 8,
				uploadThroughput: (condition.network.up_kbps * 1000) / 8
			});
		}
		await page.goto(url, { waitUntil: 'commit' });
		// A function, not a string: Playwright polls a string by `new Function` in the page, which
		// the site's Content-Security-Policy (no 'unsafe-eval') refuses.
		await page.waitForFunction(
			() =>
				(window as unknown as { __bench?: { checkable?: number } }).__bench?.checkable !==
				undefined,
			null,
			{ timeout: WAIT_MS, polling: 'raf' }
		);
		await page.waitForLoadState('networkidle', { timeout: WAIT_MS });
		const timing =
			await page.evaluate<Omit<LoadTiming, 'requests' | 'script_requests' | 'scripts'>>(
				'window.__bench'
			);
		return { ...timing, ...fetched };
	} finally {
		await context.close();
	}
}

/** Counts what `page` requests from now on: everything, and the scripts by URL path. */
function count_requests(page: Page) {
	const fetched = { requests: 0, script_requests: 0, scripts: [] as string[] };
	page.on('request', (request) => {
		fetched.requests++;
		if (request.resourceType() !== 'script') return;
		fetched.script_requests++;
		fetched.scripts.push(new URL(request.url()).pathname);
	});
	return fetched;
}

/**
 * Loads `url` once in a fresh context (empty cache and storage), as on this machine, and does
 * nothing in it: what the page fetches until the network has been idle for 500 ms after its load
 * event, everything it loads by itself (a quiz page's engine included).
 */
export async function load_until_idle(browser: Browser, url: string) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const fetched = count_requests(page);
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle', { timeout: WAIT_MS });
		return fetched;
	} finally {
		await context.close();
	}
}
