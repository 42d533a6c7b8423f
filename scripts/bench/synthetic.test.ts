import { describe, expect, it } from 'vitest';
import { generate_bank } from '../../src/lib/quiz/bank';
import { run_gates } from '../../src/lib/quiz/gates';
import { median } from './measure';
import { synthetic_documents } from './synthetic';

describe('synthetic_documents', () => {
	it('holds the asked number of distinctions, with values for 2 or 3 concepts', () => {
		const documents = synthetic_documents({ distinctions: 25, per_document: 10 });
		expect(documents.map((d) => d.distinctions.attributes.length)).toEqual([10, 10, 5]);
		expect(documents.map((d) => d.distinctions.concepts.length)).toEqual([2, 3, 2]);
		for (const doc of documents) {
			for (const attribute of doc.distinctions.attributes) {
				expect(attribute.values).toHaveLength(doc.distinctions.concepts.length);
			}
		}
	});

	it('is the same for the same arguments', () => {
		expect(synthetic_documents({ distinctions: 12, per_document: 5 })).toEqual(
			synthetic_documents({ distinctions: 12, per_document: 5 })
		);
	});

	it('passes the quality gates, so the bench times the generator on sound content', () => {
		const documents = synthetic_documents({ distinctions: 30, per_document: 10 });
		expect(generate_bank(documents, 1).length).toBeGreaterThan(300);
		expect(run_gates(documents, [1, 2, 3])).toEqual([]);
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});
