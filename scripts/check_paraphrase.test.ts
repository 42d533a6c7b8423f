import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALPHA, edit, minimal_files } from '$testing/content_files';
import { ROOT } from './content_files';
import { paraphrase_check } from './paraphrase_check';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs `npm run check:paraphrase` on `files` written to a folder of their own. */
function run_cli(files: Record<string, string>) {
	const folder = mkdtempSync(join(tmpdir(), 'mobilize-paraphrase-'));
	folders.push(folder);
	for (const [path, text] of Object.entries(files)) {
		const file = join(folder, path.replace(/^content\//, ''));
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check_paraphrase.ts'], {
		cwd: ROOT,
		env: { ...process.env, MOBILIZE_CONTENT: folder },
		encoding: 'utf8'
	});
}

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

describe('npm run check:paraphrase', () => {
	// One run of the command itself (a Node process with a TypeScript loader: about a second, more
	// on a loaded machine): it reads MOBILIZE_CONTENT, prints the report and exits 1.
	it('reads the folder MOBILIZE_CONTENT names and exits 1 on a run too long', () => {
		const { status, stdout } = run_cli(
			sharing('Red is the colour of fire trucks, ripe tomatoes and chilli.')
		);
		expect(stdout).toContain('a run of 10 words is shared with a source');
		expect(status).toBe(1);
	}, 30_000);
});
