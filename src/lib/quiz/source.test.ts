import { describe, expect, it } from 'vitest';
import { linked_documents } from '$testing/quiz_document';
import { Crossings, DocumentFacts, type QuizDocument } from './source';

describe('Crossings', () => {
	const { here, there } = linked_documents();
	const cited = { lesson: 'm', section: 'T' };
	/** "Over there" linking back: networks mirror local work, and coalitions mirror themselves. */
	const back: QuizDocument = {
		...there.doc,
		distinctions: {
			...there.doc.distinctions,
			links: [
				{ id: 'web', concept: 'network', counterpart: 'local', why: 'Both are loose.', ...cited },
				{ id: 'self', concept: 'coalition', counterpart: 'coalition', why: 'Itself.', ...cited }
			]
		}
	};
	const crossings = new Crossings([here.doc, back]);

	it('finds each concept and the document that holds it, the first where two share an id', () => {
		expect(crossings.owner('grassroots')).toBe(back);
		expect(crossings.concept('local')).toBe(here.doc.distinctions.concepts[0]);
		const twin = { ...back, slug: 'twin' };
		expect(new Crossings([here.doc, back, twin]).owner('network')).toBe(back);
		expect(crossings.owner('nowhere')).toBeUndefined();
	});

	it('gives the counterparts of a concept from links either way round, in link order', () => {
		expect(crossings.partners('local')).toEqual(['grassroots', 'network']);
		expect(crossings.partners('grassroots')).toEqual(['local']);
		// A concept linked to itself is its own counterpart once.
		expect(crossings.partners('coalition')).toEqual(['broad', 'coalition']);
		expect(crossings.partners('nowhere')).toEqual([]);
	});

	it('knows which concepts a link joins, either way round', () => {
		expect(crossings.linked('local', 'network')).toBe(true);
		expect(crossings.linked('network', 'local')).toBe(true);
		expect(crossings.linked('local', 'coalition')).toBe(false);
		expect(crossings.linked('coalition', 'coalition')).toBe(true);
	});

	it('stands behind DocumentFacts.concept, for counterparts of other documents', () => {
		const facts = new DocumentFacts(here.doc, [here.doc, back], crossings);
		expect(facts.concept('network').name).toBe('Network');
		expect(() => facts.concept('nowhere')).toThrow('content/here/distinctions.yaml: no concept');
	});
});
