import { matches_typed } from './typed';
import type { Answer, Grade, Item } from './types';

/** Grades an answer to an item; throws when the answer does not fit the item at all. */
export function grade_answer(item: Item, answer: Answer): Grade {
	if (item.type === 'matching') {
		if (answer.kind !== 'pairs')
			throw new Error(`Item ${item.id} is a matching item and needs pairs`);
		const prompts = item.prompts ?? [];
		const lines = prompts.map((prompt) => {
			const chosen = item.options.find((o) => o.id === answer.pairs[prompt.id]);
			const right = chosen?.matches === prompt.id;
			const key = item.options.find((o) => o.matches === prompt.id);
			return {
				right,
				line: right
					? `${prompt.text}: right.`
					: `${prompt.text}: ${chosen ? 'not that one' : 'no answer'}; its match is “${key?.text ?? '?'}”.`
			};
		});
		const score = prompts.length ? lines.filter((l) => l.right).length / prompts.length : 0;
		return { correct: score === 1, score, feedback: lines.map((l) => l.line) };
	}
	if (answer.kind === 'text') {
		if (!item.accept) throw new Error(`Item ${item.id} does not take a typed answer`);
		const correct = matches_typed(answer.text, item.accept);
		const key = item.options.find((o) => o.correct);
		return {
			correct,
			score: correct ? 1 : 0,
			// The verdict ("Correct." / "Not quite.") is said before it, so this only names the term.
			feedback: [`The term is “${key?.text ?? item.accept[0]}”.`]
		};
	}
	if (answer.kind !== 'option') throw new Error(`Item ${item.id} needs one option chosen`);
	const option = item.options.find((o) => o.id === answer.option);
	if (!option) throw new Error(`Item ${item.id} has no option "${answer.option}"`);
	return { correct: option.correct, score: option.correct ? 1 : 0, feedback: [option.feedback] };
}
