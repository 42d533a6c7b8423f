import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../src/lib/quiz/types';
import { ROOT } from './content-files';

/**
 * Runs the real command line in a fresh Node with tsx, as `npm run export` does. `node --import
 * tsx` runs the same loader as `npx tsx` in about half the time (each run costs under a second).
 */
function run_export(...args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
		cwd: ROOT,
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
			const { status, stdout } = run_export('--lessons', 'comparison', '--count', '5');
			expect(status).toBe(0);
			const bank = JSON.parse(stdout);
			expect(bank.selection).toEqual({ lessons: ['comparison'], count: 5 });
			expect(bank.items).toHaveLength(5);
			for (const item of bank.items) expect(item.source.lesson).toBe('comparison');
		},
		TIMEOUT
	);

	it(
		'prints the same bank for the same seed',
		() => {
			const first = run_export('--seed', '7', '--count', '20');
			const second = run_export('--seed', '7', '--count', '20');
			expect(first.status).toBe(0);
			expect(JSON.parse(first.stdout).seed).toBe(7);
			expect(second.stdout).toBe(first.stdout);
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
