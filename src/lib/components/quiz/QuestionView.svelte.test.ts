import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { generate_bank } from '$lib/quiz/bank';
import { grade_answer } from '$lib/quiz/grade';
import type { Answer, Item } from '$lib/quiz/types';
import { real_quiz_documents } from '$testing/real_content';
import { input_name } from '$lib/content/ids';
import QuestionView from './QuestionView.svelte';
import { at, must } from '$lib/must';

const bank = generate_bank(real_quiz_documents(), 3);
const of_type = (type: Item['type']) => bank.find((item) => item.type === type)!;

function responded(item: Item, answer: Answer) {
	const grade = grade_answer(item, answer);
	return { answer, correct: grade.correct, score: grade.score, at: 1 };
}

describe('QuestionView', () => {
	it('sends the chosen option when the learner checks the answer', async () => {
		const item = of_type('scenario');
		const onanswer = vi.fn();
		render(QuestionView, { item, onanswer, onnext: () => {}, last: false });
		const key = item.options.find((o) => o.correct)!;
		await userEvent.click(screen.getByRole('radio', { name: key.text }));
		await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(onanswer).toHaveBeenCalledWith({ kind: 'option', option: key.id });
	});

	it('asks for a choice instead of sending an empty answer', async () => {
		const onanswer = vi.fn();
		render(QuestionView, {
			item: of_type('which-concept'),
			onanswer,
			onnext: () => {},
			last: false
		});
		await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(onanswer).not.toHaveBeenCalled();
		expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
	});

	it('shows why every option is right or wrong once answered, with a link to the lesson', () => {
		const item = of_type('attribute-value');
		const wrong = item.options.find((o) => !o.correct)!;
		render(QuestionView, {
			item,
			response: responded(item, { kind: 'option', option: wrong.id }),
			onanswer: () => {},
			onnext: () => {},
			last: true
		});
		expect(screen.getByText('Not quite.')).toBeInTheDocument();
		for (const option of item.options)
			expect(screen.getByText(option.feedback, { exact: false })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Read it in the lesson' })).toHaveAttribute(
			'href',
			item.source.href
		);
		expect(screen.getByRole('button', { name: 'See results' })).toBeInTheDocument();
	});

	it('takes a typed term for a fill-in item, and offers the list instead', async () => {
		const item = of_type('fill-in');
		const onanswer = vi.fn();
		render(QuestionView, { item, onanswer, onnext: () => {}, last: false });
		const term = at(must(item.accept, 'a fill-in item accepts terms'), 0);
		await userEvent.type(screen.getByLabelText('Your answer'), term);
		await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(onanswer).toHaveBeenCalledWith({ kind: 'text', text: term });
	});

	it('offers one radio group per concept for a matching item', async () => {
		const item = of_type('matching');
		const onanswer = vi.fn();
		render(QuestionView, { item, onanswer, onnext: () => {}, last: false });
		const groups = screen
			.getAllByRole('group')
			.filter((g) => item.prompts!.some((p) => g.textContent?.startsWith(p.text)));
		expect(groups).toHaveLength(item.prompts!.length);
		for (const prompt of item.prompts!) {
			const key = item.options.find((o) => o.matches === prompt.id)!;
			const group = screen.getByRole('group', { name: prompt.text });
			await userEvent.click(
				[...group.querySelectorAll('input')].find((input) => input.value === key.id)!
			);
		}
		await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
		const pairs = Object.fromEntries(
			item.prompts!.map((p) => [p.id, item.options.find((o) => o.matches === p.id)!.id])
		);
		expect(onanswer).toHaveBeenCalledWith({ kind: 'pairs', pairs });
	});

	it('uses each option of a matching item once: a second use is said at once and refused', async () => {
		const item = of_type('matching');
		const onanswer = vi.fn();
		render(QuestionView, { item, onanswer, onnext: () => {}, last: false });
		const prompts = item.prompts!;
		const radio = (prompt: { text: string }, index: number) =>
			at([...screen.getByRole('group', { name: prompt.text }).querySelectorAll('input')], index);
		// The learner's pause is played on a fake clock: waited for on the real one, it kept the
		// test idle for over half a second.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		onTestFinished(() => void vi.useRealTimers());
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		// Row i takes option i; the last row then takes option 0 again, by keyboard.
		for (const [i, prompt] of prompts.entries()) await user.click(radio(prompt, i));
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('');
		const last = at(prompts, prompts.length - 1);
		radio(last, 1).focus();
		await user.keyboard('{ArrowUp}');
		expect(radio(last, 0)).toBeChecked();
		expect(radio(at(prompts, 0), 0)).toBeChecked();
		// Said once the learner rests on the choice, not on each option an arrow key passes.
		expect(status).toHaveTextContent('');
		vi.advanceTimersByTime(300);
		await tick();
		expect(status).toHaveTextContent('');
		vi.advanceTimersByTime(700);
		await tick();
		expect(status).toHaveTextContent(
			`“${at(item.options, 0).text}” is also chosen for ${at(prompts, 0).text}. Each option is used once`
		);
		await user.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(onanswer).not.toHaveBeenCalled();
		expect(screen.getByRole('alert')).toHaveTextContent(
			`Use each option once: “${at(item.options, 0).text}” is chosen for more than one row.`
		);
	});

	it('says a typed answer is right once, naming the term, without repeating the definition', () => {
		const item = of_type('fill-in');
		const term = at(must(item.accept, 'a fill-in item accepts terms'), 0);
		render(QuestionView, {
			item,
			response: responded(item, { kind: 'text', text: term }),
			onanswer: () => {},
			onnext: () => {},
			last: false
		});
		const box = document.querySelector('.feedback')!;
		expect(box.querySelector('.verdict')).toHaveTextContent(/^Correct\.$/);
		expect(box).toHaveTextContent(`The term is “${term}”.`);
		// The term is named once, and the definition is left to the prompt above.
		expect(box.textContent.split(term)).toHaveLength(2);
		expect(box).not.toHaveTextContent('Right:');
		expect(box).not.toHaveTextContent(item.prompt!);
	});

	it('names the right term once when a typed answer is wrong', () => {
		const item = of_type('fill-in');
		render(QuestionView, {
			item,
			response: responded(item, { kind: 'text', text: 'zzzz' }),
			onanswer: () => {},
			onnext: () => {},
			last: false
		});
		const box = document.querySelector('.feedback')!;
		expect(box).toHaveTextContent(`Not quite. The term is “${item.accept![0]}”.`);
		expect(box.textContent.match(/Not quite/g)).toHaveLength(1);
	});

	it('does not repeat an explanation that an option’s reason already gives', () => {
		const item = bank.find(
			(i) => i.type === 'scenario' && i.options.some((o) => o.feedback.includes(i.explanation))
		)!;
		const key = item.options.find((o) => o.correct)!;
		render(QuestionView, {
			item,
			response: responded(item, { kind: 'option', option: key.id }),
			onanswer: () => {},
			onnext: () => {},
			last: false
		});
		expect(screen.getByText('Correct.')).toBeInTheDocument();
		const saying = screen.getAllByText((_, element) =>
			[...(element?.childNodes ?? [])].some(
				(n) => n.nodeType === 3 && n.textContent!.includes(item.explanation)
			)
		);
		// Only the options' reasons say it; the feedback box adds no copy of its own.
		const reasons = item.options.filter((o) => o.feedback.includes(item.explanation));
		expect(saying).toHaveLength(reasons.length);
		expect(document.querySelector('.feedback')).not.toHaveTextContent(item.explanation);
	});

	it('keeps an explanation that nothing else on screen says', () => {
		const item = bank.find(
			(i) =>
				i.type === 'attribute-value' &&
				!i.options.some((o) => o.feedback.includes(i.explanation.replace(/\.$/, '')))
		)!;
		const key = item.options.find((o) => o.correct)!;
		render(QuestionView, {
			item,
			response: responded(item, { kind: 'option', option: key.id }),
			onanswer: () => {},
			onnext: () => {},
			last: false
		});
		expect(document.querySelector('.feedback')).toHaveTextContent(item.explanation);
	});

	it('says Save in exam mode, where nothing is checked until the end', async () => {
		const item = of_type('scenario');
		const onanswer = vi.fn();
		const { unmount } = render(QuestionView, {
			item,
			onanswer,
			onnext: () => {},
			last: false,
			exam: true
		});
		expect(screen.queryByRole('button', { name: 'Check answer' })).toBeNull();
		await userEvent.click(at(screen.getAllByRole('radio'), 0));
		await userEvent.click(screen.getByRole('button', { name: 'Save and next' }));
		expect(onanswer).toHaveBeenCalledOnce();
		unmount();
		render(QuestionView, { item, onanswer, onnext: () => {}, last: true, exam: true });
		expect(screen.getByRole('button', { name: 'Save and finish' })).toBeInTheDocument();
	});

	it('goes from typing to the list and back, moving focus to what appears', async () => {
		const item = of_type('fill-in');
		render(QuestionView, { item, onanswer: () => {}, onnext: () => {}, last: false });
		await userEvent.click(screen.getByRole('button', { name: 'Choose from a list instead' }));
		expect(screen.queryByLabelText('Your answer')).toBeNull();
		expect(screen.getAllByRole('radio')[0]).toHaveFocus();
		await userEvent.click(screen.getByRole('button', { name: 'Type the answer instead' }));
		expect(screen.queryAllByRole('radio')).toHaveLength(0);
		expect(screen.getByLabelText('Your answer')).toHaveFocus();
		expect(screen.getByRole('button', { name: 'Choose from a list instead' })).toBeInTheDocument();
	});

	it('offers no typing for an item that takes no typed answer', () => {
		render(QuestionView, {
			item: of_type('scenario'),
			onanswer: () => {},
			onnext: () => {},
			last: false
		});
		expect(screen.queryByRole('button', { name: 'Type the answer instead' })).toBeNull();
	});

	it('shows the choices made in the page’s HTML before it took over, a fill-in’s from its list', async () => {
		const item = of_type('fill-in');
		const option = at(item.options, 1);
		const onanswer = vi.fn();
		render(QuestionView, {
			item,
			early_choices: new Map([[input_name.item(item.id), option.id]]),
			onanswer,
			onnext: () => {},
			last: false
		});
		expect(screen.queryByLabelText('Your answer')).toBeNull();
		expect(screen.getByRole('radio', { name: option.text })).toBeChecked();
		await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(onanswer).toHaveBeenCalledWith({ kind: 'option', option: option.id });
	});

	it('keeps a fill-in’s list when the page’s HTML handed it over with nothing chosen', () => {
		const item = of_type('fill-in');
		render(QuestionView, {
			item,
			early_choices: new Map(),
			onanswer: () => {},
			onnext: () => {},
			last: false
		});
		// The list the learner was reading stays; typing is offered beside it.
		expect(screen.queryByLabelText('Your answer')).toBeNull();
		for (const option of item.options)
			expect(screen.getByRole('radio', { name: option.text })).not.toBeChecked();
	});

	it('shows a matching item’s rows as chosen in the page’s HTML', async () => {
		const item = of_type('matching');
		const prompts = item.prompts!;
		const match = (id: string) => item.options.find((o) => o.matches === id)!.id;
		const onanswer = vi.fn();
		render(QuestionView, {
			item,
			early_choices: new Map(prompts.map((p) => [input_name.pair(item.id, p.id), match(p.id)])),
			onanswer,
			onnext: () => {},
			last: false
		});
		await userEvent.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(onanswer).toHaveBeenCalledWith({
			kind: 'pairs',
			pairs: Object.fromEntries(prompts.map((p) => [p.id, match(p.id)]))
		});
	});
});
