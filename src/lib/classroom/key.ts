import type { Item } from '../quiz/types';

/** Letters for options on paper: A, B, C… */
export const option_letter = (index: number) => String.fromCharCode(65 + (index % 26));

/**
 * An item's right answer, as lines for an answer key: one per pair for matching (with the
 * option's letter, as the worksheet prints it), the term and its other accepted spellings for
 * fill-in, else the right option with its letter.
 */
export function answer_key(item: Item): string[] {
	const lettered = (id: string | undefined) => {
		const index = item.options.findIndex((o) => o.id === id);
		const option = item.options[index];
		return option ? `${option_letter(index)}. ${option.text}` : '?';
	};
	if (item.type === 'matching') {
		return (item.prompts ?? []).map(
			(p, i) =>
				`${i + 1}. ${p.text} → ${lettered(item.options.find((o) => o.matches === p.id)?.id)}`
		);
	}
	if (item.type === 'fill-in') {
		const [term, ...others] = item.accept ?? [item.options.find((o) => o.correct)?.text ?? '?'];
		return [others.length ? `${term} (also accepted: ${others.join(', ')})` : `${term}`];
	}
	return [lettered(item.options.find((o) => o.correct)?.id)];
}
