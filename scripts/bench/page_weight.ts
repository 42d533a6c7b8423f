import { CONDITIONS, launch_chromium, load_once, load_until_idle } from './browser';
import { js_weight, type PageJs } from './bundle';
import { kb, note, table } from './report';
import { serve_static } from '../static_server';

/** JS (gzip) and requests of one page in one state. */
export interface Weight {
	gzip_bytes: number;
	requests: number;
}

/** A page's weight (a) at start, (b) until idle with no action and, for a quiz, (c) answered. */
export interface PageWeight {
	name: string;
	/** From its HTML alone: what runs before it is hydrated (see `page_js`). */
	start: Weight;
	/** Everything it loads by itself, in Chromium, until the network is idle: what a learner downloads. */
	idle?: Weight;
	/** The same, with its first answer checked (the quiz page only). */
	answered?: Weight;
}

export type PageWeightResult =
	{ ok: true; pages: PageWeight[] } | { ok: false; reason: string; pages: PageWeight[] };

/**
 * Weighs each page (b) until idle and, where `answer` is set, (c) with its first answer checked,
 * in Chromium over a static server on `build`, on this machine (no throttling): requests are the
 * same however fast the page loads. `start` is (a), from `page_js`.
 */
export async function bench_page_weight(options: {
	build: string;
	pages: { name: string; path: string; start: PageJs; answer?: boolean }[];
}): Promise<PageWeightResult> {
	const pages: PageWeight[] = options.pages.map((page) => ({
		name: page.name,
		start: { gzip_bytes: page.start.gzip_bytes, requests: page.start.start_requests }
	}));
	const launched = await launch_chromium();
	if (!launched.ok) return { ...launched, pages };
	const site = await serve_static(options.build);
	const weigh = (fetched: { requests: number; scripts: string[] }) => ({
		gzip_bytes: js_weight(options.build, fetched.scripts).gzip_bytes,
		requests: fetched.requests
	});
	try {
		for (const [i, page] of options.pages.entries()) {
			const url = `${site.url}${page.path}`;
			const weight = pages[i]!;
			weight.idle = weigh(await load_until_idle(launched.browser, url));
			if (page.answer)
				weight.answered = weigh(await load_once(launched.browser, url, CONDITIONS[0]!));
		}
		return { ok: true, pages };
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { ok: false, reason: `a page load failed: ${message}`, pages };
	} finally {
		await launched.browser.close();
		await site.close();
	}
}

/**
 * Prints the weights. The JS budget is judged on (a), what a page needs to start; requests are
 * judged on each state, and (b) is what a learner downloads in all.
 */
export function report_page_weight(
	pages: PageWeight[],
	budget: { name: string; gzip_bytes: number; requests: number }
) {
	const judge = (within: boolean) => (within ? 'within' : 'OVER');
	const js = (page: PageWeight, weight: Weight | undefined, judged: boolean) =>
		!weight
			? ''
			: `${kb(weight.gzip_bytes)}${
					judged && page.name === budget.name
						? ` ${judge(weight.gzip_bytes <= budget.gzip_bytes)}`
						: ''
				}`;
	const requests = (page: PageWeight, weight: Weight | undefined) =>
		!weight
			? ''
			: `${weight.requests}${
					page.name === budget.name ? ` ${judge(weight.requests <= budget.requests)}` : ''
				}`;
	table([
		[
			'page',
			'(a) start: JS',
			'requests',
			'(b) idle: JS',
			'requests',
			'(c) answered: JS',
			'requests'
		],
		...pages.map((page) => [
			page.name,
			js(page, page.start, true),
			requests(page, page.start),
			js(page, page.idle, false),
			requests(page, page.idle),
			js(page, page.answered, false),
			requests(page, page.answered)
		])
	]);
	note(
		`Budget for the ${budget.name} page: ${kb(budget.gzip_bytes)} of JS at start (a), ` +
			`${budget.requests} requests, judged in each state.`
	);
	note('(a) at start: what its HTML loads before any script runs (the JS files above, the HTML');
	note('  and stylesheets); this is what the page needs to show itself and be hydrated.');
	note('(b) until idle: everything the page loads with no action, in Chromium, until the network');
	note('  is idle; a quiz page loads its engine (grading, saving, resuming, the review scheduler)');
	note('  once live, and every page the learner’s stored progress. (b) is the total a learner');
	note('  downloads; the budget is judged on (a).');
	note('(c) answered: the same with the first answer checked (the quiz page only).');
}

/** Prints what each page's HTML loads at start, file by file, against its budget if it has one. */
export function report_start_js(weights: (PageJs & { name: string; budget_bytes?: number })[]) {
	table([
		['page', 'file', 'JS files', 'raw', 'gzip', 'budget', 'inline scripts (gzip)'],
		...weights.map((w) => [
			w.name,
			w.page,
			String(w.files.length),
			kb(w.files.reduce((sum, f) => sum + f.bytes, 0)),
			kb(w.gzip_bytes),
			w.budget_bytes === undefined
				? ''
				: `${kb(w.budget_bytes)} ${w.gzip_bytes <= w.budget_bytes ? 'within' : 'OVER'}`,
			kb(w.inline.gzip_bytes)
		])
	]);
	note(
		'JS files: what the HTML loads and those files import, not what loads lazily. Inline ' +
			"scripts: SvelteKit's start-up with the page's data, and app.html's own; with " +
			"bundleStrategy 'inline', the whole app, which the JS files column then misses."
	);
}
