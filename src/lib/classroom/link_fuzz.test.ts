import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ASSIGNMENT } from '$testing/classroom';
import { binary_string, FUZZ_RUNS } from '$testing/fuzz';
import { assignment_id } from './assignment';
import { decode_assignment_link, encode_assignment_link } from './link';

const assignment = SAMPLE_ASSIGNMENT;

/** What decoding must give for anything: an assignment that passes, or a problem with advice. */
function well_formed(decoded: ReturnType<typeof decode_assignment_link>) {
	if (decoded.ok) return decoded.id === assignment_id(decoded.assignment);
	return decoded.problem.length > 10 && decoded.ask.length > 10;
}

// FUZZ_RUNS links: 10,000 in `npm run test:fuzz`, as issue 10 asks, given a minute; fewer in
// `vitest run`.
describe('assignment links under fuzzing', () => {
	it(`give ${FUZZ_RUNS} fuzzed and mutated links a clear problem or a valid assignment, never an error`, () => {
		const code = encode_assignment_link(assignment);
		const mutated = fc
			.tuple(fc.nat(code.length), fc.nat(code.length), fc.string({ maxLength: 8 }))
			.map(([at, cut, insert]) => code.slice(0, at) + insert + code.slice(Math.max(at, cut)));
		let refused = 0;
		let tried = 0;
		fc.assert(
			fc.property(
				fc.oneof(mutated, fc.string({ maxLength: 300 }), binary_string({ maxLength: 300 })),
				(link) => {
					const decoded = decode_assignment_link(link);
					expect(well_formed(decoded)).toBe(true);
					tried++;
					if (!decoded.ok) refused++;
				}
			),
			{ numRuns: FUZZ_RUNS }
		);
		// The fuzz must reach the refusals, not only the happy path.
		expect(tried).toBe(FUZZ_RUNS);
		expect(refused).toBeGreaterThan(0.9 * FUZZ_RUNS);
	}, 60_000);
});
