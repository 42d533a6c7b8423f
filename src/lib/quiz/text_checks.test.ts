import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_CHECKS, remembering } from './text_checks';

/** Texts that repeat and differ in case, accents, spaces and punctuation, as option texts do. */
const TEXTS = ['Coalition', ' coalition ', 'Ça va', 'Ca va!', 'NGOs', 'ngo', 'Grass-roots', ''];
const texts = fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 4 });

describe('remembering', () => {
	it('answers as the plain comparisons do, however often and in whatever order it is asked', () => {
		// Each question a text and the answers it accepts, so that one text meets several lists.
		const questions = fc.array(fc.tuple(fc.constantFrom(...TEXTS), texts), {
			minLength: 1,
			maxLength: 12
		});
		fc.assert(
			fc.property(questions, (asked) => {
				const text = remembering();
				// Each question asked twice, interleaved with the others.
				for (const [value, accepted] of [...asked, ...asked]) {
					expect(text.normalize(value)).toBe(PLAIN_TEXT_CHECKS.normalize(value));
					expect(text.matches_typed(value, accepted)).toBe(
						PLAIN_TEXT_CHECKS.matches_typed(value, accepted)
					);
				}
			}),
			{ numRuns: 50, seed: 3 }
		);
	});

	it('tells typed-answer matches apart by the accepted answers as well as the text', () => {
		const text = remembering();
		expect(text.matches_typed('Coalition', ['coalition'])).toBe(true);
		expect(text.matches_typed('Coalition', ['network'])).toBe(false);
		expect(text.matches_typed('Coalition', ['coalition'])).toBe(true);
	});
});
