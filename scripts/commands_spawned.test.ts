import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parse_gift } from 'gift-pegjs';
import { afterAll, describe, expect, it } from 'vitest';
import { ALPHA, BETA, edit, minimal_files } from '$testing/content_files';
import { FUZZ_MODE } from '$testing/fuzz';
import { ROOT } from './content_files';

/**
 * The commands themselves, each run once in a fresh Node with a TypeScript loader, as `npm run`
 * starts them: what the in-process tests (export.test.ts, check_paraphrase.test.ts) cannot see,
 * the script's own few lines (arguments, printing, exit code) and reading the folder
 * MOBILIZE_CONTENT names. Each process costs a second or more of CPU, on top of the worker it
 * blocks, for lines that seldom change, so they run with the long tests in `npm run test:fuzz`
 * (mode `fuzz`, which selects `_spawned.` files too), which `npm test` and CI run after
 * `vitest run`, and are skipped in `vitest run`.
 */
const IN_FULL = import.meta.env.MODE === FUZZ_MODE;

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** `files` (keyed `content/<folder>/<file>`) written to a content folder of their own. */
function content_folder(files: Record<string, string>) {
	const folder = mkdtempSync(join(tmpdir(), 'mobilize-content-'));
	folders.push(folder);
	for (const [path, text] of Object.entries(files)) {
		const file = join(folder, path.replace(/^content\//, ''));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return folder;
}

/** `node --import tsx scripts/<script> ...args` on the content in `folder`. */
function run(script: string, args: string[], folder: string) {
	return spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, MOBILIZE_CONTENT: folder }
	});
}

describe.runIf(IN_FULL)('the commands, each in a fresh Node', () => {
	it('`npm run export` checks the folder as the build does and prints GIFT', () => {
		// The minimal fixture, with a second key term in its second document so that it passes
		// every gate: the command checks its content over the build's seeds, which on the real
		// content takes seconds the in-process tests already spent on the same code.
		const files = edit(
			minimal_files(),
			`${BETA}/01-sky.md`,
			'terms:\n',
			'terms:\n  - term: Eclipse\n    definition: One body hiding another from view.\n'
		);
		const result = run('export.ts', ['--format', 'gift', '--count', '2'], content_folder(files));
		expect(result.status).toBe(0);
		expect(parse_gift(result.stdout).filter((q) => q.type !== 'Category')).toHaveLength(2);
		expect(result.stderr).toMatch(/^gift: 2 of 2 items written\n/);
	}, 30_000);

	it('`npm run check:paraphrase` exits 1 on a run of 10 words shared with a source', () => {
		const source =
			'Alpha\n\nPart A\n\nRed is the colour of fire trucks, ripe tomatoes and the setting sun in summer.\n';
		const files = edit(
			{ ...minimal_files(), [`${ALPHA}/alpha.txt`]: source },
			`${ALPHA}/01-first.md`,
			'Some words of body text.',
			'Red is the colour of fire trucks, ripe tomatoes and chilli.'
		);
		const { status, stdout } = run('check_paraphrase.ts', [], content_folder(files));
		expect(stdout).toContain('a run of 10 words is shared with a source');
		expect(status).toBe(1);
	}, 30_000);
});
