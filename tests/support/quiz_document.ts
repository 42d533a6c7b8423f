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

/**
 * The small document linked to a second one, "Over there" (three forms of organizing): local
 * work mirrors grassroots groups and broad work coalitions; networks mirror nothing here.
 */
export function linked_documents() {
	const { doc: plain } = small_document();
	const here: QuizDocument = {
		...plain,
		distinctions: {
			...plain.distinctions,
			links: [
				{
					id: 'roots',
					concept: 'local',
					counterpart: 'grassroots',
					why: 'Both start with residents.',
					...cited
				},
				{
					id: 'alliance',
					concept: 'broad',
					counterpart: 'coalition',
					why: 'Both join many bodies.',
					...cited
				}
			]
		}
	};
	const there: QuizDocument = {
		slug: 'there',
		title: 'Over there',
		folder: 'content/there',
		lessons: [{ slug: 'm', title: 'M', section: 'T', terms: [], examined: [] }],
		distinctions: {
			concept_noun: 'form',
			concept_noun_plural: 'forms',
			group: 'all three forms',
			concepts: [
				{
					id: 'grassroots',
					name: 'Grassroots group',
					summary: 'A group of neighbours',
					lesson: 'm',
					section: 'T'
				},
				{
					id: 'coalition',
					name: 'Coalition',
					summary: 'An alliance of organizations',
					lesson: 'm',
					section: 'T'
				},
				{
					id: 'network',
					name: 'Network',
					summary: 'A loose web of contacts',
					lesson: 'm',
					section: 'T'
				}
			],
			attributes: [],
			similarities: [],
			examples: [],
			scenarios: [],
			links: []
		}
	};
	return {
		here: new DocumentFacts(here, [here, there]),
		there: new DocumentFacts(there, [here, there])
	};
}
