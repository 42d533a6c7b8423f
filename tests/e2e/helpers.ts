// Shared helpers for the end-to-end tests: keyboard walking, answering quiz items, axe.
import AxeBuilder from '@axe-core/playwright';
import { must } from '../../src/lib/must';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { expected_lessons } from './content';

export const STORAGE_KEY = 'mobilize:progress';
export const BACKUP_PREFIX = 'mobilize:backup:';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Curly quotes and apostrophes as straight ones, spaces collapsed: for comparing texts. */
export function plain(text: string) {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Presses Tab (or Shift+Tab) until the focused element satisfies `predicate`: a CSS selector it
 * must match, or a function run in the page on it (self-contained: it is serialized). Fails after
 * `max` presses. A selector costs one round trip per press, so prefer it.
 */
export async function tab_until(
	page: Page,
	predicate: string | ((element: Element) => boolean),
	{
		max = 60,
		shift = false,
		what = typeof predicate === 'string' ? predicate : 'the element'
	}: { max?: number; shift?: boolean; what?: string } = {}
) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
		let hit: boolean;
		if (typeof predicate === 'string') {
			hit = await page.evaluate(
				(selector) => !!document.activeElement?.matches(selector),
				predicate
			);
		} else {
			const focused = await page.evaluateHandle(() => document.activeElement);
			const element = focused.asElement();
			hit = element !== null && (await element.evaluate(predicate));
			await focused.dispose();
		}
		if (hit) return i + 1;
	}
	const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
	throw new Error(`Tabbed ${max} times without reaching ${what}; focus is on ${focused}`);
}

/**
 * Waits until the quiz on screen is the app's own: the learner's progress is read (the header's
 * review count shows) and, on a quiz page, its engine has taken over from the page's static
 * quiz, whose first question is checked with a "Check answer" disclosure rather than a button.
 */
export async function quiz_live(page: Page) {
	await header_due(page);
	await expect(page.locator('.quiz form .early-check')).toHaveCount(0);
}

/** What kind of input the question on screen takes. */
export async function item_kind(page: Page): Promise<'matching' | 'fill-in' | 'choice'> {
	// Before the engine is live, the page's static quiz takes choices but checks nothing.
	await quiz_live(page);
	const form = question(page);
	await expect(form).toBeVisible();
	if (await form.locator('.pairs').count()) return 'matching';
	if (await form.getByRole('textbox', { name: 'Your answer' }).count()) return 'fill-in';
	return 'choice';
}

/** The form of the question on screen. */
export function question(page: Page): Locator {
	return page.locator('.quiz form');
}

/**
 * The "Question k of N" counter, parsed, once the page is live: the server-rendered quiz shows
 * before stored progress is read, a resumed attempt or a `?seed=` takes over only then, and the
 * header's review count appears at that same moment.
 */
export async function counter(page: Page) {
	await quiz_live(page);
	const heading = page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+$/ });
	await expect(heading).toBeVisible();
	const [, k, n] = (await heading.textContent())!.trim().match(/Question (\d+) of (\d+)/)!;
	return { k: Number(k), n: Number(n) };
}

/**
 * Stem, prompt and options of the question on screen: enough to tell questions apart. Read once
 * the quiz's engine is live: before, the page's HTML shows its own quiz's first question.
 */
export async function question_text(page: Page) {
	await quiz_live(page);
	return plain(await question(page).locator('fieldset.item').innerText());
}

/**
 * Answers the question on screen with the keyboard only: the first option of a choice, the first
 * option for every concept of a matching item, or `typed` for a fill-in.
 */
export async function answer_by_keyboard(page: Page, typed = 'partnership') {
	const kind = await item_kind(page);
	if (kind === 'choice') {
		await tab_until(page, '.quiz form fieldset.item input[type=radio]', {
			what: 'the first option'
		});
		await page.keyboard.press('Space');
		await tab_until(page, '.quiz form button[type=submit]', { what: 'the submit button' });
		await page.keyboard.press('Enter');
	} else if (kind === 'matching') {
		const groups = await question(page).locator('fieldset.pair').count();
		for (let g = 0; g < groups; g++) {
			await tab_until(page, `.quiz fieldset.pair:nth-of-type(${g + 1}) input[type=radio]`, {
				what: `an option for row ${g + 1}`
			});
			// Each option is used once: row g takes option g (arrow keys select as they move).
			if (g === 0) await page.keyboard.press('Space');
			for (let step = 0; step < g; step++) await page.keyboard.press('ArrowDown');
		}
		await tab_until(page, '.quiz form button[type=submit]', { what: 'the submit button' });
		await page.keyboard.press('Enter');
	} else {
		await tab_until(page, '.quiz form input[type=text]', { what: 'the answer box' });
		await page.keyboard.type(typed);
		await page.keyboard.press('Enter');
	}
	return kind;
}

/**
 * Answers the question on screen with the mouse. With `miss`, answers wrongly where that can be
 * done without knowing the key (fill-in: nonsense; matching: one option for every concept).
 */
export async function answer(page: Page, { miss = false } = {}) {
	const form = question(page);
	const kind = await item_kind(page);
	if (kind === 'choice') {
		await form.locator('ul.choices input[type=radio]').first().check();
	} else if (kind === 'matching') {
		const pairs = form.locator('fieldset.pair');
		const count = await pairs.count();
		const chosen = miss ? await partly_right(form) : undefined;
		for (let i = 0; i < count; i++) {
			const radios = pairs.nth(i).locator('input[type=radio]');
			await (
				chosen ? pairs.nth(i).locator(`input[type=radio][value="${chosen[i]}"]`) : radios.nth(i)
			).check();
		}
	} else {
		await form.getByRole('textbox', { name: 'Your answer' }).fill(miss ? 'zzzz' : 'partnership');
	}
	await form.locator('button[type=submit]').click();
	return kind;
}

/**
 * A matching answer with the first row right and the others wrong, each option used once: the
 * rows' radio names end in their prompt id ("<attribute>-of-<concept>", or the concept) and
 * the options' values are "value:<attribute>:<concept>", so the key can be read off the form.
 */
async function partly_right(form: Locator): Promise<string[]> {
	const rows = await form
		.locator('fieldset.pair')
		.evaluateAll((sets) =>
			sets.map((set) => set.querySelector('input')?.getAttribute('name') ?? '')
		);
	const values = await form
		.locator('fieldset.pair')
		.first()
		.locator('input[type=radio]')
		.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('value') ?? ''));
	const parts = (v: string) => v.split(':');
	const key = rows.map((name) => {
		// A row of several attributes names both; a row of one attribute only the concept.
		const value =
			values.find((v) => name.endsWith(`-${parts(v)[1]}-of-${parts(v)[2]}`)) ??
			values.find((v) => name.endsWith(`-${parts(v)[2]}`));
		if (!value) throw new Error(`no option matches the row ${name}`);
		return value;
	});
	// Row 0 right; the other rows each take the next row's key (a rotation: all wrong).
	return key.map((value, i) =>
		i === 0 ? value : must(key[i + 1 < key.length ? i + 1 : 1], 'a key')
	);
}

/** The practice-mode feedback box and its verdict. */
export function feedback(page: Page) {
	return page.locator('.quiz .feedback');
}

export async function verdict(page: Page) {
	const box = feedback(page);
	await expect(box).toBeVisible();
	return (await box.locator('.verdict').textContent())!.trim();
}

/**
 * The visually hidden region that announces feedback: a quiz page's own, there from its HTML
 * (QuizPage), or the quiz's where a page starts with its engine (review, check, assignment).
 */
export function live_region(page: Page) {
	return page.locator('.quiz-live, .quiz [aria-live="polite"]');
}

/** The stored progress, parsed, or null. */
export async function stored(page: Page) {
	return page.evaluate((key) => {
		const text = localStorage.getItem(key);
		return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
	}, STORAGE_KEY);
}

/**
 * The answers the stored progress holds, item id by item id: those in `answers`, and those
 * format 2 keeps only in an attempt's responses (an answer given in a quiz).
 */
export async function stored_answers(page: Page) {
	const state = (await stored(page)) as {
		answers?: Record<string, unknown[]>;
		attempts?: Record<string, { responses?: Record<string, unknown> }>;
	} | null;
	const answers: Record<string, unknown[]> = {};
	for (const [item, records] of Object.entries(state?.answers ?? {})) answers[item] = [...records];
	for (const attempt of Object.values(state?.attempts ?? {}))
		for (const [item, response] of Object.entries(attempt.responses ?? {}))
			(answers[item] ??= []).push(response);
	return answers;
}

/**
 * For `test.afterEach` in a file whose tests route the page's requests (`page.route`): lets the
 * routes go. One still fetching when a test ends (a file held back, a page being rewritten) would
 * otherwise fail with "route.fetch: Test ended" a test that passed, as it once did in CI.
 */
export const let_routes_go = ({ page }: { page: Page }) =>
	page.unrouteAll({ behavior: 'ignoreErrors' });

/** The header's "Review (N due)" link, parsed. */
export async function header_due(page: Page) {
	const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
		name: /^Review \(\d+ due\)$/
	});
	await expect(link).toBeVisible();
	return Number((await link.textContent())!.match(/\((\d+) due\)/)![1]);
}

export interface Violation {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/** A readable list of axe violations: rule, impact, and each failing element. */
export function describe_violations(where: string, violations: Violation[]) {
	if (!violations.length) return `${where}: no violations`;
	return [
		`${where}: ${violations.length} axe violation(s)`,
		...violations.map(
			(v) =>
				`  [${v.impact}] ${v.id}: ${v.help}\n` +
				v.nodes
					.map(
						(n) =>
							`      ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`
					)
					.join('\n')
		)
	].join('\n');
}

/** Runs axe on the page as it is and asserts (softly, so every route is checked) no violations. */
export async function expect_accessible(page: Page, where: string, { soft = true } = {}) {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const check = soft ? expect.soft : expect;
	check(results.violations, describe_violations(where, results.violations)).toEqual([]);
	return results.violations;
}

/**
 * Lesson quizzes whose first question is answered with one choice (radios, not a matching
 * item's rows), found from their HTML: up to `count` of them.
 */
export async function quizzes_opening_with_choices(browser: Browser, count = 1) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const found: string[] = [];
	try {
		for (const lesson of expected_lessons()) {
			if (found.length >= count) break;
			if (!lesson.quiz_kinds.length) continue;
			await page.goto(`${lesson.path}quiz/`);
			if ((await question(page).locator('fieldset.pair').count()) === 0)
				found.push(`${lesson.path}quiz/`);
		}
	} finally {
		await context.close();
	}
	return found;
}

/** A lesson quiz whose first question is answered with one choice (see above). */
export async function quiz_opening_with_choices(browser: Browser) {
	return (await quizzes_opening_with_choices(browser))[0];
}

/**
 * Follows a link to `href` inside the app, as a learner clicking it would: the router navigates
 * on the client, and a page of the same route keeps its component (a link from one lesson's quiz
 * to another's). The link is added for the click and removed after it.
 */
export async function follow_link(page: Page, href: string) {
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		link.id = 'e2e-follow';
		link.textContent = 'follow';
		document.body.append(link);
	}, href);
	await page.locator('#e2e-follow').click();
	await page.waitForURL((url) => url.pathname === new URL(href, page.url()).pathname);
	await page.evaluate(() => document.getElementById('e2e-follow')?.remove());
}

/** The notices of a storage problem (Notices.svelte), an alert under the header. */
export function notices(page: Page) {
	return page.locator('.notices[role=alert]');
}
