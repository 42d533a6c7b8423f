import { input_name } from '$lib/content/page_ids';
import { read_form } from '$lib/quiz/answer_form';
import type { Answer, Item } from '$lib/quiz/types';

/**
 * The attribute app.html's script sets on the radios checked when a question's "Check answer"
 * (EarlyCheck) was first opened with a complete answer, before the app was live.
 */
export const FIRST_CHECKED = 'data-first';

/**
 * The answer a learner checked in a question (its form) from its HTML alone, before the app was
 * live: the options marked `FIRST_CHECKED`, one for a plain question or one for every prompt of
 * a matching item. Only the first check counts: feedback was shown then, so a choice changed
 * after it is not the learner's answer. Undefined when nothing complete was checked (a choice
 * merely made waits for the app's "Check answer"). The page's HTML offers no typed answer (a
 * fill-in item shows its list), so there is none to read. The radios are named by `input_name`,
 * as the page and QuestionView name them.
 */
export function early_answer(question: ParentNode, item: Item): Answer | undefined {
	const checked = (name: string) =>
		question.querySelector<HTMLInputElement>(
			`input[type="radio"][name="${CSS.escape(name)}"][${FIRST_CHECKED}]`
		)?.value;
	const pairs: Record<string, string> = {};
	for (const prompt of item.prompts ?? []) {
		const option = checked(input_name.pair(item.id, prompt.id));
		if (option) pairs[prompt.id] = option;
	}
	// An answer the app would refuse (a row without a match, an option picked for two rows, which
	// radios cannot stop) waits for the learner to fix it and press "Check answer".
	const read = read_form(item, { chosen: checked(input_name.item(item.id)) ?? '', pairs });
	return 'answer' in read ? read.answer : undefined;
}

/**
 * Checks again the choices that were first checked (`FIRST_CHECKED`) in `question`, so that what
 * the page shows is the answer that counts, not a choice made after its feedback was seen.
 */
export function restore_first_checked(question: ParentNode) {
	for (const radio of question.querySelectorAll<HTMLInputElement>(
		`input[type="radio"][${FIRST_CHECKED}]`
	))
		radio.checked = true;
}

/**
 * What the learner did in the page's quiz before its engine arrived (see QuizPage), read from
 * the static quiz's markup just before the engine replaces it, so that nothing is lost.
 */
export interface Handoff {
	/** The question the choices and answer belong to: the page's first. */
	item_id: string;
	/** The mode chosen, if the learner chose one. */
	mode?: string;
	/** The first question's choices as the radios show them: input name → option id. */
	chosen: ReadonlyMap<string, string>;
	/** The answer checked with "Check answer" (see `early_answer`): recorded and shown once live. */
	answer?: Answer;
	/** The radio that had focus (its name and value), to give focus back in the engine's markup. */
	focus?: { name: string; value: string };
}

/**
 * Reads the static quiz in `root` for `item`, its first question (the form holding it): the
 * mode, the choices, the answer checked and the focused radio. Where an answer was checked, the
 * choices are that answer (`restore_first_checked`): its feedback is what the learner read.
 */
export function take_over(root: ParentNode, item: Item): Handoff {
	const mode = root.querySelector<HTMLInputElement>('.mode input:checked')?.value;
	const form = root.querySelector('form');
	const answer = form ? early_answer(form, item) : undefined;
	if (form && answer) restore_first_checked(form);
	// Nothing here renders: a plain Map, read once by the engine.
	const chosen = new Map<string, string>();
	for (const radio of form?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ?? [])
		chosen.set(radio.name, radio.value);
	const active = document.activeElement;
	const focus =
		active instanceof HTMLInputElement && active.type === 'radio' && root.contains(active)
			? { name: active.name, value: active.value }
			: undefined;
	return {
		item_id: item.id,
		...(mode ? { mode } : {}),
		chosen,
		...(answer ? { answer } : {}),
		...(focus ? { focus } : {})
	};
}

/**
 * Gives focus back, in the engine's markup inside `host`, to the radio the learner was on in the
 * static quiz (`handoff.focus`), unless something else has focus already (the engine moves it
 * to "Next question" once an answer was checked).
 */
export function give_focus_back(host: ParentNode, handoff: Handoff) {
	const focus = handoff.focus;
	if (!focus || (document.activeElement && document.activeElement !== document.body)) return;
	host
		.querySelector<HTMLInputElement>(
			`input[name="${CSS.escape(focus.name)}"][value="${CSS.escape(focus.value)}"]`
		)
		?.focus();
}
