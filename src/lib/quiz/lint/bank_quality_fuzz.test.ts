import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costly_runs } from '$testing/fuzz';
import { real_quiz_documents } from '$testing/real_content';
import { option_id } from '../../content/ids';
import { generate_bank } from '../bank';
import { claim } from '../items/attribute';
import { fill } from '../text';
import { lint_banks, value_facts } from './lint';

// Whatever content/ holds: these hold for any set of documents.
const docs = real_quiz_documents();
const lookup = value_facts(docs);
const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/**
 * Random seeds whose bank is made (about 20 ms) and linted (about 40 ms): a few in `vitest run`,
 * many in `npm run test:fuzz`. CI also lints every item over 100 seeds (`npm run lint:items`,
 * which fails on any flaw of these rules); 15 and 5 seeds here cost about a second of every
 * unit run.
 */
const LINTED = costly_runs(import.meta.env.MODE, 4, 60);
const KEYED = costly_runs(import.meta.env.MODE, 2, 20);

describe('the generated bank, over many seeds', () => {
	it('offers no option of another answer kind than the key, and no overlapping distractor', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const report = lint_banks([{ seed, bank: generate_bank(docs, seed) }], lookup);
				expect(
					report.flaws.filter((f) => f.rule === 'kind-mismatch' || f.rule === 'overlap')
				).toEqual([]);
			}),
			{ numRuns: LINTED }
		);
	}, 30_000);

	it('never keys as false a statement the source lets hold', () => {
		const allowed = docs.flatMap((doc) =>
			doc.distinctions.attributes.flatMap((attribute) =>
				attribute.values.flatMap((value) =>
					value.also.map((overlap) => {
						const concept = doc.distinctions.concepts.find((c) => c.id === overlap.concept);
						return fill(claim(attribute), { concept: concept?.name ?? '', value: value.text });
					})
				)
			)
		);
		fc.assert(
			fc.property(seeds, (seed) => {
				const false_keyed = generate_bank(docs, seed)
					.filter((item) => item.type === 'true-false')
					.filter((item) => item.options.find((o) => o.correct)?.id === option_id.FALSE)
					.map((item) => item.prompt);
				for (const statement of allowed) expect(false_keyed).not.toContain(statement);
			}),
			{ numRuns: KEYED }
		);
	});
});
