import { describe, expect, it } from 'vitest';
import { real_quiz_documents } from '$testing/real_content';
import { run_gates } from './gates';

/**
 * Seeds 1 to 300, five times the build's, and the ends of the seed range (any 32-bit seed makes
 * a quiz): some 75,000 keyed items for the position shares. The pass costs about 10 ms a seed,
 * so 1,000 seeds alone took most of the unit tests' 15-second budget.
 */
const SEEDS = [...Array.from({ length: 300 }, (_, i) => i + 1), 0, 2 ** 32 - 1];

// The one many-seed pass, in a file of its own so that mutation testing can leave it out (it
// would run for every mutant of the generator; gates.test.ts tests each gate on small input).
// Every gate, key positions included, over banks generated once each. The build checks fewer
// seeds on every build; this pass looks for the rare seed that breaks an item rule.
describe('the real content over many seeds', () => {
	it('passes every gate', () => {
		expect(run_gates(real_quiz_documents(), SEEDS)).toEqual([]);
	}, 45_000);
});
