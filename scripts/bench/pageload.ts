import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONDITIONS, launch_chromium, load_once, type LoadTiming } from './browser';
import { summarize, type Timing } from './measure';
import { static_quiz_html } from './page_timing';
import { serve_static } from '../static_server';

export interface PageloadFigures {
	condition: string;
	label: string;
	static_clickable: Timing;
	quiz_clickable: Timing;
	quiz_hydrated: Timing;
	quiz_interactive: Timing;
	/** Quiz page clickable time over the static page's; the budget is 2. */
	clickable_ratio: number;
	interactive_ratio: number;
}

export type PageloadResult =
	| { ok: true; browser: string; runs: number; figures: PageloadFigures[] }
	| { ok: false; reason: string };

const column = (timings: LoadTiming[], key: keyof LoadTiming) =>
	summarize(timings.map((t) => t[key] ?? NaN));

/**
 * Loads the built quiz page (`quiz_path` on a static server over `build`) and a plain HTML quiz
 * page `runs` times each, alternating so that noise falls on both alike, under each condition.
 */
export async function bench_pageload(options: {
	build: string;
	quiz_path: string;
	question: { stem: string; options: string[] };
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
				simple.push(await load_once(launched.browser, `${static_site.url}/`, condition, false));
				quiz.push(
					await load_once(launched.browser, `${site.url}${options.quiz_path}`, condition, true)
				);
			}
			const static_clickable = column(simple, 'clickable');
			const quiz_clickable = column(quiz, 'clickable');
			const quiz_interactive = column(quiz, 'interactive');
			figures.push({
				condition: condition.name,
				label: condition.label,
				static_clickable,
				quiz_clickable,
				quiz_hydrated: column(quiz, 'hydrated'),
				quiz_interactive,
				clickable_ratio: quiz_clickable.median_ms / static_clickable.median_ms,
				interactive_ratio: quiz_interactive.median_ms / static_clickable.median_ms
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
