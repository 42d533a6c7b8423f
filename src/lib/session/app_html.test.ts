import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { names_a_quiz } from './query';
import { at } from '$lib/must';

/** The regular expression app.html's inline script tests the query with, before the app loads. */
function app_html_pattern() {
	const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
	const found = /\/(.+?)\/\.test\(location\.search\)/.exec(html);
	if (!found) throw new Error('src/app.html no longer tests location.search with a regex');
	return new RegExp(at(found, 1));
}

describe('app.html’s early check for a quiz link', () => {
	const pattern = app_html_pattern();
	const samples = [
		'?seed=1',
		'?attempt=x',
		'?foo=1&seed=2',
		'?lang=en&attempt=mixed%40abc',
		'?seeds=1',
		'',
		'?x=attempt',
		'?attempts=1',
		'?myseed=1'
	];

	for (const search of samples) {
		it(`agrees with names_a_quiz on “${search}”`, () => {
			expect(pattern.test(search)).toBe(names_a_quiz(search));
		});
	}

	it('has samples it accepts and samples it rejects', () => {
		expect(samples.filter((s) => names_a_quiz(s))).toEqual([
			'?seed=1',
			'?attempt=x',
			'?foo=1&seed=2',
			'?lang=en&attempt=mixed%40abc'
		]);
	});
});
