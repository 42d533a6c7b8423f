import { describe, expect, it } from 'vitest';
import { count_texts, every_text } from './wording';

describe('count_texts', () => {
	it.each([
		[1, 'one text'],
		[2, 'two texts'],
		[3, 'three texts'],
		[10, 'ten texts'],
		[12, '12 texts']
	])('says %i as "%s"', (count, words) => expect(count_texts(count)).toBe(words));
});

describe('every_text', () => {
	it.each([
		[1, 'the text'],
		[2, 'both texts'],
		[3, 'all three texts'],
		[14, 'all 14 texts']
	])('says all of %i as "%s"', (count, words) => expect(every_text(count)).toBe(words));
});
