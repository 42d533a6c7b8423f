/**
 * A small hand-made document for the item generators' tests: what each generator makes of it
 * can be read off in full, where the real content gives hundreds of items.
 */
import { DocumentFacts, type Attribute, type QuizDocument } from '$lib/quiz/source';
import type { Item } from '$lib/quiz/types';

const cited = { lesson: 'l', section: 'S' };

const leads: Attribute = {
	id: 'leads',
	name: 'Leadership',
	trait: false,
	question: 'Who leads {concept}?',
	claim: '{concept} is led by {value}.',
	values: [
		{
			concept: 'local',
			text: 'Residents of the place',
			note: 'Often elected.',
			also: [],
			...cited
		},
		{ concept: 'broad', text: 'Agencies and NGOs', also: [], ...cited }
	]
};
const goal: Attribute = {
	id: 'goal',
	name: 'Goal',
	trait: true,
	values: [
		{ concept: 'local', text: 'Local self-reliance', also: [], ...cited },
		{ concept: 'broad', text: 'New national policy', also: [], ...cited }
	]
};

/** A small document: two approaches, two attributes, one shared trait, one held-back scenario. */
export function small_document(
	similarities = [{ id: 'shared', text: 'Working for change together', ...cited }]
) {
	const doc: QuizDocument = {
		slug: 'here',
		title: 'Here and now',
		folder: 'content/here',
		lessons: [{ slug: 'l', title: 'L', section: 'S', terms: [], examined: [] }],
		distinctions: {
			concept_noun: 'approach',
			concept_noun_plural: 'approaches',
			group: 'both approaches',
			concepts: [
				{ id: 'local', name: 'Local work', summary: 'Work led by residents', ...cited },
				{ id: 'broad', name: 'Broad work', summary: 'Work led by agencies', ...cited }
			],
			attributes: [leads, goal],
			similarities,
			examples: [],
			scenarios: [
				{
					id: 'well',
					text: 'Neighbours dig a well.',
					concept: 'local',
					why: 'Residents act themselves.',
					...cited
				}
			],
			links: []
		}
	};
	return new DocumentFacts(doc, [doc]);
}

/** What the learner reads of an item: the question, its options in order, and the explanation. */
export function shown(item: Item) {
	return {
		stem: item.stem,
		prompt: item.prompt,
		options: item.options.map((o) => [o.text, o.correct, o.feedback]),
		explanation: item.explanation
	};
}
