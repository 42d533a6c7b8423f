// The builder's LMS downloads: each file is read back by a real parser (gift-pegjs, libxml2
// against our Moodle schema, fflate and xmldom for the QTI packages) and must hold exactly the
// assignment's questions, those its link gives students, never the whole bank.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { draw_assignment } from '../../src/lib/classroom/draw';
import { decode_assignment_link } from '../../src/lib/classroom/link';
import { question_text } from '../../src/lib/export/text';
import { generate_bank } from '../../src/lib/quiz/bank';
import type { QuizDocument } from '../../src/lib/quiz/source';
import type { Item } from '../../src/lib/quiz/types';
import {
	canvas_assessment,
	canvas_package_problems,
	quiz_setting,
	unzip_text
} from '../support/canvas_package';
import { schema_set, validate } from '../support/xsd';
import { header_due, tab_until } from './helpers';

const TITLE = 'Unit 2: review';
const SLUG = 'unit-2-review';
const COUNT = 9;

/** The assignment's questions as a student's page draws them from the link. */
async function assignment_items(page: Page, link: string): Promise<Item[]> {
	const read = decode_assignment_link(link.slice(link.indexOf('#') + 1));
	if (!read.ok) throw new Error(`the builder's link does not decode: ${read.problem}`);
	const documents = (await (await page.request.get('/quiz-data.json')).json()) as QuizDocument[];
	// The whole bank is far larger, so a file holding it cannot pass for the assignment.
	expect(generate_bank(documents, read.assignment.seed).length).toBeGreaterThan(COUNT * 3);
	return draw_assignment(documents, read.assignment).items;
}

/** Clicks a download button (or presses Enter on it) and returns the file's name and bytes. */
async function save(page: Page, label: string, { keyboard = false } = {}) {
	const button = page.getByRole('button', { name: `Download ${label}` });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		keyboard ? page.keyboard.press('Enter') : button.click()
	]);
	const name = download.suggestedFilename();
	await expect(page.getByRole('status').filter({ hasText: `Saved ${name}.` })).toBeVisible();
	return { name, bytes: readFileSync(await download.path()) };
}

/** The "N of M" (or "All M") the panel says a format's file holds, as the teacher reads it. */
async function written(page: Page, label: string) {
	const card = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: label, exact: true }) });
	const summary = (await card.locator('summary').textContent()) ?? '';
	const all = /^All (\d+) questions are in the file/.exec(summary);
	const some = /^(\d+) of (\d+) questions are in the file/.exec(summary);
	const [shown, of] = all ? [all[1], all[1]] : [some?.[1], some?.[2]];
	expect(Number(of), summary).toBe(COUNT);
	// After a download its report is open: a list of what became of each type.
	await expect(card.locator('details')).toHaveAttribute('open', '');
	await expect(card.locator('details li').first()).toBeVisible();
	return Number(shown);
}

type Question = Exclude<GIFTQuestion, { type: 'Category' } | { type: 'Description' }>;

function expect_gift_keys(question: Question, item: Item) {
	const key = item.options.find((option) => option.correct);
	switch (question.type) {
		case 'MC':
			expect(question.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([
				key?.text
			]);
			break;
		case 'TF':
			expect(question.isTrue).toBe(key?.id === 'true');
			break;
		case 'Short':
			expect(question.choices.map((c) => c.text.text)).toEqual(item.accept);
			break;
		case 'Matching':
			expect(question.matchPairs.map((p) => p.subquestion.text)).toEqual(
				(item.prompts ?? []).map((p) => p.text)
			);
			break;
		default:
			throw new Error(`unexpected GIFT question type ${question.type}`);
	}
}

test.describe('LMS downloads of an assignment', () => {
	test('wait, with the reason said, until the assignment is complete', async ({ page }) => {
		await page.goto('/teach/');
		await header_due(page);
		const panel = page.getByRole('region', { name: 'Use it in your LMS' });
		const button = panel.getByRole('button', { name: 'Download GIFT' });
		await expect(button).toBeDisabled();
		await expect(button).toHaveAccessibleDescription(
			'Downloads are ready once the assignment is complete: add a title.'
		);
		await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
		await expect(button).toBeEnabled();
		await expect(panel.getByText('Downloads are ready once')).toHaveCount(0);
	});

	test('hold exactly the assignment’s questions, read back by real parsers', async ({ page }) => {
		test.setTimeout(60_000);
		await page.goto('/teach/');
		await header_due(page);
		await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
		await page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(COUNT));
		const box = page.getByRole('textbox', { name: 'The assignment’s link' });
		await expect(box).toHaveValue(/#1\./);
		const items = await assignment_items(page, await box.inputValue());
		const ids = items.map((item) => item.id);
		expect(ids).toHaveLength(COUNT);
		const preview = page.getByRole('region', { name: 'The questions, with the answers' });
		await expect(preview.locator('ol.sheet > li')).toHaveCount(COUNT);

		// Moodle XML, by keyboard: valid against our schema, one question per item.
		await tab_until(page, (el) => el.textContent?.trim() === 'Download Moodle XML', {
			what: 'the Moodle XML download',
			max: 120
		});
		const moodle = await save(page, 'Moodle XML', { keyboard: true });
		expect(moodle.name).toBe(`${SLUG}.moodle.xml`);
		const xml = moodle.bytes.toString('utf8');
		const schema = schema_set('moodle-xml');
		if (!schema) throw new Error('tests/fixtures/xsd/moodle-xml is part of the repository');
		expect(await validate(schema, [{ fileName: moodle.name, contents: xml }])).toEqual([]);
		const numbers = [...xml.matchAll(/<idnumber>([^<]*)<\/idnumber>/g)].map((m) => m[1]);
		expect(numbers).toHaveLength(await written(page, 'Moodle XML'));
		expect(new Set(numbers)).toEqual(new Set(ids));
		expect(xml).toContain(`<text>$course$/top/${TITLE}/`);

		// GIFT, parsed back: the items the report keeps, with their stems and keys.
		const gift = await save(page, 'GIFT');
		expect(gift.name).toBe(`${SLUG}.gift.txt`);
		const questions = parse(gift.bytes.toString('utf8')).filter(
			(q): q is Question => q.type !== 'Category' && q.type !== 'Description'
		);
		expect(questions).toHaveLength(await written(page, 'GIFT'));
		const by_id = new Map(items.map((item) => [item.id, item]));
		for (const question of questions) {
			const item = by_id.get(question.id ?? '');
			if (!item) throw new Error(`GIFT question ${question.id} is not in the assignment`);
			expect(question.stem.text).toBe(question_text(item));
			expect_gift_keys(question, item);
		}

		// QTI 2.1: a zip whose manifest lists every item file, in the link's order.
		const qti21 = await save(page, 'QTI 2.1 package');
		expect(qti21.name).toBe(`${SLUG}.qti21.zip`);
		const zip = unzipSync(new Uint8Array(qti21.bytes));
		const manifest = strFromU8(zip['imsmanifest.xml'] ?? new Uint8Array());
		const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1] ?? '');
		expect(hrefs).toHaveLength(await written(page, 'QTI 2.1 package'));
		expect(hrefs).toEqual(ids.map((id) => `items/${id}.xml`));
		for (const href of hrefs)
			expect(strFromU8(zip[href] ?? new Uint8Array())).toContain('<assessmentItem');
		expect(Object.keys(zip).sort()).toEqual(['imsmanifest.xml', ...hrefs].sort());

		// QTI 1.2 for Canvas: a zip Canvas imports as it is, one item per question, in order.
		const qti12 = await save(page, 'QTI 1.2 for Canvas');
		expect(qti12.name).toBe(`${SLUG}.qti12.zip`);
		const canvas = unzip_text(new Uint8Array(qti12.bytes));
		expect(canvas_package_problems(canvas)).toEqual([]);
		const idents = [...canvas_assessment(canvas).matchAll(/<item ident="([^"]+)"/g)].map(
			(m) => m[1]
		);
		expect(idents).toHaveLength(await written(page, 'QTI 1.2 for Canvas'));
		expect(idents).toEqual(ids);
		const meta = [...canvas].find(([path]) => path.endsWith('/assessment_meta.xml'))?.[1] ?? '';
		expect(quiz_setting(meta, 'title')).toBe(TITLE);

		// JSON: every field, the same items in the same order.
		const json = await save(page, 'JSON');
		expect(json.name).toBe(`${SLUG}.json`);
		const data = JSON.parse(json.bytes.toString('utf8')) as { items: Item[] };
		expect(data.items.map((item) => item.id)).toEqual(ids);
		expect(data.items.map((item) => item.stem)).toEqual(items.map((item) => item.stem));
	});

	test('fit a 360 px screen', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/teach/');
		await header_due(page);
		await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
		const panel = page.getByRole('region', { name: 'Use it in your LMS' });
		await panel.getByRole('button', { name: 'Download QTI 2.1 package' }).click();
		await expect(panel.locator('details[open] li').first()).toBeVisible();
		const widest = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(widest).toBeLessThanOrEqual(360);
		const box = await panel.boundingBox();
		expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(360);
	});
});
