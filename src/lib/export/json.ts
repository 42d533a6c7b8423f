import type { Item, Option, Selection } from '../quiz/types';

/** What `--format json` prints. */
export interface JsonExport {
	generator: 'mobilize';
	seed: number;
	selection: Selection;
	count: number;
	items: Item[];
}

/**
 * The bank as JSON with 2-space indent. Keys are put in one documented order (id and type
 * first, source and fact last) so exports diff cleanly; fields an item lacks are left out.
 */
export function format_json(bank: { seed: number; selection: Selection; items: Item[] }): string {
	const output: JsonExport = {
		generator: 'mobilize',
		seed: bank.seed,
		selection: bank.selection,
		count: bank.items.length,
		items: bank.items.map(ordered_item)
	};
	return `${JSON.stringify(output, null, 2)}\n`;
}

function ordered_item(item: Item): Item {
	return {
		id: item.id,
		type: item.type,
		document: item.document,
		stem: item.stem,
		prompt: item.prompt,
		options: item.options.map(ordered_option),
		prompts: item.prompts,
		accept: item.accept,
		explanation: item.explanation,
		examines: item.examines,
		source: {
			document: item.source.document,
			section: item.source.section,
			lesson: item.source.lesson,
			href: item.source.href
		},
		fact: {
			kind: item.fact.kind,
			key: item.fact.key,
			concepts: item.fact.concepts,
			attribute: item.fact.attribute,
			origin: item.fact.origin
		}
	};
}

function ordered_option(option: Option): Option {
	return {
		id: option.id,
		text: option.text,
		correct: option.correct,
		feedback: option.feedback,
		matches: option.matches,
		href: option.href
	};
}
