import { describe, expect, it } from 'vitest';
import { remembering } from './text_checks';

describe('remembering', () => {
	it('answers as the plain comparisons do, however often it is asked', () => {
		const text = remembering();
		for (let round = 0; round < 2; round++) {
			expect(text.normalize('  Ça  va, NGOs! ')).toBe('ca va ngos');
			expect(text.normalize('Ca va')).toBe('ca va');
		}
	});

	it('tells typed-answer matches apart by the accepted answers as well as the text', () => {
		const text = remembering();
		expect(text.matches_typed('Coalition', ['coalition'])).toBe(true);
		expect(text.matches_typed('Coalition', ['network'])).toBe(false);
		expect(text.matches_typed('Coalition', ['coalition'])).toBe(true);
	});
});
