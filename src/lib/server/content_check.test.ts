import { describe, expect, it } from 'vitest';
import { ALPHA, BETA, edit, minimal_files } from '$testing/content_files';
import { check_content, ContentCheckError, format_problems } from './content_check';

describe('check_content', () => {
	it('gives the schema problem as file, field and rule', () => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/02-second.md`,
			'section: Part B',
			'section: Part Q'
		);
		expect(check_content(files, [1]).problems).toEqual([
			{
				file: `${ALPHA}/02-second.md`,
				field: 'section',
				rule: `names "Part Q", which ${ALPHA}/document.yaml does not list`
			}
		]);
	});

	it("points a gate's problem with a key term at the lesson file and the term's field", () => {
		// The minimal fixture's second document has a single key term, which no fill-in can test.
		const { problems } = check_content(minimal_files(), [1]);
		expect(problems).toEqual([
			{
				file: `${BETA}/01-sky.md`,
				field: 'terms.0',
				rule: 'is tested by no item (a fill-in item needs at least two key terms in the document)'
			}
		]);
	});

	it('returns the content when nothing is wrong', () => {
		const files = edit(
			minimal_files(),
			`${BETA}/01-sky.md`,
			'terms:\n',
			'terms:\n  - term: Eclipse\n    definition: One body hiding another from view.\n'
		);
		const result = check_content(files, [1]);
		expect(result.problems).toEqual([]);
		expect(result.content?.documents.map((doc) => doc.slug)).toEqual(['alpha', 'beta']);
	});
});

describe('ContentCheckError', () => {
	it('says how many problems, then one line each, and carries no stack trace', () => {
		const problems = [
			{
				file: 'content/01-a/document.yaml',
				field: 'source',
				rule: 'names "x.txt", but no such file'
			},
			{ file: 'content/01-a', field: '', rule: 'holds nothing' }
		];
		const error = new ContentCheckError(problems);
		expect(format_problems(problems)).toBe(
			'content/01-a/document.yaml: source: names "x.txt", but no such file\ncontent/01-a: holds nothing'
		);
		expect(error.message).toBe(`The content has 2 problems:\n${format_problems(problems)}`);
		expect(error.stack).toBe(error.message);
	});
});
