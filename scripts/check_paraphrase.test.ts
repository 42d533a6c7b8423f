import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALPHA, edit, minimal_files } from '$testing/content_files';
import { ROOT } from './content_files';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs `npm run check:paraphrase` on `files` written to a folder of their own. */
function check(files: Record<string, string>) {
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

describe('npm run check:paraphrase', () => {
	it('passes a lesson that shares 9 words with its source, naming the run', () => {
		let files: Record<string, string> = { ...minimal_files(), [`${ALPHA}/alpha.txt`]: SOURCE };
		files = edit(
			files,
			`${ALPHA}/01-first.md`,
			'Some words of body text.',
			'Red is the colour of fire trucks, ripe tomatoes, as we know.'
		);
		const { status, stdout } = check(files);
		expect(status).toBe(0);
		expect(stdout).toContain(
			`${ALPHA}/alpha.txt: 9 words: "red is the colour of fire trucks ripe tomatoes"`
		);
	});

	it('fails a lesson that shares 10 words with its source', () => {
		let files: Record<string, string> = { ...minimal_files(), [`${ALPHA}/alpha.txt`]: SOURCE };
		files = edit(
			files,
			`${ALPHA}/01-first.md`,
			'Some words of body text.',
			'Red is the colour of fire trucks, ripe tomatoes and chilli.'
		);
		const { status, stdout } = check(files);
		expect(status).toBe(1);
		expect(stdout).toContain('10 words: "red is the colour of fire trucks ripe tomatoes and"');
		expect(stdout).toContain('a run of 10 words is shared with a source');
	});
});
