import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parse_gift } from 'gift-pegjs';
import { afterAll, describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../src/lib/quiz/types';
import { ALPHA, BETA, edit, minimal_files } from '$testing/content_files';
import { real_bank, real_content } from '$testing/real_content';
import { canvas_assessment, canvas_package_problems, unzip_text } from '$testing/canvas_package';
import { draw_quiz } from '../src/lib/quiz/bank';
import { format_json } from '../src/lib/export/json';
import { checked_content, content_summary } from './checked_content';
import { export_main } from './export_cli';
import { at, must } from '../src/lib/must';

/**
 * The real content, loaded once per worker. Not checked again here: every build checks it, and
 * the tests below check the gates against content the build refuses.
 */
const real = real_content();

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/**
 * The minimal fixture, with a second key term in its second document so that it passes every
 * gate, written to a folder of its own with `change` made to its files.
 */
function content_folder(change: (files: Record<string, string>) => void = () => {}) {
	const folder = mkdtempSync(join(tmpdir(), 'mobilize-content-'));
	folders.push(folder);
	const files = edit(
		minimal_files(),
		`${BETA}/01-sky.md`,
		'terms:\n',
		'terms:\n  - term: Eclipse\n    definition: One body hiding another from view.\n'
	);
	change(files);
	for (const [path, text] of Object.entries(files)) {
		const file = join(folder, path.replace(/^content\//, ''));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return folder;
}

/**
 * Runs the exporter in this process, as `npm run export` runs it in its own: what it writes to
 * stdout, stderr and files, and its exit code. It reads the real content checked above, or the
 * folder `content_root`; commands_spawned.test.ts spawns the real command.
 */
function run_export(args: string[], content_root?: string) {
	const out = { stdout: '', stderr: '', files: new Map<string, string | Uint8Array>() };
	const status = export_main(args, {
		stdout: (text) => (out.stdout += text),
		stderr: (text) => (out.stderr += text),
		write_file: (path, data) => out.files.set(path, data),
		...(content_root ? { content_root } : { content: real })
	});
	return { status, ...out };
}

/** The lesson with the most items, named document/slug: whatever content/ holds. */
function biggest_lesson() {
	const per_lesson = new Map<string, number>();
	for (const item of real_bank(1)) {
		const key = `${item.document}/${item.source.lesson}`;
		per_lesson.set(key, (per_lesson.get(key) ?? 0) + 1);
	}
	return at(
		[...per_lesson].sort((a, b) => b[1] - a[1]),
		0
	)[0];
}

describe('npm run export', () => {
	it('prints every item of the bank as JSON in the documented shape', () => {
		const { status, stdout, stderr } = run_export(['--format', 'json']);
		expect(status).toBe(0);
		expect(stderr).toBe('');
		const bank = JSON.parse(stdout);
		expect(bank).toMatchObject({ generator: 'mobilize', seed: 1, selection: {} });
		expect(bank.count).toBe(bank.items.length);
		expect(bank.count).toBeGreaterThan(0);
		expect(new Set(bank.items.map((item: { id: string }) => item.id)).size).toBe(bank.count);
		// One assertion over every item, not several per item: what is off is listed together.
		const option = {
			id: expect.any(String),
			text: expect.any(String),
			correct: expect.any(Boolean),
			feedback: expect.any(String)
		};
		const shapes = bank.items.map((item: { options: unknown[] }) => ({
			type: expect.toBeOneOf([...ITEM_TYPES]),
			id: expect.any(String),
			stem: expect.any(String),
			explanation: expect.any(String),
			source: {
				document: expect.any(String),
				section: expect.any(String),
				lesson: expect.any(String),
				href: expect.stringMatching(/^\//)
			},
			fact: { kind: expect.any(String), key: expect.any(String), concepts: expect.any(Array) },
			options: item.options.map(() => option)
		}));
		expect(bank.items).toMatchObject(shapes);
		const short = bank.items.filter(
			(item: { type: string; options: unknown[]; accept?: unknown[]; prompts?: unknown[] }) =>
				item.options.length < 2 ||
				(item.type === 'fill-in' && !(item.accept!.length > 0)) ||
				(item.type === 'matching' && !(item.prompts!.length > 1))
		);
		expect(short.map((item: { id: string }) => item.id)).toEqual([]);
	});

	it('draws the asked number of items from the asked lesson', () => {
		const lesson = biggest_lesson();
		const { status, stdout } = run_export(['--lessons', lesson, '--count', '5']);
		expect(status).toBe(0);
		const exported = JSON.parse(stdout);
		expect(exported.selection).toEqual({ lessons: [lesson], count: 5 });
		expect(exported.items).toHaveLength(5);
		for (const item of exported.items) {
			// Taught there, or examining one of its objectives.
			expect([`${item.document}/${item.source.lesson}`, ...(item.examines ?? [])]).toContain(
				lesson
			);
		}
	});

	it('prints the same bank for the same seed', () => {
		const { status, stdout } = run_export(['--seed', '7', '--count', '20']);
		expect(status).toBe(0);
		const selection = { count: 20 };
		// The quiz build_quiz draws for seed 7, from the bank made once per worker (real_bank).
		expect(stdout).toBe(
			format_json({
				seed: 7,
				selection,
				items: draw_quiz({ bank: real_bank(7), seed: 7, selection })
			})
		);
	});

	it('refuses an unknown option with one line on stderr and exit code 2', () => {
		const { status, stdout, stderr } = run_export(['--bogus']);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe('export: unknown option "--bogus" (see --help)\n');
	});

	it('writes GIFT with the selection flags, and reports the item types on stderr', () => {
		const lesson = biggest_lesson();
		const { status, stdout, stderr } = run_export(['--format', 'gift', '--lessons', lesson]);
		expect(status).toBe(0);
		const selected = draw_quiz({ bank: real_bank(1), seed: 1, selection: { lessons: [lesson] } });
		const questions = parse_gift(stdout).filter((q) => q.type !== 'Category');
		expect(questions.map((q) => q.id)).toEqual(
			expect.arrayContaining(selected.map((item) => item.id))
		);
		expect(questions).toHaveLength(selected.length);
		const lines = stderr.trimEnd().split('\n');
		expect(lines[0]).toBe(`gift: ${selected.length} of ${selected.length} items written`);
		for (const type of new Set(selected.map((item) => item.type))) {
			expect(lines.some((line) => line.trim().startsWith(`${type} `))).toBe(true);
		}
	});

	it('writes Moodle XML to stdout, or to the file --out names', () => {
		const printed = run_export(['--format', 'moodle-xml', '--count', '3']);
		expect(printed.status).toBe(0);
		expect(printed.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
		const saved = run_export(['--format', 'moodle-xml', '--count', '3', '--out', 'bank.xml']);
		expect(saved.stdout).toBe('');
		expect(saved.files.get('bank.xml')).toBe(printed.stdout);
		expect(saved.stderr).toBe(printed.stderr);
		expect(saved.stderr).toMatch(/^moodle-xml: 3 of 3 items written\n/);
	});

	it('writes the QTI packages (2.1, and 1.2 for Canvas) only to a file, and says so without --out', () => {
		for (const format of ['qti21', 'qti12']) {
			const refused = run_export(['--format', format]);
			expect(refused).toMatchObject({ status: 2, stdout: '' });
			expect(refused.stderr).toBe(
				`export: ${format} writes a zip file: give --out FILE, e.g. --out questions.zip\n`
			);
		}
		const { status, files } = run_export(['--format', 'qti21', '--count', '4', '--out', 'q.zip']);
		expect(status).toBe(0);
		const zip = unzipSync(files.get('q.zip') as Uint8Array);
		expect(Object.keys(zip).sort()).toHaveLength(5);
		expect(strFromU8(must(zip['imsmanifest.xml'], 'a manifest'))).toContain('imsqti_item_xmlv2p1');

		const canvas = run_export(['--format', 'qti12', '--count', '4', '--out', 'c.zip']);
		expect(canvas.status).toBe(0);
		expect(canvas.stderr).toMatch(/^qti12: 4 of 4 items written\n/);
		const entries = unzip_text(canvas.files.get('c.zip') as Uint8Array);
		expect(canvas_package_problems(entries)).toEqual([]);
		expect([...canvas_assessment(entries).matchAll(/<item ident=/g)]).toHaveLength(4);
	});
});

describe('content the build refuses', () => {
	/**
	 * What `npm run check:content` prints for a content folder, and whether it passes: the quality
	 * gates over the build's seeds, or over `seeds`.
	 */
	function check(root: string, seeds?: readonly number[]) {
		let stderr = '';
		const content = checked_content({ root, seeds, write: (text) => (stderr += text) });
		return { content, stderr, stdout: content ? content_summary(content) : '' };
	}

	it('makes export and the build check fail alike, one line per problem and no trace', () => {
		// Two values alike in length but for one: a quality gate, not the schema, refuses it.
		const root = content_folder((files) => {
			files[`${ALPHA}/distinctions.yaml`] = must(
				files[`${ALPHA}/distinctions.yaml`],
				'the fixture has distinctions'
			).replace(
				'text: Quiet and distant',
				'text: Quiet and distant and cold like the deep sea far from every coast and shore'
			);
		});
		const exported = run_export(['--count', '1'], root);
		const checked = check(root);
		expect(exported.status).toBe(1);
		expect(exported.stdout).toBe('');
		expect(checked.content).toBeUndefined();
		expect(exported.stderr).toBe(checked.stderr);
		const lines = exported.stderr.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^The content has \d+ problems?:$/);
		for (const line of lines.slice(1)) {
			expect(line).toMatch(
				new RegExp(
					`^${ALPHA}/distinctions\\.yaml: attributes\\.0[.\\w]*: .*differ too much in length`
				)
			);
		}
	});

	it('names document.yaml and its source: field when the source text is missing', () => {
		const root = content_folder((files) => delete files[`${BETA}/beta.txt`]);
		const { status, stderr } = run_export(['--format', 'gift'], root);
		expect(status).toBe(1);
		expect(stderr).toBe(
			'The content has 1 problem:\n' +
				`${BETA}/document.yaml: source: names "beta.txt", but ${BETA}/ has no such file ` +
				'(the source text goes beside document.yaml)\n'
		);
	});

	it('passes the check on the minimal fixture, with a one-line summary', () => {
		// One seed: the summary does not depend on them, and the spawned `npm run export`
		// (commands_spawned.test.ts) runs the same check over the build's seeds on the same fixture,
		// which must pass for it to print anything.
		const { stdout, stderr } = check(content_folder(), [1]);
		expect(stderr).toBe('');
		expect(stdout).toBe('content: 2 documents, 3 lessons; schema and quality gates pass\n');
	});
});
