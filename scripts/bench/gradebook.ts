/**
 * The gradebook's import, measured in Chromium: the built /teach/results/ page is given N result
 * files at once through its file picker, as a teacher would, and the page itself times from the
 * picker's change event to the report ("Imported N results.") being on screen, so the figure
 * covers reading, checking, storing in IndexedDB and drawing the tables, but not the automation
 * handing the files over. Storage is the browser's own estimate before and after.
 *
 * In Chromium rather than Node because IndexedDB, the file reads and the rendering are what cost,
 * and Node has none of them.
 */
import { encode_result_file } from '../../src/lib/classroom/result';
import type { QuizDocument } from '../../src/lib/quiz/source';
import { class_results, classroom_assignment } from '../../tests/support/classroom';
import { serve_static } from '../static_server';
import { launch_chromium } from './browser';

const PAGE = '/teach/results/';

export interface GradebookFigure {
	files: number;
	/** Of all files together. */
	file_bytes: number;
	import_ms: number;
	/** Growth of the site's storage estimate across the import; undefined if not reported. */
	stored_bytes: number | undefined;
}

export type GradebookBench =
	{ ok: true; browser: string; figures: GradebookFigure[] } | { ok: false; reason: string };

export async function bench_gradebook(options: {
	build: string;
	documents: readonly QuizDocument[];
	sizes: readonly number[];
}): Promise<GradebookBench> {
	const launched = await launch_chromium();
	if (!launched.ok) return launched;
	const site = await serve_static(options.build);
	const { assignment, items } = classroom_assignment(options.documents, { count: 10 });
	try {
		const figures: GradebookFigure[] = [];
		for (const size of options.sizes) {
			const files = class_results({ assignment, items, size }).map((result, i) => ({
				name: `result-${i + 1}.json`,
				mimeType: 'application/json',
				buffer: Buffer.from(encode_result_file(result))
			}));
			const context = await launched.browser.newContext();
			try {
				const page = await context.newPage();
				await page.goto(`${site.url}${PAGE}`);
				const picker = page.getByLabel('Choose result files…');
				await picker.waitFor({ state: 'attached' });
				await page.waitForFunction(
					() => !document.querySelector<HTMLInputElement>('input[type="file"]')?.disabled
				);
				const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
				await page.evaluate((expected) => {
					const marks: { start?: number; end?: number } = {};
					(window as unknown as { __bench: typeof marks }).__bench = marks;
					document.addEventListener('change', () => (marks.start = performance.now()), {
						capture: true,
						once: true
					});
					const observer = new MutationObserver(() => {
						if (document.body.textContent?.includes(expected)) {
							marks.end = performance.now();
							observer.disconnect();
						}
					});
					observer.observe(document.body, { childList: true, subtree: true, characterData: true });
				}, `Imported ${size} results.`);
				await picker.setInputFiles(files);
				await page.waitForFunction(
					() => (window as unknown as { __bench: { end?: number } }).__bench.end !== undefined,
					undefined,
					{ timeout: 300_000 }
				);
				const marks = await page.evaluate(
					() => (window as unknown as { __bench: { start: number; end: number } }).__bench
				);
				const after = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
				figures.push({
					files: size,
					file_bytes: files.reduce((sum, f) => sum + f.buffer.length, 0),
					import_ms: marks.end - marks.start,
					stored_bytes: before === undefined || after === undefined ? undefined : after - before
				});
			} finally {
				await context.close();
			}
		}
		return { ok: true, browser: launched.executable, figures };
	} catch (error) {
		return {
			ok: false,
			reason: error instanceof Error ? error.message.split('\n')[0]! : String(error)
		};
	} finally {
		await launched.browser.close();
		await site.close();
	}
}
