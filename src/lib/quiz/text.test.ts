import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { as_option, fill, lower_first, upper_first } from './text';
import { levenshtein, matches_typed, normalize, typo_allowance } from './typed';

describe('upper_first and lower_first', () => {
	it('change only the first letter', () => {
		expect(upper_first('community mobilization')).toBe('Community mobilization');
		expect(lower_first('Social Mobilization')).toBe('social Mobilization');
		expect(upper_first('')).toBe('');
	});

	it('keep acronyms and names in capitals', () => {
		// Capitals later in the text do not make its first word an acronym.
		expect(lower_first('Works with NGOs')).toBe('works with NGOs');
		expect(lower_first('NGOs and businesses')).toBe('NGOs and businesses');
		expect(lower_first('UNICEF')).toBe('UNICEF');
		// One capital letter is an ordinary sentence start, not an acronym.
		expect(lower_first('A broad effort')).toBe('a broad effort');
	});
});

describe('as_option', () => {
	it('shows options in sentence case without a final full stop', () => {
		expect(as_option('e.g. a street fair.')).toBe('E.g. a street fair');
		expect(as_option('  bottom-up approach. ')).toBe('Bottom-up approach');
		expect(as_option('Mass media')).toBe('Mass media');
	});
});

describe('fill', () => {
	it('capitalises a value that opens the sentence', () => {
		expect(fill('{concept} is local.', { concept: 'community mobilization' })).toBe(
			'Community mobilization is local.'
		);
		expect(fill('  {concept} is local.', { concept: 'community mobilization' })).toBe(
			'  Community mobilization is local.'
		);
	});

	it('lower-cases a value placed mid-sentence', () => {
		expect(
			fill('The scope of {concept} is {value}.', {
				concept: 'Social mobilization',
				value: 'Broad, beyond any single community.'
			})
		).toBe('The scope of social mobilization is broad, beyond any single community.');
	});

	it('keeps acronyms mid-sentence', () => {
		expect(fill('It works with {value}.', { value: 'NGOs and businesses' })).toBe(
			'It works with NGOs and businesses.'
		);
	});

	it('capitalises a value after a colon or the end of a sentence', () => {
		expect(fill('Answer: {value}', { value: 'local people' })).toBe('Answer: Local people');
		expect(fill('Why? {value}', { value: 'because' })).toBe('Why? Because');
	});

	it('trims a value and drops only its final full stop', () => {
		expect(fill('It works with {value}.', { value: '  local, i.e. nearby people. ' })).toBe(
			'It works with local, i.e. nearby people.'
		);
	});

	it('capitalises only after a sentence that has ended, whatever the spacing', () => {
		expect(fill('Why?  {value}', { value: 'because' })).toBe('Why?  Because');
		expect(fill('Mr. Lee met {value}', { value: 'Local people' })).toBe('Mr. Lee met local people');
	});

	it('fills every placeholder, repeated ones too', () => {
		expect(fill('{a} and {a}', { a: 'x' })).toBe('X and x');
	});

	it('throws an Error naming a placeholder without a value', () => {
		expect(() => fill('The {missing} one', {})).toThrow(Error);
		expect(() => fill('The {missing} one', {})).toThrow('{missing}');
	});
});

describe('normalize', () => {
	it('ignores case, accents, spacing and punctuation', () => {
		expect(normalize('  Multi-Sectoral   Approach! ')).toBe('multi sectoral approach');
		expect(normalize('Café')).toBe('cafe');
		expect(normalize('…')).toBe('');
	});
});

describe('levenshtein', () => {
	it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
		expect(levenshtein('kitten', 'sitting')).toBe(3);
		expect(levenshtein('flaw', 'lawn')).toBe(2);
		expect(levenshtein('', 'abc')).toBe(3);
		expect(levenshtein('abc', '')).toBe(3);
		expect(levenshtein('same', 'same')).toBe(0);
		expect(levenshtein('grassroots', 'grasroots')).toBe(1);
		expect(levenshtein('ab', 'ba')).toBe(1);
	});

	// Swaps make this the optimal string alignment distance, which is symmetric and bounded by
	// the lengths but does not always obey the triangle rule ("ca" → "ac" → "abc").
	it('is symmetric, bounded by the lengths, and zero only for equal strings', () => {
		const word = fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', 'c') });
		fc.assert(
			fc.property(word, word, (a, b) => {
				const d = levenshtein(a, b);
				expect(d).toBe(levenshtein(b, a));
				expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
				expect(d === 0).toBe(a === b);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('typo_allowance', () => {
	it('allows no slip up to 4 letters, one up to 10, two beyond', () => {
		expect(typo_allowance('Lobby')).toBe(1);
		expect(typo_allowance('Goal')).toBe(0);
		expect(typo_allowance('Grassroots')).toBe(1);
		expect(typo_allowance('Partnership')).toBe(2);
		// Letters count, not spaces or punctuation.
		expect(typo_allowance('a b-c d')).toBe(0);
	});
});

describe('matches_typed', () => {
	const accepted = ['Coalition', 'coalitions'];

	it('accepts the term in any case and spacing', () => {
		expect(matches_typed('Coalition', accepted)).toBe(true);
		expect(matches_typed('  COALITION ', accepted)).toBe(true);
		expect(matches_typed('Multi  sectoral approach', ['Multi-sectoral approach'])).toBe(true);
	});

	it('accepts an alias and a leading article', () => {
		expect(matches_typed('coalitions', accepted)).toBe(true);
		expect(matches_typed('a coalition', accepted)).toBe(true);
		expect(matches_typed('The coalition', accepted)).toBe(true);
	});

	it('tolerates slips by length', () => {
		expect(matches_typed('coaliton', ['Coalition'])).toBe(true);
		expect(matches_typed('Grasroots', ['Grassroots'])).toBe(true);
		expect(matches_typed('Colective action', ['Collective action'])).toBe(true);
		expect(matches_typed('Colectiv action', ['Collective action'])).toBe(true);
		expect(matches_typed('Colectv acton', ['Collective action'])).toBe(false);
		expect(matches_typed('goat', ['Goal'])).toBe(false);
	});

	it('rejects empty and wrong answers', () => {
		expect(matches_typed('', accepted)).toBe(false);
		expect(matches_typed('  ... ', accepted)).toBe(false);
		expect(matches_typed('the', accepted)).toBe(false);
		expect(matches_typed('Partnership', accepted)).toBe(false);
	});
});

describe('typing slips', () => {
	it('counts two swapped neighbouring letters as one slip', () => {
		expect(levenshtein('coalitoin', 'coalition')).toBe(1);
		expect(matches_typed('coalitoin', ['Coalition'])).toBe(true);
	});
});
