import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONDITIONS, launch_chromium, load_once, type LoadTiming } from './browser';
import { summarize, type Timing } from './measure';
import { static_quiz_html, type PlainOption } from './page_timing';
import { serve_static } from '../static_server';

export interface PageloadFigures {
	condition: string;
	label: string;
	static_clickable: Timing;
	static_checkable: Timing;
	quiz_clickable: Timing;
	quiz_hydrated: Timing;
	quiz_checkable: Timing;
	/** Median requests each page made until the network was idle after its first answer was checked. */
	static_requests: number;
	quiz_requests: number;
	quiz_script_requests: number;
	/** The scripts the quiz page fetched with its first answer checked (its last load), by URL path. */
	quiz_scripts: string[];
	/** Quiz page clickable time over the static page's. */
	clickable_ratio: number;
	/** Quiz page checkable time over the static page's; the budget is 2. */
	checkable_ratio: number;
}

export type PageloadResult =
	| { ok: true; browser: string; runs: number; figures: PageloadFigures[] }
	| { ok: false; reason: string };

const column = (timings: LoadTiming[], key: 'clickable' | 'hydrated' | 'checkable') =>
	summarize(timings.map((t) => t[key] ?? NaN));
const median_of = (timings: LoadTiming[], key: 'requests' | 'script_requests') =>
	summarize(timings.map((t) => t[key])).median_ms;

/**
 * Loads the built quiz page (`quiz_path` on a static server over `build`) and a plain HTML quiz
 * page `runs` times each, alternating so that noise falls on both alike, under each condition.
 */
export async function bench_pageload(options: {
	build: string;
	quiz_path: string;
	question: { stem: string; options: PlainOption[] };
	runs: number;
}): Promise<PageloadResult> {
	const launched = await launch_chromium();
	if (!launched.ok) return launched;
	const plain = mkdtempSync(join(tmpdir(), 'mobilize-bench-'));
	writeFileSync(join(plain, 'index.html'), static_quiz_html(options.question));
	const site = await serve_static(options.build);
	const static_site = await serve_static(plain);
	try {
		const figures: PageloadFigures[] = [];
		for (const condition of CONDITIONS) {
			const quiz: LoadTiming[] = [];
			const simple: LoadTiming[] = [];
			for (let run = 0; run < options.runs; run++) {
				simple.push(await load_once(launched.browser, `${static_site.url}/`, condition));
				quiz.push(await load_once(launched.browser, `${site.url}${options.quiz_path}`, condition));
			}
			const static_clickable = column(simple, 'clickable');
			const quiz_clickable = column(quiz, 'clickable');
			const static_checkable = column(simple, 'checkable');
			const quiz_checkable = column(quiz, 'checkable');
			figures.push({
				condition: condition.name,
				label: condition.label,
				static_clickable,
				static_checkable,
				quiz_clickable,
				quiz_hydrated: column(quiz, 'hydrated'),
				quiz_checkable,
				static_requests: median_of(simple, 'requests'),
				quiz_requests: median_of(quiz, 'requests'),
				quiz_script_requests: median_of(quiz, 'script_requests'),
				quiz_scripts: quiz.at(-1)?.scripts ?? [],
				clickable_ratio: quiz_clickable.median_ms / static_clickable.median_ms,
				checkable_ratio: quiz_checkable.median_ms / static_checkable.median_ms
			});
		}
		return {
			ok: true,
			browser: `${launched.executable} (${launched.browser.version()})`,
			runs: options.runs,
			figures
		};
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { ok: false, reason: `a page load failed: ${message}` };
	} finally {
		await launched.browser.close();
		await site.close();
		await static_site.close();
		rmSync(plain, { recursive: true, force: true });
	}
}
