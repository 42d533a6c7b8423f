import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../src/lib/quiz/types';
import { ALPHA, BETA, edit, minimal_files } from '$testing/content_files';
import { load_content } from '../src/lib/content/load';
import { build_quiz, generate_bank } from '../src/lib/quiz/bank';
import { format_json } from './formats/json';
import { read_content_files, ROOT } from './content_files';
import { at, must } from '../src/lib/must';

/**
 * Runs the real command line in a fresh Node with tsx, as `npm run export` does. `node --import
 * tsx` runs the same loader as `npx tsx` in about half the time (each run costs under a second).
 */
function run_export(...args: string[]) {
	return run_script('scripts/export.ts', args);
}

function run_script(script: string, args: string[] = [], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TIMEOUT = 30_000;

describe('npm run export', () => {
	it(
		'prints every item of the bank as JSON in the documented shape',
		() => {
			const { status, stdout } = run_export('--format', 'json');
			expect(status).toBe(0);
			const bank = JSON.parse(stdout);
			expect(bank).toMatchObject({ generator: 'mobilize', seed: 1, selection: {} });
			expect(bank.count).toBe(bank.items.length);
			expect(bank.count).toBeGreaterThan(0);
			expect(new Set(bank.items.map((item: { id: string }) => item.id)).size).toBe(bank.count);
			for (const item of bank.items) {
				expect(ITEM_TYPES).toContain(item.type);
				expect(item).toMatchObject({
					id: expect.any(String),
					stem: expect.any(String),
					explanation: expect.any(String),
					source: {
						document: expect.any(String),
						section: expect.any(String),
						lesson: expect.any(String),
						href: expect.stringMatching(/^\//)
					},
					fact: { kind: expect.any(String), key: expect.any(String), concepts: expect.any(Array) }
				});
				expect(item.options.length).toBeGreaterThanOrEqual(2);
				for (const option of item.options) {
					expect(option).toMatchObject({
						id: expect.any(String),
						text: expect.any(String),
						correct: expect.any(Boolean),
						feedback: expect.any(String)
					});
				}
				if (item.type === 'fill-in') expect(item.accept.length).toBeGreaterThan(0);
				if (item.type === 'matching') expect(item.prompts.length).toBeGreaterThan(1);
			}
		},
		TIMEOUT
	);

	it(
		'draws the asked number of items from the asked lesson',
		() => {
			// Whatever content/ holds: the lesson with the most items, named by document/slug.
			const { documents } = load_content(read_content_files());
			const bank = generate_bank(documents, 1);
			const per_lesson = new Map<string, number>();
			for (const item of bank) {
				const key = `${item.document}/${item.source.lesson}`;
				per_lesson.set(key, (per_lesson.get(key) ?? 0) + 1);
			}
			const [lesson] = at(
				[...per_lesson].sort((a, b) => b[1] - a[1]),
				0
			);
			const { status, stdout } = run_export('--lessons', lesson, '--count', '5');
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
		},
		TIMEOUT
	);

	it(
		'prints the same bank for the same seed',
		() => {
			// One run against the bank made here: a second process would cost seconds and prove no more.
			const { status, stdout } = run_export('--seed', '7', '--count', '20');
			expect(status).toBe(0);
			const { documents } = load_content(read_content_files());
			const selection = { count: 20 };
			expect(stdout).toBe(
				format_json({ seed: 7, selection, items: build_quiz({ documents, seed: 7, selection }) })
			);
		},
		TIMEOUT
	);

	it(
		'refuses an unknown option with one line on stderr and exit code 2',
		() => {
			const { status, stdout, stderr } = run_export('--bogus');
			expect(status).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^export: unknown option "--bogus" \(see --help\)$/m);
			expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
		},
		TIMEOUT
	);
});

describe('content the build refuses', () => {
	const folders: string[] = [];
	afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

	/** The minimal fixture, written to a folder of its own, with `change` made to its files. */
	function content_folder(change: (files: Record<string, string>) => void) {
		const folder = mkdtempSync(join(tmpdir(), 'mobilize-content-'));
		folders.push(folder);
		// The minimal fixture with a second key term in its second document, so it passes every gate.
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
		return { MOBILIZE_CONTENT: folder };
	}

	it(
		'makes export and the build check fail alike, one line per problem and no trace',
		() => {
			// Two values alike in length but for one: a quality gate, not the schema, refuses it.
			const env = content_folder((files) => {
				files[`${ALPHA}/distinctions.yaml`] = must(
					files[`${ALPHA}/distinctions.yaml`],
					'the fixture has distinctions'
				).replace(
					'text: Quiet and distant',
					'text: Quiet and distant and cold like the deep sea far from every coast and shore'
				);
			});
			const exported = run_script('scripts/export.ts', ['--count', '1'], env);
			const checked = run_script('scripts/check_content.ts', [], env);
			expect(exported.status).toBe(1);
			expect(exported.stdout).toBe('');
			expect(checked.status).toBe(1);
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
			expect(exported.stderr).not.toMatch(/\bat .+:\d+:\d+/);
		},
		TIMEOUT
	);

	it(
		'names document.yaml and its source: field when the source text is missing',
		() => {
			const env = content_folder((files) => delete files[`${BETA}/beta.txt`]);
			const { status, stderr } = run_script('scripts/export.ts', [], env);
			expect(status).toBe(1);
			expect(stderr).toBe(
				'The content has 1 problem:\n' +
					`${BETA}/document.yaml: source: names "beta.txt", but ${BETA}/ has no such file ` +
					'(the source text goes beside document.yaml)\n'
			);
		},
		TIMEOUT
	);

	it(
		'passes the check on the minimal fixture, with a one-line summary',
		() => {
			const { status, stdout } = run_script(
				'scripts/check_content.ts',
				[],
				content_folder(() => {})
			);
			expect(status).toBe(0);
			expect(stdout).toBe('content: 2 documents, 3 lessons; schema and quality gates pass\n');
		},
		TIMEOUT
	);
});
