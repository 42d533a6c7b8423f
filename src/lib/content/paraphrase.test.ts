import { describe, expect, it } from 'vitest';
import { longest_shared_run, MAX_SHARED_WORDS, words } from './paraphrase';

const SOURCE = words(
	'Mutual aid is a form of cooperation in which people in a neighborhood share resources, ' +
		'skills and labor with each other, so nobody is cast as a helper.'
);

describe('words', () => {
	it('lower-cases, keeps apostrophes (curly or straight) and drops punctuation', () => {
		expect(words('Members’ own — “Mutual” aid, 24/7!')).toEqual(["members'", 'own', 'mutual', 'aid', '24', '7']);
	});
});

describe('longest_shared_run', () => {
	it('finds the longest run a text shares with the source, across every text', () => {
		const texts = [
			words('Here, a form of cooperation in which people help.'),
			words('They share resources, skills and labor with each other, so nobody is left out.')
		];
		expect(longest_shared_run(SOURCE, texts).join(' ')).toBe(
			'share resources skills and labor with each other so nobody is'
		);
	});

	it('counts 9 shared words as a paraphrase and 10 as a copy', () => {
		const nine = longest_shared_run(SOURCE, [words('in which people in a neighborhood share resources skills')]);
		const ten = longest_shared_run(SOURCE, [words('in which people in a neighborhood share resources skills and')]);
		expect(nine).toHaveLength(MAX_SHARED_WORDS - 1);
		expect(ten).toHaveLength(MAX_SHARED_WORDS);
	});

	it('reports nothing under six shared words, as the first checker did', () => {
		expect(longest_shared_run(SOURCE, [words('a form of cooperation in')])).toEqual([]);
		expect(longest_shared_run(SOURCE, [words('is a form of cooperation in')])).toHaveLength(6);
	});
});
