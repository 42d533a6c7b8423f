import type { Answer, Grade, Item } from './types';

/**
 * What a question's form holds, the same in the site's quiz and the SCORM player: the option
 * chosen, the text typed (for an item that takes one, while the learner types rather than
 * chooses) and a matching item's choice per prompt.
 */
export interface FormState {
	chosen: string;
	typed?: string;
	typing?: boolean;
	pairs: Readonly<Record<string, string>>;
}

/**
 * The answer a question's form holds, or, when it cannot be checked yet, what the learner must
 * do first, in words for the form's alert.
 */
export function read_form(item: Item, form: FormState): { answer: Answer } | { error: string } {
	if (item.type === 'matching') {
		const missing = (item.prompts ?? []).filter((prompt) => !form.pairs[prompt.id]);
		if (missing.length) {
			return { error: `Choose a match for ${missing.map((prompt) => prompt.text).join(', ')}.` };
		}
		const twice = reused(form.pairs);
		if (twice.length) {
			const texts = twice.map((id) => `“${item.options.find((o) => o.id === id)?.text ?? id}”`);
			const verb = twice.length === 1 ? 'is' : 'are each';
			return {
				error: `Use each option once: ${texts.join(', ')} ${verb} chosen for more than one row.`
			};
		}
		return { answer: { kind: 'pairs', pairs: { ...form.pairs } } };
	}
	if (form.typing) {
		const typed = form.typed ?? '';
		if (!typed.trim()) return { error: 'Type a term, or choose from the list instead.' };
		return { answer: { kind: 'text', text: typed } };
	}
	if (!form.chosen) return { error: 'Choose an answer first.' };
	return { answer: { kind: 'option', option: form.chosen } };
}

/** The options a matching item's answer uses for more than one prompt, each named once. */
export function reused(pairs: Readonly<Record<string, string>>): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const option of Object.values(pairs)) {
		if (seen.has(option)) twice.add(option);
		seen.add(option);
	}
	return [...twice];
}

/** The word a learner reads first once an answer is checked. */
export function verdict(grade: Grade): string {
	if (grade.correct) return 'Correct.';
	return grade.score > 0 ? 'Partly right.' : 'Not quite.';
}

/**
 * The right answer in words: the key's text, or for a matching item each prompt with its match
 * (`Red → Lively; Green → Restful`).
 */
export function key_text(item: Item): string {
	if (item.type === 'matching') {
		return (item.prompts ?? [])
			.map((p) => `${p.text} → ${item.options.find((o) => o.matches === p.id)?.text ?? '?'}`)
			.join('; ');
	}
	return item.options.find((o) => o.correct)?.text ?? item.accept?.[0] ?? '';
}

/**
 * Whether an item's explanation adds anything to what the screen says once its answer is
 * checked (`on_screen`: the options' reasons shown, the key with the prompt…). Said once: it is
 * left out where one of them already says it word for word, whatever the case and punctuation.
 */
export function explanation_needed(explanation: string, on_screen: readonly string[]): boolean {
	const said = plain(explanation);
	return !on_screen.some((text) => plain(text).includes(said));
}

/** Lower-case words separated by single spaces, padded with one, for comparing what texts say. */
function plain(text: string) {
	return ` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}
