import { input_name } from '$lib/content/ids';
import type { Answer, Item } from '$lib/quiz/types';

/**
 * The answer a learner chose in a question's form from its HTML alone, before the app was live
 * (radios work without scripts): the checked option, or a match for every prompt of a matching
 * item. Undefined when nothing complete was chosen; a typed answer waits for "Check answer".
 * The radios are named by `input_name`, as the page and QuestionView name them.
 */
export function early_answer(
	form: HTMLFormElement,
	item: Item,
	typing: boolean
): Answer | undefined {
	const checked = (name: string) =>
		form.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(name)}"]:checked`)
			?.value;
	if (item.type === 'matching') {
		const pairs: Record<string, string> = {};
		for (const prompt of item.prompts ?? []) {
			const option = checked(input_name.pair(item.id, prompt.id));
			if (!option) return undefined;
			pairs[prompt.id] = option;
		}
		// Radios cannot stop an option being picked for two rows; such an answer waits for the
		// learner to fix it and press "Check answer", where the app asks for each option once.
		if (reused(pairs).length) return undefined;
		return { kind: 'pairs', pairs };
	}
	if (typing) return undefined;
	const option = checked(input_name.item(item.id));
	return option ? { kind: 'option', option } : undefined;
}

/** Options a matching answer gives to more than one row: each option is used once. */
export function reused(pairs: Record<string, string>): string[] {
	const seen = new Set<string>();
	return Object.values(pairs).filter((option) => seen.has(option) || !seen.add(option));
}
