import type { Answer, Item } from '$lib/quiz/types';

/**
 * The answer a learner chose in a question's form from its HTML alone, before the app was live
 * (radios work without scripts): the checked option, or a match for every prompt of a matching
 * item. Undefined when nothing complete was chosen; a typed answer waits for "Check answer".
 * The radios are named as QuestionView names them: the item id, or `<item>-<prompt>`.
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
			const option = checked(`${item.id}-${prompt.id}`);
			if (!option) return undefined;
			pairs[prompt.id] = option;
		}
		return { kind: 'pairs', pairs };
	}
	if (typing) return undefined;
	const option = checked(item.id);
	return option ? { kind: 'option', option } : undefined;
}
