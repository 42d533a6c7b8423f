import { describe, expect, it } from 'vitest';
import { answer_record, state_with } from '../test-fixtures';
import { encode } from './codec';
import { count_answers, import_progress, MAX_IMPORT_BYTES } from './import';
import { empty_state } from './schema';

const mine = state_with({ q1: [answer_record(true, 100)] });

function refused(text: string, name = 'progress.json') {
	const result = import_progress(mine, text, name);
	if (result.ok) throw new Error('import_progress accepted a bad file');
	expect(result.message).toContain(name);
	expect(result.message).toMatch(/Nothing was changed\.$/);
	return result.message;
}

describe('import_progress', () => {
	it('refuses an empty file', () => {
		expect(refused('')).toContain('is empty');
		expect(refused('  \n ')).toContain('is empty');
	});

	it('refuses a file that is not JSON', () => {
		expect(refused('hello, world')).toContain('not valid JSON');
	});

	it('refuses JSON of the wrong shape, saying what is wrong', () => {
		expect(refused('[1, 2, 3]')).toContain('not a progress record');
		expect(refused('{"answers": {}}')).toContain('no version number');
		expect(
			refused(
				JSON.stringify({ version: 1, lessons_read: {}, answers: { q1: 'yes' }, attempts: {} })
			)
		).toContain('answers.q1');
	});

	it('refuses a file from a newer version', () => {
		expect(refused(JSON.stringify({ ...empty_state(), version: 2 }))).toMatch(/newer version/);
	});

	it('refuses a file over the size limit', () => {
		expect(refused(' '.repeat(MAX_IMPORT_BYTES + 1))).toContain('too large');
	});

	it('leaves the state it was given unchanged when it refuses', () => {
		const before = structuredClone(mine);
		import_progress(mine, 'not json', 'x.json');
		expect(mine).toEqual(before);
	});

	it('merges a valid file and counts the answers it added', () => {
		const file = state_with({
			q1: [answer_record(true, 100), answer_record(false, 200)],
			q2: [answer_record(true, 300)]
		});
		const result = import_progress(mine, encode(file), 'progress.json');
		expect(result).toMatchObject({ ok: true, added: 2 });
		if (!result.ok) return;
		expect(result.state.answers.q1.map((r) => r.at)).toEqual([100, 200]);
		expect(result.state.answers.q2.map((r) => r.at)).toEqual([300]);
		expect(count_answers(result.state)).toBe(3);
	});

	it('adds nothing when the file holds only what is already there', () => {
		expect(import_progress(mine, encode(mine))).toMatchObject({ ok: true, added: 0 });
	});
});

describe('count_answers', () => {
	it('counts every stored answer', () => {
		expect(count_answers(empty_state())).toBe(0);
		expect(
			count_answers(state_with({ a: [answer_record(true, 1), answer_record(true, 2)], b: [] }))
		).toBe(2);
	});
});

describe('import messages', () => {
	it('start with a capital when no file name is given', () => {
		const result = import_progress(empty_state(), '');
		expect(result.ok ? '' : result.message).toBe('The file is empty. Nothing was changed.');
	});
});
