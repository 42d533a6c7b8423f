import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expect_accessible, tab_until } from './helpers';
import { answered_result, class_results, classroom_assignment } from '../support/classroom';
import { encode_result_code, encode_result_file } from '../../src/lib/classroom/result';
import { class_data } from '../../src/lib/classroom/class_data';
import { analyse_items } from '../../src/lib/classroom/item_analysis';
import { assignment_id } from '../../src/lib/classroom/assignment';
import { result_key } from '../../src/lib/content/ids';
import { format_points } from '../../src/lib/quiz/score';
import type { QuizDocument } from '../../src/lib/quiz/source';

const PAGE = '/teach/results/';
const SIZE = 27;

/**
 * A class's hand-in as a teacher gets it: 27 good result files, drawn from the content the site
 * serves, plus a second file from one student, one edited by hand and one from another class.
 */
async function hand_in(request: APIRequestContext) {
	const documents = (await (await request.get('/quiz-data.json')).json()) as QuizDocument[];
	const { assignment, items } = classroom_assignment(documents, { count: 10 });
	const results = class_results({ assignment, items, size: SIZE });
	const file = (name: string, text: string) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	const good = results.map((r, i) => file(`result-${i + 1}.json`, encode_result_file(r)));
	const again = answered_result({ assignment, items, student: 'Student 05', ability: 1, seed: 5 });
	const edited = JSON.parse(encode_result_file(results[0]!)) as { result: { finished: number } };
	edited.result.finished += 60_000;
	const other = classroom_assignment(documents, { seed: 99, count: 10, title: 'Another class' });
	const foreign = class_results({ ...other, size: 1 })[0]!;
	const files = [
		...good.slice(0, 10),
		file('student-05-again.json', encode_result_file(again)),
		...good.slice(10, 20),
		file('edited.json', JSON.stringify(edited)),
		file('other-class.json', encode_result_file(foreign)),
		...good.slice(20)
	];
	const data = class_data({ assignment, id: assignment_id(assignment), items, results });
	return { documents, assignment, results, files, data };
}

async function open(page: Page) {
	await page.goto(PAGE);
	await expect(page.getByText('No results yet: import some above.')).toBeVisible();
	await expect(page.getByLabel('Choose result files…')).toBeEnabled();
}

const status = (page: Page) => page.locator('[role="status"][aria-live="polite"]');

test.describe('gradebook', () => {
	test('imports 30 files at once, names the 3 it skips, and shows the table, flags and CSV', async ({
		page,
		request
	}) => {
		const { files, data } = await hand_in(request);
		expect(files).toHaveLength(30);
		await open(page);
		await page.getByLabel('Choose result files…').setInputFiles(files);

		await expect(status(page)).toContainText(`Imported ${SIZE} results; skipped 3, listed below.`);
		const skipped = status(page).getByRole('listitem');
		await expect(skipped).toHaveText([
			/^student-05-again\.json is a second result from Student 05 .*the first is kept\.$/,
			/^edited\.json was changed after it was saved \(its checksum does not match\)/,
			/^other-class\.json is for another assignment \(“Another class”\)/
		]);

		// The class table: a row per student, each with the score its file holds.
		await expect(
			page.getByRole('heading', { name: `“Week 3 check”: ${SIZE} students` })
		).toBeVisible();
		const table = page.getByRole('table', { name: /^Class table/ });
		await expect(table.locator('tbody tr')).toHaveCount(SIZE);
		const first = data.rows[0]!;
		await expect(table.locator('tbody tr').first()).toContainText(
			`${first.student}${format_points(first.points)} (${first.percent}%)`
		);

		// Sorting by score puts the strongest first and says so to assistive technology.
		await table.getByRole('button', { name: 'Score' }).click();
		await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/Score/);
		const best = [...data.rows].sort(
			(a, b) => b.points - a.points || a.student.localeCompare(b.student)
		)[0]!;
		await expect(table.locator('tbody tr').first().locator('th')).toHaveText(best.student);

		// Item statistics: as many flagged as the analysis finds, each flag in words.
		const analysis = analyse_items(data);
		const flagged = analysis.items.filter((i) => i.flags.length);
		await expect(page.getByText(`${flagged.length} of 10 questions are flagged.`)).toBeVisible();
		const stats = page.getByRole('table', { name: 'Statistics per question' });
		for (const item of flagged) {
			await expect(stats.locator('tbody tr').nth(item.number - 1)).toContainText(item.flags[0]!);
		}
		await expect(
			page.getByText('These figures come from 27 students: read them as rough.')
		).toBeVisible();

		// The CSV, in the order shown: header, question row, the best student first.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download the table (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toBe('Week-3-check-results.csv');
		const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			`Student,Points,Percent,Time (m:ss),${Array.from({ length: 10 }, (_, i) => `Q${i + 1}`).join(',')}`
		);
		expect(lines).toHaveLength(SIZE + 3);
		expect(
			lines[2]!.startsWith(`${best.student},${format_points(best.points)},${best.percent},`)
		).toBe(true);

		// What was imported is kept in this browser.
		await page.reload();
		await expect(page.getByRole('table', { name: /^Class table/ }).locator('tbody tr')).toHaveCount(
			SIZE
		);
		await expect_accessible(page, `${PAGE} with ${SIZE} results`);
	});

	test('imports pasted codes, one a line, and names a bad line', async ({ page, request }) => {
		const { results } = await hand_in(request);
		const codes = await Promise.all(results.slice(0, 2).map(encode_result_code));
		await open(page);
		await page
			.getByLabel('Or paste result codes (each starts with MZR1-)')
			.fill(`${codes[0]}\n${codes[1]}\nMZR1-not-a-code`);
		await page.getByRole('button', { name: 'Import codes' }).click();
		await expect(status(page)).toContainText('Imported 2 results; skipped 1, listed below.');
		await expect(status(page).getByRole('listitem')).toHaveText(
			/^Code on line 3 is cut short or changed/
		);
		await expect(page.getByRole('table', { name: /^Class table/ }).locator('tbody tr')).toHaveCount(
			2
		);
	});

	test('works by keyboard alone: choose files, sort, clear with confirmation', async ({
		page,
		request
	}) => {
		const { files } = await hand_in(request);
		await open(page);
		await tab_until(page, 'input[type="file"]');
		const [chooser] = await Promise.all([
			page.waitForEvent('filechooser'),
			page.keyboard.press('Space')
		]);
		await chooser.setFiles(files.slice(0, 5));
		await expect(status(page)).toContainText('Imported 5 results.');

		await tab_until(page, 'button.sort');
		await page.keyboard.press('Enter');
		// The student column was sorted A→Z; pressing its button again sorts Z→A.
		await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Student/);
		await tab_until(page, (el) => el.textContent?.trim() === 'Clear the gradebook…', {
			what: 'the clear button'
		});
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Delete every result?' })).toBeFocused();
		await expect(
			page.getByText('This deletes 5 results of “Week 3 check” from this browser.')
		).toBeVisible();
		await tab_until(page, (el) => el.textContent?.trim() === 'Delete all 5 results', {
			what: 'the delete button'
		});
		await page.keyboard.press('Enter');
		await expect(page.getByText('The gradebook is empty now.')).toBeVisible();
		// Focus stays in the section, not lost to the page's start with the vanished buttons.
		await expect(page.getByRole('heading', { name: 'Stored in this browser' })).toBeFocused();
		await expect(page.getByText('No results yet: import some above.')).toBeVisible();
	});

	test('fits a 360 px screen: the tables scroll in their own region, not the page', async ({
		page,
		request
	}) => {
		const { files } = await hand_in(request);
		await page.setViewportSize({ width: 360, height: 800 });
		await open(page);
		await page.getByLabel('Choose result files…').setInputFiles(files.slice(0, 12));
		const region = page.getByRole('region', { name: /^Class table/ });
		await expect(region).toBeVisible();
		const widths = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			region: document.querySelector('[aria-labelledby="class-caption"]')!.scrollWidth
		}));
		expect(widths.page).toBeLessThanOrEqual(360);
		expect(widths.region).toBeGreaterThan(360);
		await expect_accessible(page, `${PAGE} at 360 px`);
	});

	test('never writes over a stored result it cannot read', async ({ page, request }) => {
		const { results, files, assignment } = await hand_in(request);
		const key = result_key(assignment_id(assignment), results[0]!.student);
		await open(page);
		// An entry as a later version might store it: unreadable here, and not to be lost.
		await page.evaluate(
			(key) =>
				new Promise<void>((done, fail) => {
					const opened = indexedDB.open('mobilize-gradebook');
					opened.onerror = () => fail(new Error('no database'));
					opened.onsuccess = () => {
						const tx = opened.result.transaction('results', 'readwrite');
						tx.objectStore('results').put({ from: 'a later version' }, key);
						tx.oncomplete = () => done();
					};
				}),
			key
		);
		await page.reload();
		await expect(page.getByText(/1 stored result could not be read/)).toBeVisible();
		await page.getByLabel('Choose result files…').setInputFiles(files.slice(0, 2));
		await expect(status(page)).toContainText('Imported 1 result; skipped 1');
		const kept = await page.evaluate(
			(key) =>
				new Promise<unknown>((done) => {
					const opened = indexedDB.open('mobilize-gradebook');
					opened.onsuccess = () => {
						const get = opened.result.transaction('results').objectStore('results').get(key);
						get.onsuccess = () => done(get.result);
					};
				}),
			key
		);
		expect(kept).toEqual({ from: 'a later version' });
	});

	test('takes files dropped on the drop zone', async ({ page, request }) => {
		const { files } = await hand_in(request);
		await open(page);
		const texts = files.slice(0, 3).map((f) => ({ name: f.name, text: f.buffer.toString() }));
		const dropped = await page.evaluateHandle((list) => {
			const transfer = new DataTransfer();
			for (const f of list)
				transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
			return transfer;
		}, texts);
		await page.getByRole('group', { name: 'Drop result files here, or' }).dispatchEvent('drop', {
			dataTransfer: dropped
		});
		await expect(status(page)).toContainText('Imported 3 results.');
	});

	test('says so when the browser keeps no data, and still grades what is imported', async ({
		page,
		request
	}) => {
		const { files } = await hand_in(request);
		// As in private modes that refuse IndexedDB: opening it throws.
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
		});
		await open(page);
		await expect(page.getByRole('alert')).toContainText('does not let the page keep data');
		await page.getByLabel('Choose result files…').setInputFiles(files.slice(0, 4));
		await expect(status(page)).toContainText('Imported 4 results.');
		await expect(page.getByRole('table', { name: /^Class table/ }).locator('tbody tr')).toHaveCount(
			4
		);
	});
});
