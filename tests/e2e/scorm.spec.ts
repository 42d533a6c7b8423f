// The SCORM 1.2 package of an assignment, end to end: downloaded from the teacher's builder,
// unzipped and played in a host page whose LMS is scorm-again, answered, reloaded (a new
// sitting) and finished; the LMS's record is read from scorm-again itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { LIMITS } from '../../src/lib/classroom/assignment';
import { draw_assignment } from '../../src/lib/classroom/draw';
import { decode_assignment_link } from '../../src/lib/classroom/link';
import { input_name, interaction_id, option_id } from '../../src/lib/content/ids';
import { SUSPEND_LIMIT } from '../../src/lib/scorm/suspend';
import type { QuizDocument } from '../../src/lib/quiz/source';
import type { Item } from '../../src/lib/quiz/types';
import { ITEM_TYPE_NAMES } from '../../src/lib/quiz/type_names';
import { BUILD_DIR } from './built_site';
import { expect_accessible, header_due } from './helpers';
import { keep_record, lms_state, quiz_frame, serve_lms } from './scorm_lms';

/** Builds an assignment on /teach/ and downloads its SCORM package. */
async function download_package(
	page: Page,
	{
		title,
		count,
		pass,
		mode,
		matching = true
	}: { title: string; count: number; pass: number; mode: 'Exam' | 'Practice'; matching?: boolean }
) {
	await page.goto('/teach/');
	await header_due(page);
	await page.getByRole('textbox', { name: 'Title' }).fill(title);
	await page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(count));
	await page.getByRole('spinbutton', { name: 'Pass mark (%)' }).fill(String(pass));
	await page.getByRole('radio', { name: new RegExp(`^${mode}:`) }).check();
	if (!matching) await page.getByRole('checkbox', { name: ITEM_TYPE_NAMES.matching }).uncheck();
	const link = await page.getByRole('textbox', { name: 'The assignment’s link' }).inputValue();
	const button = page.getByRole('button', { name: 'Download SCORM 1.2 package' });
	const [download, player] = await Promise.all([
		page.waitForEvent('download'),
		page.waitForRequest(/scorm-player/),
		button.click()
	]);
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
		'-scorm12.zip'
	);
	expect(download.suggestedFilename()).toMatch(/-scorm12\.zip$/);
	return {
		zip: new Uint8Array(readFileSync(await download.path())),
		player: new URL(player.url()).pathname,
		link
	};
}

/** The question ids a student's page draws from the builder's link, in its order. */
async function link_item_ids(page: Page, link: string): Promise<string[]> {
	const read = decode_assignment_link(link.slice(link.indexOf('#') + 1));
	if (!read.ok) throw new Error(`the builder's link does not decode: ${read.problem}`);
	const documents = (await (await page.request.get('/quiz-data.json')).json()) as QuizDocument[];
	return draw_assignment(documents, read.assignment).items.map((item) => item.id);
}

/** Axe on the host page and the quiz's frame, and no sideways scrolling in the frame. */
async function check_view(page: Page, frame: Frame, where: string) {
	await expect_accessible(page, `SCORM player: ${where}`);
	const overflow = await frame.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect.soft(overflow, `${where}: sideways scroll in the frame`).toBeLessThanOrEqual(0);
}

/** Checks the right answer, or a wrong one (for matching, every row one off), by mouse. */
async function choose(frame: Frame, item: Item, right: boolean) {
	const radio = (name: string, value: string) =>
		frame.locator(
			`input[type=radio][name=${JSON.stringify(name)}][value=${JSON.stringify(value)}]`
		);
	if (item.type === 'matching') {
		const prompts = item.prompts ?? [];
		for (const [i, prompt] of prompts.entries()) {
			const target = right ? prompt : prompts[(i + 1) % prompts.length]!;
			const option = item.options.find((o) => o.matches === target.id)!;
			await radio(input_name.pair(item.id, prompt.id), option.id).check();
		}
		return;
	}
	const option = item.options.find((o) => o.correct === right)!;
	await radio(input_name.item(item.id), option.id).check();
}

/**
 * The interaction the LMS should hold for the answer `choose` gives to the question at
 * `position`: its id, type and result, and the response and key in SCORM 1.2's formats
 * (interactions.ts's rules, restated: options lettered a, b…, matching prompts numbered 1, 2…).
 */
function reported(item: Item, position: number, right: boolean) {
	const letter = (id: string | undefined) =>
		String.fromCharCode(97 + item.options.findIndex((o) => o.id === id));
	const id = interaction_id(position + 1, item.id);
	const result = right ? 'correct' : 'wrong';
	const key = item.options.find((o) => o.correct);
	const given = item.options.find((o) => o.correct === right);
	if (item.type === 'matching') {
		const prompts = item.prompts ?? [];
		const pairs = (shift: number) =>
			prompts
				.map((_, i) => {
					const target = prompts[(i + shift) % prompts.length]!;
					return `${i + 1}.${letter(item.options.find((o) => o.matches === target.id)?.id)}`;
				})
				.join(',');
		return { id, type: 'matching', result, response: pairs(right ? 0 : 1), pattern: pairs(0) };
	}
	if (item.type === 'fill-in')
		return { id, type: 'fill-in', result, response: given?.text, pattern: key?.text };
	if (item.type === 'true-false') {
		const tf = (id: string | undefined) => (id === option_id.TRUE ? 't' : 'f');
		return { id, type: 'true-false', result, response: tf(given?.id), pattern: tf(key?.id) };
	}
	return { id, type: 'choice', result, response: letter(given?.id), pattern: letter(key?.id) };
}

async function answer(frame: Frame, item: Item, right: boolean, exam: boolean, last: boolean) {
	await choose(frame, item, right);
	if (exam) {
		await frame.getByRole('button', { name: last ? 'Save and finish' : 'Save and next' }).click();
		return;
	}
	await frame.getByRole('button', { name: 'Check answer' }).click();
	await expect(
		frame.getByRole('status').filter({ hasText: /Correct|Partly|Not quite/ })
	).toBeVisible();
	await frame.getByRole('button', { name: last ? 'See results' : 'Next question' }).click();
}

test.describe('SCORM 1.2 package', () => {
	test('reports incomplete, then score and passed; a reload resumes where the learner was', async ({
		page
	}) => {
		// Five runs of axe over two frames: more than the default 30 s on a busy machine.
		test.setTimeout(90_000);
		// Without matching items, so the first question is a list the keyboard walk below can answer.
		const { zip, player, link } = await download_package(page, {
			title: 'Unit 2: mobilizing',
			count: 4,
			pass: 50,
			mode: 'Practice',
			matching: false
		});
		// The player the page zipped is one of the files the service worker stores for offline use.
		expect(readFileSync(join(BUILD_DIR, 'service-worker.js'), 'utf8')).toContain(
			JSON.stringify(player).slice(1, -1)
		);
		const lms = await serve_lms(zip);
		try {
			const items = lms.data.items;
			// The package holds the questions the assignment's link gives students, in their order.
			expect(items.map((item) => item.id)).toEqual(await link_item_ids(page, link));
			// A phone's width: the LMS's frame is as narrow as the screen.
			await page.setViewportSize({ width: 360, height: 800 });
			await page.goto(lms.url);
			let frame = quiz_frame(page);
			await expect(frame.getByText('Question 1 of 4')).toBeVisible();
			expect(await lms_state(page)).toMatchObject({
				status: 'incomplete',
				raw: '',
				entry: 'ab-initio'
			});
			await check_view(page, frame, 'a question');

			// The first question by keyboard alone: Tab into the options, arrows to the right one,
			// Enter to check, Enter again to go on.
			const first = items[0]!;
			expect(first.type).not.toBe('matching');
			const key = first.options.find((o) => o.correct)!.id;
			const focused = (selector: string) =>
				frame.evaluate((s) => !!document.activeElement?.matches(s), selector);
			for (let i = 0; i < 10 && !(await focused('input[type=radio]')); i++) {
				await page.keyboard.press('Tab');
			}
			for (let i = 0; i < first.options.length && !(await focused(`[value="${key}"]`)); i++) {
				await page.keyboard.press('ArrowDown');
			}
			await page.keyboard.press('Space');
			await page.keyboard.press('Enter');
			await expect(frame.getByRole('status').filter({ hasText: 'Correct.' })).toBeVisible();
			await expect(frame.getByRole('button', { name: 'Next question' })).toBeFocused();
			await check_view(page, frame, 'feedback');
			await page.keyboard.press('Enter');
			await expect(frame.getByText('Question 2 of 4')).toBeFocused();
			await answer(frame, items[1]!, false, false, false);
			await expect(frame.getByText('Question 3 of 4')).toBeVisible();
			const kept = await lms_state(page);
			expect(kept).toMatchObject({ status: 'incomplete', exit: 'suspend' });
			expect(kept.suspend).toMatch(/^M1\./);
			// Each answer gone on from is one interaction for the LMS's report.
			expect(kept.interactions).toEqual([
				reported(items[0]!, 0, true),
				reported(items[1]!, 1, false)
			]);

			// The third checked but not gone on from: nothing is sent on a check.
			await choose(frame, items[2]!, true);
			await frame.getByRole('button', { name: 'Check answer' }).click();
			await expect(frame.getByRole('status').filter({ hasText: 'Correct.' })).toBeVisible();
			expect((await lms_state(page)).suspend).toBe(kept.suspend);

			// A new sitting: the frame, left, kept the checked answer; the LMS resumes the
			// suspended attempt with it, and the player sends nothing again.
			await page.reload();
			frame = quiz_frame(page);
			await expect(frame.getByText('Question 3 of 4')).toBeVisible();
			await expect(frame.getByText('(3 answered)')).toBeVisible();
			await expect(frame.getByRole('status').filter({ hasText: 'Correct.' })).toBeVisible();
			const resumed = await lms_state(page);
			expect(resumed).toMatchObject({ entry: 'resume', sets: 0 });
			expect(resumed.suspend).not.toBe(kept.suspend);
			// The checked answer went to the LMS with the save on leaving: one more interaction.
			expect(resumed.interactions).toEqual([...kept.interactions, reported(items[2]!, 2, true)]);

			await frame.getByRole('button', { name: 'Next question' }).click();
			await answer(frame, items[3]!, true, false, true);
			await expect(frame.getByRole('heading', { name: 'Your result' })).toBeFocused();
			await expect(frame.getByText('75%: passed (the pass mark is 50%).')).toBeVisible();
			const passed = await lms_state(page);
			expect(passed).toMatchObject({
				status: 'passed',
				raw: '75',
				min: '0',
				max: '100',
				exit: ''
			});
			expect(passed.interactions).toEqual(
				[true, false, true, true].map((right, i) => reported(items[i]!, i, right))
			);
			await check_view(page, frame, 'the results');

			// Finished, not suspended: the LMS's next sitting is a new attempt.
			await page.reload();
			frame = quiz_frame(page);
			await expect(frame.getByText('Question 1 of 4')).toBeVisible();
			expect(await lms_state(page)).toMatchObject({
				entry: 'ab-initio',
				status: 'incomplete',
				suspend: ''
			});

			// A suspended attempt whose answers cannot be read: the quiz starts again, saying why.
			const origin = new URL(lms.url).origin;
			await page.goto(`${origin}/scorm12.js`);
			await keep_record(page, {
				core: { exit: 'suspend', lesson_status: 'incomplete' },
				suspend_data: 'page=4'
			});
			await page.goto(lms.url);
			frame = quiz_frame(page);
			await expect(frame.getByRole('alert')).toContainText(
				'Your earlier answers could not be read'
			);
			await expect(frame.getByText('Question 1 of 4')).toBeVisible();
			await check_view(page, frame, 'the problem alert');
		} finally {
			await lms.stop();
		}
	});

	test(`a ${LIMITS.count}-question assignment, fully answered, fits suspend_data, resumes and reports failed`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const { zip } = await download_package(page, {
			title: 'The whole module',
			count: LIMITS.count,
			pass: 90,
			mode: 'Exam'
		});
		const lms = await serve_lms(zip);
		try {
			const items = lms.data.items;
			const n = items.length;
			// The content may hold fewer questions than the limit; the test runs on all it has.
			expect(n).toBeGreaterThan(1);
			await page.goto(lms.url);
			let frame = quiz_frame(page);
			// Every third answer wrong: 67% or so, under the pass mark of 90.
			const right = (i: number) => i % 3 !== 2;
			for (const [i, item] of items.slice(0, n - 1).entries()) {
				await answer(frame, item, right(i), true, false);
				if (i === 0) {
					await expect(
						frame.getByRole('status').filter({ hasText: 'Answer 1 saved.' })
					).toBeVisible();
				}
			}
			const before = await lms_state(page);
			expect(before.exit).toBe('suspend');
			expect(before.suspend.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
			test.info().annotations.push({
				type: 'suspend_data',
				description: `${before.suspend.length} characters with ${n - 1} of ${n} answered`
			});

			await page.reload();
			frame = quiz_frame(page);
			await expect(frame.getByText(`Question ${n} of ${n}`)).toBeVisible();
			await expect(frame.getByText(`(${n - 1} answered)`)).toBeVisible();
			expect(await lms_state(page)).toMatchObject({ entry: 'resume', sets: 0 });
			await answer(frame, items[n - 1]!, right(n - 1), true, true);

			const rights = items.filter((_, i) => right(i)).length;
			const percent = Math.round((rights / n) * 100);
			await expect(
				frame.getByText(`${percent}%: not passed (the pass mark is 90%).`)
			).toBeVisible();
			const after = await lms_state(page);
			expect(after).toMatchObject({ status: 'failed', raw: String(percent), exit: '' });
			// One interaction per question, each with its result, matching included.
			expect(after.interactions).toEqual(items.map((item, i) => reported(item, i, right(i))));
			expect(after.interactions.some((i) => i.type === 'matching')).toBe(true);
			expect(after.suspend.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
			test.info().annotations.push({
				type: 'suspend_data',
				description: `${after.suspend.length} characters with all ${n} answered`
			});

			// Finished: the LMS's next sitting is a new attempt, from the first question.
			await page.reload();
			await expect(quiz_frame(page).getByText(`Question 1 of ${n}`)).toBeVisible();
			expect(await lms_state(page)).toMatchObject({ entry: 'ab-initio', raw: '', suspend: '' });
		} finally {
			await lms.stop();
		}
	});

	test('opened as a preview (browse), it says no score is recorded, and the LMS keeps nothing', async ({
		page
	}) => {
		const { zip } = await download_package(page, {
			title: 'A look first',
			count: 2,
			pass: 60,
			mode: 'Practice',
			matching: false
		});
		const lms = await serve_lms(zip);
		try {
			await page.setViewportSize({ width: 360, height: 800 });
			await page.goto(`${lms.url}&mode=browse`);
			const frame = quiz_frame(page);
			await expect(
				frame.getByRole('status').filter({ hasText: 'Preview: no score is recorded' })
			).toBeVisible();
			await check_view(page, frame, 'a preview');
			await answer(frame, lms.data.items[0]!, true, false, false);
			await expect(frame.getByText('Question 2 of 2')).toBeVisible();
			expect(await lms_state(page)).toMatchObject({
				status: 'browsed',
				raw: '',
				suspend: '',
				interactions: []
			});
		} finally {
			await lms.stop();
		}
	});

	test('opened outside an LMS, it says nothing is recorded, and still runs', async ({ page }) => {
		const { zip } = await download_package(page, {
			title: 'On its own',
			count: 2,
			pass: 60,
			mode: 'Practice'
		});
		const lms = await serve_lms(zip);
		try {
			await page.goto(lms.url.replace(/lms\.html.*$/, 'package/index.html'));
			await page.setViewportSize({ width: 360, height: 800 });
			await expect(page.getByRole('status').filter({ hasText: 'No LMS was found' })).toBeVisible();
			await check_view(page, page.mainFrame(), 'no LMS');
			// The player takes the site's look from the site's own stylesheet, dark mode included.
			await page.emulateMedia({ colorScheme: 'dark' });
			const background = () =>
				page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
			await expect.poll(background).toBe('rgb(18, 20, 23)');
			await check_view(page, page.mainFrame(), 'no LMS, dark');
			await page.screenshot({ path: test.info().outputPath('scorm-dark-360.png') });
			await answer(page.mainFrame(), lms.data.items[0]!, true, false, false);
			await expect(page.getByText('Question 2 of 2')).toBeVisible();
		} finally {
			await lms.stop();
		}
	});
});
