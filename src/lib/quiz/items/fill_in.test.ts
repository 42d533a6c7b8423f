import { describe, expect, it } from 'vitest';
import { shown, small_document } from '$testing/quiz_document';
import { DocumentFacts } from '../source';
import { seeded } from '../random';
import { fill_in_items } from './fill_in';

const term = (id: string, name: string, definition: string, aliases: string[] = []) => ({
	id,
	term: name,
	definition,
	aliases
});

/** The small document with a lesson that defines key terms. */
function with_terms(terms: ReturnType<typeof term>[]) {
	const { doc } = small_document();
	const lesson = { slug: 'words', title: 'Words', section: 'S', terms, examined: [] };
	const taught = { ...doc, lessons: [...doc.lessons, lesson] };
	return new DocumentFacts(taught, [taught]);
}

const TERMS = [
	term('quorum', 'Quorum', 'The smallest number of members a meeting needs.', ['Quora']),
	term('caucus', 'Caucus', 'A closed meeting of one group, e.g. a party, before a larger one.'),
	term('agenda', 'Agenda', 'The list of what a meeting will discuss.')
];

describe('fill-in items', () => {
	it('ask for the key term a definition gives, offering two other terms of the document', () => {
		const [item] = fill_in_items(with_terms(TERMS), () => seeded(1));
		expect(item && shown(item)).toEqual({
			stem: 'Which key term has this definition?',
			prompt: 'The smallest number of members a meeting needs.',
			options: expect.arrayContaining([
				['Quorum', true, 'Right: this defines quorum.'],
				[
					'Caucus',
					false,
					'No: “Caucus” means a closed meeting of one group, e.g. a party, before a larger one.'
				],
				['Agenda', false, 'No: “Agenda” means the list of what a meeting will discuss.']
			]),
			explanation: 'Quorum: The smallest number of members a meeting needs.'
		});
		expect(item?.options).toHaveLength(3);
		expect(item?.accept).toEqual(['Quorum', 'Quora']);
		expect(item?.fact).toEqual({
			kind: 'term',
			key: 'term:here:quorum',
			concepts: [],
			origin: 'content/here lesson "words" terms: Quorum'
		});
		expect(item?.source.href).toBe('/here/words/#term-quorum');
		expect(item?.options.find((o) => o.text === 'Caucus')?.href).toBe('/here/words/#term-caucus');
	});

	it('make one item per term, and none from a single term, which has nothing to be confused with', () => {
		expect(fill_in_items(with_terms(TERMS), () => seeded(1)).map((i) => i.prompt)).toEqual(
			TERMS.map((t) => t.definition)
		);
		expect(fill_in_items(with_terms(TERMS.slice(0, 2)), () => seeded(1))).toHaveLength(2);
		expect(fill_in_items(with_terms(TERMS.slice(0, 1)), () => seeded(1))).toEqual([]);
	});
});
