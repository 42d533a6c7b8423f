/** Quiz items for tests of the item checks and grading. */
import type { Item, Option } from '$lib/quiz/types';

/** A plain item that passes every `check_item` rule; tests break one thing at a time. */
export function valid_item(overrides: Partial<Item> = {}): Item {
	const option = (id: string, text: string, correct: boolean): Option => ({
		id,
		text,
		correct,
		feedback: correct ? 'Right.' : 'No.'
	});
	return {
		id: 'qtest001',
		type: 'attribute-value',
		document: 'alpha',
		stem: 'What is the mood of red?',
		options: [
			option('a', 'Lively and loud', true),
			option('b', 'Restful and steady', false),
			option('c', 'Quiet and distant', false)
		],
		explanation: 'Red is lively and loud.',
		source: {
			document: 'alpha',
			section: 'Part A',
			lesson: 'first',
			href: '/alpha/first#attr-mood'
		},
		fact: { kind: 'value', key: 'value:mood:red', concepts: ['red'], origin: 'x' },
		...overrides
	};
}

/**
 * A matching item of three colours and their moods: each prompt (`red`, `green`, `blue`) has one
 * option (`v-red`, …) that matches it.
 */
export function matching_item(overrides: Partial<Item> = {}): Item {
	const mood = (colour: string, text: string, feedback: string): Option => ({
		id: `v-${colour}`,
		text,
		correct: true,
		feedback,
		matches: colour
	});
	return valid_item({
		type: 'matching',
		prompts: [
			{ id: 'red', text: 'Red' },
			{ id: 'green', text: 'Green' },
			{ id: 'blue', text: 'Blue' }
		],
		options: [
			mood('red', 'Lively and loud', 'Red.'),
			mood('green', 'Restful and steady', 'Green.'),
			mood('blue', 'Quiet and distant', 'Blue.')
		],
		...overrides
	});
}
