import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generate_bank } from '$lib/quiz/bank';
import { input_name } from '$lib/content/ids';
import type { Item } from '$lib/quiz/types';
import { at } from '$lib/must';
import { real_quiz_documents } from '$testing/real_content';
import { early_answer, FIRST_CHECKED, give_focus_back, take_over } from './early_answer';
import StaticQuiz from './StaticQuiz.svelte';
import StaticQuestion from './StaticQuestion.svelte';

// A question as the page's HTML shows it before the app is live (StaticQuestion; the page's
// first question is one too, in StaticQuiz), with app.html's own inline script running, as in
// the browser.
const bank = generate_bank(real_quiz_documents(), 5);
const choice = bank.find((item) => item.type !== 'matching' && item.options.length >= 3)!;
const matching = bank.find((item) => item.type === 'matching')!;
const key_of = (item: Item) => item.options.find((o) => o.correct)!;
const wrong_of = (item: Item) => item.options.filter((o) => !o.correct);

/** The inline script of src/app.html, run in this document; returns what undoes it. */
function run_app_html_script() {
	const html = readFileSync(join(process.cwd(), 'src/app.html'), 'utf8');
	const script = at(/<script>([\s\S]*?)<\/script>/.exec(html) ?? [], 1);
	const added: Parameters<typeof document.addEventListener>[] = [];
	const spy = vi.spyOn(document, 'addEventListener').mockImplementation((...args) => {
		added.push(args);
		EventTarget.prototype.addEventListener.apply(document, args);
	});
	// app.html's own script, run as the browser runs it before the app loads.
	// eslint-disable-next-line @typescript-eslint/no-implied-eval
	new Function(script)();
	spy.mockRestore();
	return () => {
		for (const args of added) document.removeEventListener(...args);
		document.documentElement.classList.remove('js', 'quiz-link');
	};
}

let undo = () => {};
beforeEach(() => (undo = run_app_html_script()));
afterEach(() => undo());

function shown(item: Item) {
	const { container } = render(StaticQuestion, { item });
	const question = container.querySelector('.question')!;
	return { question, check: screen.getByText('Check answer', { selector: 'summary' }) };
}

describe('an answer checked before the app is live', () => {
	it('is the choice checked at the first "Check answer", not one chosen after', async () => {
		const { question, check } = shown(choice);
		const [first, second] = wrong_of(choice);
		await userEvent.click(screen.getByRole('radio', { name: first!.text }));
		await userEvent.click(check);
		// Feedback seen, the learner switches (to another wrong option, then the key) and checks again.
		await userEvent.click(screen.getByRole('radio', { name: second!.text }));
		await userEvent.click(check);
		await userEvent.click(screen.getByRole('radio', { name: key_of(choice).text }));
		await userEvent.click(check);
		expect(early_answer(question, choice)).toEqual({ kind: 'option', option: first!.id });
	});

	it('is nothing while an answer is only chosen, by click or by arrow keys', async () => {
		const { question } = shown(choice);
		await userEvent.click(screen.getByRole('radio', { name: wrong_of(choice)[0]!.text }));
		await userEvent.keyboard('{ArrowDown}{ArrowDown}');
		expect(question.querySelectorAll(`[${FIRST_CHECKED}]`)).toHaveLength(0);
		expect(early_answer(question, choice)).toBeUndefined();
	});

	it('is the choice completed while "Check answer" is open, when it was opened too soon', async () => {
		const { question, check } = shown(choice);
		await userEvent.click(check);
		expect(early_answer(question, choice)).toBeUndefined();
		// The feedback shows as soon as the choice is made: that choice is the answer.
		await userEvent.click(screen.getByRole('radio', { name: key_of(choice).text }));
		await userEvent.click(screen.getByRole('radio', { name: wrong_of(choice)[0]!.text }));
		expect(early_answer(question, choice)).toEqual({
			kind: 'option',
			option: key_of(choice).id
		});
	});

	it('is not taken from a choice made with "Check answer" closed again', async () => {
		const { question, check } = shown(choice);
		await userEvent.click(check);
		await userEvent.click(check);
		await userEvent.click(screen.getByRole('radio', { name: key_of(choice).text }));
		expect(early_answer(question, choice)).toBeUndefined();
	});

	it('of a matching item is every prompt’s match, once all are chosen and checked', async () => {
		const { question, check } = shown(matching);
		const prompts = matching.prompts ?? [];
		const groups = screen.getAllByRole('group').filter((g) => g.matches('fieldset.pair'));
		expect(groups).toHaveLength(prompts.length);
		// Each row answered with its own match (an option used twice is never taken early).
		const match = (prompt: string) => matching.options.find((o) => o.matches === prompt)!.id;
		const pick = (i: number) =>
			at(groups, i).querySelector<HTMLInputElement>(
				`input[value="${CSS.escape(match(at(prompts, i).id))}"]`
			)!;
		// All but the last chosen: a check now records nothing.
		for (let i = 0; i < groups.length - 1; i++) await userEvent.click(pick(i));
		await userEvent.click(check);
		expect(early_answer(question, matching)).toBeUndefined();
		// The last match completes the answer while "Check answer" is open: feedback shows now.
		await userEvent.click(pick(groups.length - 1));
		expect(early_answer(question, matching)).toEqual({
			kind: 'pairs',
			pairs: Object.fromEntries(prompts.map((p) => [p.id, match(p.id)]))
		});
	});
	it('of a matching item using one option twice is nothing yet: no verdict, nothing recorded', async () => {
		const { question, check } = shown(matching);
		const prompts = matching.prompts ?? [];
		const groups = screen.getAllByRole('group').filter((g) => g.matches('fieldset.pair'));
		const first = at(matching.options, 0).id;
		// Every row given the same option, then checked.
		for (const group of groups) {
			await userEvent.click(
				group.querySelector<HTMLInputElement>(`input[value="${CSS.escape(first)}"]`)!
			);
		}
		await userEvent.click(check);
		expect(question.classList.contains('reused')).toBe(true);
		expect(question.querySelector(`[${FIRST_CHECKED}]`)).toBeNull();
		expect(early_answer(question, matching)).toBeUndefined();
		// Each row then given its own match: complete, so recorded as it stands.
		for (const [i, group] of groups.entries()) {
			const own = matching.options.find((o) => o.matches === at(prompts, i).id)!.id;
			await userEvent.click(
				group.querySelector<HTMLInputElement>(`input[value="${CSS.escape(own)}"]`)!
			);
		}
		expect(question.classList.contains('reused')).toBe(false);
		expect(early_answer(question, matching)).toMatchObject({ kind: 'pairs' });
	});
	it('of a matching item is nothing when the checked choices use one option twice', () => {
		const { question } = shown(matching);
		const first = at(matching.options, 0).id;
		// As if the page had marked every row's choice of the same option as first checked.
		for (const radio of question.querySelectorAll<HTMLInputElement>(
			`fieldset.pair input[value="${CSS.escape(first)}"]`
		)) {
			radio.checked = true;
			radio.setAttribute(FIRST_CHECKED, '');
		}
		expect(early_answer(question, matching)).toBeUndefined();
	});
});

describe('what the engine takes over from the page’s static quiz', () => {
	const items = [choice, matching];

	function quiz() {
		const { container } = render(StaticQuiz, { items, seed: 5 });
		return container.querySelector<HTMLElement>('.quiz')!;
	}

	it('is the mode, the answer checked (as first checked), and the radio with focus', async () => {
		const root = quiz();
		const [first, second] = wrong_of(choice);
		await userEvent.click(screen.getByRole('radio', { name: 'Exam' }));
		await userEvent.click(screen.getByRole('radio', { name: 'Practice' }));
		await userEvent.click(screen.getByRole('radio', { name: first!.text }));
		await userEvent.click(screen.getAllByText('Check answer', { selector: 'summary' })[0]!);
		// Feedback seen, the learner switches: the first check is the answer, and shown as such.
		await userEvent.click(screen.getByRole('radio', { name: second!.text }));
		const handoff = take_over(root, choice);
		expect(handoff).toMatchObject({
			item_id: choice.id,
			mode: 'practice',
			answer: { kind: 'option', option: first!.id },
			focus: { name: input_name.item(choice.id), value: second!.id }
		});
		expect(handoff.chosen.get(input_name.item(choice.id))).toBe(first!.id);
		expect(screen.getByRole('radio', { name: first!.text })).toBeChecked();
	});

	it('is a choice not yet checked, with no answer, and reads only the first question', async () => {
		const root = quiz();
		await userEvent.click(screen.getByRole('radio', { name: key_of(choice).text }));
		const handoff = take_over(root, choice);
		expect(handoff.answer).toBeUndefined();
		expect([...handoff.chosen]).toEqual([[input_name.item(choice.id), key_of(choice).id]]);
	});

	it('gives focus back to the same radio in the engine’s markup', () => {
		const root = quiz();
		const radio = root.querySelector<HTMLInputElement>('form input[type="radio"]')!;
		(document.activeElement as HTMLElement | null)?.blur();
		give_focus_back(root, {
			item_id: choice.id,
			chosen: new Map(),
			focus: { name: radio.name, value: radio.value }
		});
		expect(radio).toHaveFocus();
	});
});
