import { describe, expect, it } from 'vitest';
import { read_link } from './link';
import { address_for, names_a_quiz, without } from './query';

const link = (search: string) => read_link(new URLSearchParams(search));

describe('read_link', () => {
	it('takes every seed the generator has, exactly', () => {
		expect(link('?seed=0')).toEqual({ seed: 0 });
		expect(link('?seed=007')).toEqual({ seed: 7 });
		expect(link('?seed=4294967295')).toEqual({ seed: 4294967295 });
	});

	it('refuses a seed past 32 bits with the allowed range, instead of wrapping it', () => {
		expect(link('?seed=4294967296')).toEqual({
			problem:
				'The link’s seed “4294967296” is out of range: seeds are whole numbers from 0 to 4294967295, so a standard quiz is shown instead.'
		});
		expect(link(`?seed=${'9'.repeat(400)}`).problem).toMatch(/^The link’s seed “9{24}…” is out/);
		// Up to 24 characters are quoted whole.
		expect(link(`?seed=${'9'.repeat(24)}`).problem).toMatch(/^The link’s seed “9{24}” is out/);
	});

	it('refuses what is not a whole number', () => {
		for (const seed of ['abc', '1.5', '-1', '1e3', '', ' 1']) {
			expect(link(`?seed=${encodeURIComponent(seed)}`).problem, seed).toMatch(
				/is not a whole number, so a standard quiz is shown instead\.$/
			);
		}
	});

	it('reads an attempt to show', () => {
		expect(link('?attempt=mixed%40abc')).toEqual({ attempt: 'mixed@abc' });
		expect(link('?attempt=')).toEqual({});
	});
});

describe('names_a_quiz', () => {
	it('is true for a seed or attempt link only', () => {
		expect(names_a_quiz('?seed=1')).toBe(true);
		expect(names_a_quiz('?x=1&attempt=a')).toBe(true);
		expect(names_a_quiz('?reseed=1')).toBe(false);
		expect(names_a_quiz('')).toBe(false);
	});
});

describe('address_for', () => {
	it('replaces a seed link by the attempt, and clears both for a fresh quiz', () => {
		const url = new URL('http://x/base/quiz/?seed=5&keep=1');
		expect(address_for(url, 'mixed@1').search).toBe('?keep=1&attempt=mixed%401');
		expect(address_for(new URL('http://x/q/?attempt=a&seed=2'), undefined).search).toBe('');
		expect(url.search).toBe('?seed=5&keep=1');
	});
});

describe('without', () => {
	it('drops the named parameters only, leaving the address given unchanged', () => {
		const url = new URL('http://x/quiz/?seed=5&attempt=a&keep=1');
		expect(without(url, ['seed', 'attempt']).href).toBe('http://x/quiz/?keep=1');
		expect(url.search).toBe('?seed=5&attempt=a&keep=1');
	});
});
