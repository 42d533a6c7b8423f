/**
 * Reports how fast Mobilize is, as figures to read and compare, never as pass/fail:
 *
 *   npm run bench            (the page-weight and page-load parts need `npm run build` first)
 *   npm run bench -- --pages [--build DIR] [--runs N]   only d and e, against DIR (default
 *                            build/), loading each page N times per condition (default 10)
 *
 * a. generating the whole bank from the shipped content; b. generating from made-up content of
 * 10, 100 and 1,000 distinctions; c. loading and saving progress holding 10,000 answers;
 * d. gzipped JS and requests of each page (a) at start, (b) until idle with no action and (c) for
 * the quiz, with its first answer checked; e. how soon the quiz page can be answered and its
 * first answer checked, and how many requests it makes, against a plain HTML page, in Chromium;
 * f. the gradebook importing 30, 300 and 3,000 result files at once, and the storage they take,
 * in Chromium. The figures also go to bench-results/bench.json.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { load_content } from '../src/lib/content/load';
import { lesson_path, lesson_quiz_path } from '../src/lib/content/paths';
import { generate_bank } from '../src/lib/quiz/bank';
import { bench_generation, bench_synthetic } from './bench/generation';
import { page_js, type PageJs } from './bench/bundle';
import { bench_page_weight, report_page_weight, report_start_js } from './bench/page_weight';
import { bench_pageload } from './bench/pageload';
import { bench_progress } from './bench/progress';
import { bench_gradebook } from './bench/gradebook';
import { quiz_documents_of } from '../src/lib/quiz/source';
import { heading, kb, ms, note, table } from './bench/report';
import type { Item } from '../src/lib/quiz/types';
import { resolve_path } from './static_server';
import { read_content_files, ROOT } from './content_files';

const args = process.argv.slice(2);
const PAGES_ONLY = args.includes('--pages');
const build_arg = args.indexOf('--build');
const BUILD = join(ROOT, build_arg >= 0 ? (args[build_arg + 1] ?? 'build') : 'build');
/** The lesson with the most items: its quiz page carries the largest first quiz. */
function largest_lesson(bank: readonly Item[]) {
	const counts = new Map<string, { count: number; document: string; lesson: string }>();
	for (const { source } of bank) {
		const path = lesson_path(source.document, source.lesson);
		const seen = counts.get(path) ?? { count: 0, document: source.document, lesson: source.lesson };
		counts.set(path, { ...seen, count: seen.count + 1 });
	}
	const largest = [...counts.values()].sort((a, b) => b.count - a.count)[0];
	if (!largest) throw new Error('bench: the content yields no items');
	return largest;
}
/** The quiz page's JS budget, gzipped: 40 KB of 1,024 bytes. */
const QUIZ_JS_BUDGET = 40 * 1024;
/** The quiz page's first answer checkable within twice the plain page's time. */
const CHECKABLE_BUDGET = 2;
const REQUEST_BUDGET = 6;
const ANSWERS = 10_000;
const GRADEBOOK_SIZES = [30, 300, 3_000];
const runs_arg = args.indexOf('--runs');
const PAGE_RUNS = runs_arg >= 0 ? Number(args[runs_arg + 1]) || 10 : 10;

/** The built file and URL path of a route, as a static host serves it (`x.html` or `x/`). */
function built_page(route: string) {
	const found = resolve_path(BUILD, route);
	const final = found && 'redirect' in found ? resolve_path(BUILD, found.redirect) : found;
	if (!final || !('file' in final)) return undefined;
	const path = found && 'redirect' in found ? found.redirect : route;
	return { file: final.file.slice(BUILD.length + 1), path };
}

function is_file(path: string) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

async function main() {
	const results: Record<string, unknown> = {
		date: new Date().toISOString(),
		node: process.version,
		cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`
	};
	console.log(`Mobilize bench (${String(results.node)}, ${String(results.cpu)})`);

	const content = load_content(read_content_files());
	const documents = content.documents;
	const bank = generate_bank(documents, 1);
	const largest = largest_lesson(bank);
	const LESSON_ROUTE = lesson_path(largest.document, largest.lesson);
	const QUIZ_ROUTE = lesson_quiz_path(largest.document, largest.lesson);
	const PAGES = [
		{ name: 'home', route: '/' },
		{ name: 'lesson', route: LESSON_ROUTE },
		{ name: 'quiz', route: QUIZ_ROUTE }
	];

	if (!PAGES_ONLY) {
		heading('a. Bank generation, shipped content');
		const shipped = bench_generation(documents);
		results.shipped = shipped;
		table([
			['documents', 'items', 'median', 'min', 'max', 'runs'],
			[
				String(shipped.documents),
				String(shipped.items),
				ms(shipped.generate.median_ms),
				ms(shipped.generate.min_ms),
				ms(shipped.generate.max_ms),
				String(shipped.generate.runs)
			]
		]);

		heading('b. Bank generation, made-up content');
		const synthetic = bench_synthetic();
		results.synthetic = synthetic;
		table([
			['distinctions', 'layout', 'documents', 'items', 'median', 'per item', 'runs'],
			...synthetic.map((s) => [
				s.distinctions.toLocaleString('en'),
				s.layout,
				String(s.documents),
				s.items.toLocaleString('en'),
				ms(s.generate.median_ms),
				`${((s.generate.median_ms * 1000) / s.items).toFixed(1)} µs`,
				String(s.generate.runs)
			])
		]);
		note('A distinction is an attribute with values for 2 or 3 concepts (documents alternate).');

		heading(`c. Progress with ${ANSWERS.toLocaleString('en')} stored answers (in-memory Storage)`);
		const progress = bench_progress(bank, ANSWERS);
		results.progress = progress;
		table([
			['operation', 'median', 'min', 'max', 'runs'],
			...(
				[
					['load (read + decode)', progress.load],
					['save (re-read + merge + write)', progress.save],
					['replay every answer through FSRS', progress.replay],
					['items due now (review count)', progress.due]
				] as const
			).map(([name, t]) => [name, ms(t.median_ms), ms(t.min_ms), ms(t.max_ms), String(t.runs)])
		]);
		note(
			`Stored: ${progress.stored_kb.toLocaleString('en')} KB of JSON (answers ${progress.answers_kb.toLocaleString('en')} KB, ` +
				`${progress.attempts.toLocaleString('en')} attempts ${progress.attempts_kb.toLocaleString('en')} KB, ` +
				`FSRS cards ${progress.cards_kb.toLocaleString('en')} KB); ` +
				'browsers allow about 5 MB per site.'
		);
	}

	const built = is_file(join(BUILD, 'index.html'));

	heading('d. JavaScript and requests: at start, until idle, answered (JS gzipped, level 9)');
	if (!built) {
		note('Skipped: build/ is missing; run npm run build first.');
	} else {
		note(`build/ from ${statSync(join(BUILD, 'index.html')).mtime.toISOString()}`);
		const weights: (PageJs & { name: string; path: string; budget_bytes?: number })[] = [];
		for (const page of PAGES) {
			const found = built_page(page.route);
			if (!found) {
				note(`Skipped ${page.name}: no page for ${page.route} in build/.`);
				continue;
			}
			weights.push({
				name: page.name,
				path: found.path,
				...page_js(BUILD, found.file),
				...(page.name === 'quiz' ? { budget_bytes: QUIZ_JS_BUDGET } : {})
			});
		}
		results.page_js = weights;
		report_start_js(weights);
		console.log('');
		const weighed = await bench_page_weight({
			build: BUILD,
			pages: weights.map((w) => ({
				name: w.name,
				path: w.path,
				start: w,
				answer: w.name === 'quiz'
			}))
		});
		results.page_weight = weighed;
		if (!weighed.ok) note(`(b) and (c) skipped: ${weighed.reason}.`);
		report_page_weight(weighed.pages, {
			name: 'quiz',
			gzip_bytes: QUIZ_JS_BUDGET,
			requests: REQUEST_BUDGET
		});
	}

	heading('e. Quiz page: first answer clickable and checkable, requests, vs a plain HTML page');
	const quiz = built ? built_page(QUIZ_ROUTE) : undefined;
	if (!built) {
		note('Skipped: build/ is missing; run npm run build first.');
	} else if (!quiz) {
		note(`Skipped: no page for ${QUIZ_ROUTE} in build/.`);
	} else {
		const sample = bank.find((item) => item.options.length >= 4 && item.type !== 'matching');
		const options = sample?.options.slice(0, 4) ?? [];
		const pageload = await bench_pageload({
			build: BUILD,
			quiz_path: quiz.path,
			question: {
				stem: sample?.stem ?? 'Which approach builds local capacity?',
				options: options.map((o) => ({ text: o.text, correct: o.correct, feedback: o.feedback }))
			},
			runs: PAGE_RUNS
		});
		results.pageload = pageload;
		if (!pageload.ok) {
			note(`Skipped: ${pageload.reason}.`);
		} else {
			note(
				`${pageload.browser}; ${pageload.runs} loads of each page per condition, fresh context each.`
			);
			for (const f of pageload.figures) {
				console.log(`\n  ${f.condition}: ${f.label}`);
				table([
					['', 'median', 'min', 'max'],
					...(
						[
							['plain HTML page: clickable', f.static_clickable],
							['plain HTML page: checkable', f.static_checkable],
							['quiz page: clickable', f.quiz_clickable],
							['quiz page: hydrated', f.quiz_hydrated],
							['quiz page: checkable', f.quiz_checkable]
						] as const
					).map(([name, t]) => [name, ms(t.median_ms), ms(t.min_ms), ms(t.max_ms)])
				]);
				note(
					`checkable ratio ${f.checkable_ratio.toFixed(2)}× (budget ${CHECKABLE_BUDGET}×: ` +
						`${f.checkable_ratio <= CHECKABLE_BUDGET ? 'within' : 'OVER'}); ` +
						`clickable ratio ${f.clickable_ratio.toFixed(2)}×`
				);
				note(
					`requests until idle with the first answer checked: quiz page ${f.quiz_requests} ` +
						`(${f.quiz_script_requests} scripts), plain page ${f.static_requests} (medians; ` +
						'at start: see d)'
				);
			}
			note('');
			note('All times from navigation start, taken in the page once a frame:');
			note('clickable: first answer control of the first question shown and enabled;');
			note('checkable: the page clicks the first option as soon as it is clickable, then its');
			note('  "Check answer" (a disclosure in the HTML before the app is live, the button once');
			note('  hydrated) and records the first frame showing the verdict; no automation round');
			note('  trips included;');
			note("hydrated: the quiz's engine attached its submit handler to the question's form (it");
			note('  loads once the page is live; until then the HTML checks the answer);');
			note('requests: everything the page fetched until the network was idle after load and');
			note('  its first answer.');
		}
	}

	heading('f. Gradebook: importing result files at once, in Chromium');
	if (PAGES_ONLY) {
		note('Skipped: --pages reports d and e only.');
	} else if (!built || !built_page('/teach/results/')) {
		note('Skipped: build/ is missing or has no /teach/results/ page; run npm run build first.');
	} else {
		const gradebook = await bench_gradebook({
			build: BUILD,
			documents: quiz_documents_of(content),
			sizes: GRADEBOOK_SIZES
		});
		results.gradebook = gradebook;
		if (!gradebook.ok) {
			note(`Skipped: ${gradebook.reason}.`);
		} else {
			table([
				['files', 'their size', 'import', 'per file', 'storage used'],
				...gradebook.figures.map((f) => [
					f.files.toLocaleString('en'),
					kb(f.file_bytes),
					ms(f.import_ms),
					ms(f.import_ms / f.files),
					f.stored_bytes === undefined ? 'not reported' : kb(f.stored_bytes)
				])
			]);
			note(`${gradebook.browser}; one fresh context per size; 10-question assignment.`);
			note('import: from the file picker’s change event to the report on screen (reading,');
			note('  checking each file and regrading its answers, storing in IndexedDB, drawing the');
			note("  tables); storage used: growth of navigator.storage.estimate()'s usage.");
		}
	}

	const out = join(ROOT, 'bench-results');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
	console.log(`\nFigures written to bench-results/bench.json`);
}

await main();
