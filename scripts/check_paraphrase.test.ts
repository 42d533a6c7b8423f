import { describe, expect, it } from 'vitest';
import { ALPHA, edit, minimal_files } from '$testing/content_files';
import { paraphrase_check } from './paraphrase_check';

const SOURCE =
	'Alpha\n\nPart A\n\nRed is the colour of fire trucks, ripe tomatoes and the setting sun in summer.\n';

/** The minimal content with its first lesson sharing `shared` with the source text. */
function sharing(shared: string) {
	return edit(
		{ ...minimal_files(), [`${ALPHA}/alpha.txt`]: SOURCE },
		`${ALPHA}/01-first.md`,
		'Some words of body text.',
		shared
	);
}

describe('the paraphrase check', () => {
	it('passes a lesson that shares 9 words with its source, naming the run', () => {
		const { status, out } = paraphrase_check(
			sharing('Red is the colour of fire trucks, ripe tomatoes, as we know.')
		);
		expect(status).toBe(0);
		expect(out).toContain(
			`${ALPHA}/alpha.txt: 9 words: "red is the colour of fire trucks ripe tomatoes"`
		);
	});

	it('fails a lesson that shares 10 words with its source', () => {
		const { status, out } = paraphrase_check(
			sharing('Red is the colour of fire trucks, ripe tomatoes and chilli.')
		);
		expect(status).toBe(1);
		expect(out.join('\n')).toContain(
			'10 words: "red is the colour of fire trucks ripe tomatoes and"'
		);
		expect(out.join('\n')).toContain('a run of 10 words is shared with a source');
	});

	it('refuses content the loader refuses, pointing to the full check', () => {
		const files = minimal_files();
		delete files[`${ALPHA}/document.yaml`];
		const { status, out, err } = paraphrase_check(files);
		expect(status).toBe(1);
		expect(out).toEqual([]);
		expect(err.join('\n')).toContain('(run npm run check:content for every problem)');
	});
});
