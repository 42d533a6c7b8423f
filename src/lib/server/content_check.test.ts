import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALPHA, BETA, edit, lesson_md, minimal_files } from '$testing/content_files';
import { check_content, ContentCheckError, format_problems } from './content_check';
import { reserved_names } from './routes';

/** The minimal fixture made to pass every check: its second document gets a second key term. */
function valid_files() {
	return edit(
		minimal_files(),
		`${BETA}/01-sky.md`,
		'terms:\n',
		'terms:\n  - term: Eclipse\n    definition: One body hiding another from view.\n'
	);
}

/** The files with one document folder renamed. */
function rename_folder(files: Record<string, string>, from: string, to: string) {
	return Object.fromEntries(
		Object.entries(files).map(([path, text]) => [
			path.startsWith(`${from}/`) ? `${to}${path.slice(from.length)}` : path,
			text
		])
	);
}

/** The files with a third lesson in the first document, named `slug`. */
function with_lesson(slug: string) {
	return {
		...valid_files(),
		[`${ALPHA}/03-${slug}.md`]: lesson_md({
			section: 'Part A',
			objectives: [
				'  - { text: Name the term., facts: [term:Tint], types: [fill-in] }',
				'  - { text: Tell the kinds apart., facts: ["scenario:*"], types: [scenario] }'
			],
			terms: [{ term: 'Tint', definition: 'A colour mixed with white.' }]
		})
	};
}

describe('check_content', () => {
	it('gives the schema problem as file, field and rule', () => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/02-second.md`,
			'section: Part B',
			'section: Part Q'
		);
		expect(check_content(files, { seeds: [1] }).problems).toEqual([
			{
				file: `${ALPHA}/02-second.md`,
				field: 'section',
				rule: `names "Part Q", which ${ALPHA}/document.yaml does not list`
			}
		]);
	});

	it("points a gate's problem with a key term at the lesson file and the term's field", () => {
		// The minimal fixture's second document has a single key term, which no fill-in can test.
		const { problems } = check_content(minimal_files(), { seeds: [1] });
		expect(problems).toEqual([
			{
				file: `${BETA}/01-sky.md`,
				field: 'terms.0',
				rule: 'is tested by no item (a fill-in item needs at least two key terms in the document)'
			}
		]);
	});

	it("points a gate's problem with an objective at the lesson file and the objective's field", () => {
		const files = edit(
			valid_files(),
			`${ALPHA}/01-first.md`,
			'  - { text: Tell the kinds apart by mood., facts: [attribute:mood], types: [which-concept] }',
			'  - Tell the kinds apart by mood.'
		);
		expect(check_content(files, { seeds: [1] }).problems).toEqual([
			{
				file: `${ALPHA}/01-first.md`,
				field: 'objectives.0',
				rule: 'names no facts and item types that test it; write it as { text, facts, types }'
			}
		]);
	});

	it('returns the content when nothing is wrong', () => {
		const result = check_content(valid_files(), { seeds: [1] });
		expect(result.problems).toEqual([]);
		expect(result.content?.documents.map((doc) => doc.slug)).toEqual(['alpha', 'beta']);
	});
});

describe('names the routes take', () => {
	const reserved = reserved_names();

	it('refuses a document folder named like each top-level route, naming folder, field and page', () => {
		const slugs = reserved.documents.filter((name) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name));
		// The app's own pages are among them, read from src/routes.
		expect(slugs).toEqual(expect.arrayContaining(['check', 'progress', 'quiz', 'review']));
		for (const slug of slugs) {
			const files = rename_folder(valid_files(), BETA, `content/02-${slug}`);
			const result = check_content(files, { seeds: [1] });
			expect(result.content, slug).toBeUndefined();
			expect(format_problems(result.problems)).toBe(
				`content/02-${slug}: slug: "${slug}" is taken by the page /${slug}/, so this one could not be reached; rename the folder`
			);
		}
	});

	it('refuses a lesson named like a route beside the lessons, and only that', () => {
		expect(reserved.lessons).toEqual(['quiz']);
		expect(format_problems(check_content(with_lesson('quiz'), { seeds: [1] }).problems)).toBe(
			`${ALPHA}/03-quiz.md: slug: "quiz" is taken by the page /alpha/quiz/, so this one could not be reached; rename the file`
		);
		// Top-level pages cannot collide with a lesson, whose address starts with its document.
		for (const slug of ['review', 'progress', 'check', 'test']) {
			const result = check_content(with_lesson(slug), { seeds: [1] });
			expect(result.problems, slug).toEqual([]);
			expect(result.content?.documents[0]?.lessons.map((l) => l.slug)).toContain(slug);
		}
	});

	it('reads the names from the route folders, looking through groups', () => {
		const root = mkdtempSync(join(tmpdir(), 'mobilize-routes-'));
		try {
			for (const folder of [
				'(app)/teach',
				'about',
				'feed.xml',
				'[doc]/quiz',
				'[doc]/[lesson]/quiz'
			])
				mkdirSync(join(root, folder), { recursive: true });
			writeFileSync(join(root, '+layout.svelte'), '');
			expect(reserved_names(root)).toEqual({
				documents: ['about', 'feed.xml', 'teach'],
				lessons: ['quiz']
			});
			// A document named like the new page is refused without anyone listing it.
			const files = rename_folder(valid_files(), BETA, 'content/02-teach');
			const { problems } = check_content(files, { seeds: [1], reserved: reserved_names(root) });
			expect(problems.map((p) => [p.file, p.field])).toEqual([['content/02-teach', 'slug']]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
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
