import { describe, expect, it } from 'vitest';
import { BUILD_SEEDS } from '$lib/server/content_check';
import { real_quiz_documents } from '$testing/real_content';
import { generate_bank } from './bank';
import { check_banks, KeyPositions, position_problems } from './gates';
import { MAX_SEED } from './seed';

/**
 * The ends of the seed range (any 32-bit seed makes a quiz) and ten seeds past the ones every
 * build checks. The search for the rare seed that breaks an item rule runs in CI instead, over
 * 300 seeds (`npm run check:content -- --seeds 300` in .ci/run): at about 15 ms a seed, it took
 * more than a tenth of `vitest run`.
 */
const SEEDS = [0, MAX_SEED, ...Array.from({ length: 10 }, (_, i) => BUILD_SEEDS.length + 1 + i)];

// In a file of its own so that mutation testing can leave it out (it would run for every mutant
// of the generator; gates.test.ts tests each gate on small input).
describe('the real content over a dozen seeds', () => {
	const documents = real_quiz_documents();
	const banks = SEEDS.map((seed) => ({ seed, bank: generate_bank(documents, seed) }));

	it('passes every item and content gate', () => {
		expect(check_banks(documents, banks)).toEqual([]);
	});

	it('spreads the keys over the option positions', () => {
		// check_banks judges positions only from POSITION_BANKS banks on, for content too small
		// to judge from fewer; the real banks hold thousands of keys between them.
		const positions = new KeyPositions();
		for (const { bank } of banks) positions.add(bank);
		expect(position_problems(positions.shares())).toEqual([]);
	});
});
