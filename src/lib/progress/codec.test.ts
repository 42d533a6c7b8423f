import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress_state_arbitrary } from '$testing/arbitraries';
import { answer_record, state_with } from '$testing/progress';
import { decode, encode } from './codec';
import { migrate, steps } from './migrate';
import { CURRENT_VERSION, empty_state } from './schema';
import { must } from '$lib/must';

const not_ok = (text: string) => {
	const decoded = decode(text);
	if (decoded.ok) throw new Error(`decode accepted ${text}`);
	return decoded;
};

describe('encode and decode', () => {
	it('round-trip any valid state', () => {
		fc.assert(
			fc.property(progress_state_arbitrary(), (state) => {
				expect(decode(encode(state))).toEqual({ ok: true, state });
			}),
			{ numRuns: 150 }
		);
	});

	it('round-trip the empty state', () => {
		expect(decode(encode(empty_state()))).toEqual({ ok: true, state: empty_state() });
	});

	it('never throw, whatever the text, and say why they refuse it', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
				const decoded = decode(text);
				if (decoded.ok) expect(decode(encode(decoded.state))).toMatchObject({ ok: true });
				else {
					expect(['corrupted', 'invalid', 'newer']).toContain(decoded.reason);
					expect(decoded.message.trim()).not.toBe('');
				}
			}),
			{ numRuns: 200 }
		);
	});
});

describe('decode of unusable text', () => {
	it.each(['{"version":1,', 'not json', ''])('calls %j corrupted', (text) => {
		const decoded = not_ok(text);
		expect(decoded.reason).toBe('corrupted');
		expect(decoded.message).toContain('not valid JSON');
	});

	it('calls a record from a newer version newer, and says so', () => {
		const decoded = not_ok(JSON.stringify({ ...empty_state(), version: 99 }));
		expect(decoded.reason).toBe('newer');
		expect(decoded.message).toMatch(/newer version/);
		expect(decoded.message).toContain('99');
	});

	it.each([
		['null', 'not a progress record'],
		['[1, 2]', 'not a progress record'],
		['"text"', 'not a progress record'],
		['{"answers": {}}', 'no version number'],
		['{"version": "1"}', 'no version number'],
		['{"version": 1.5}', 'no version number'],
		['{"version": -1}', 'no version number']
	])('calls %s invalid', (text, words) => {
		const decoded = not_ok(text);
		expect(decoded.reason).toBe('invalid');
		expect(decoded.message).toContain(words);
	});

	it('names the field of a record with the wrong shape', () => {
		const state = state_with({ q1: [answer_record(true, 5)] });
		const broken = JSON.parse(encode(state));
		broken.answers.q1[0].correct = 'yes';
		const decoded = not_ok(JSON.stringify(broken));
		expect(decoded.reason).toBe('invalid');
		expect(decoded.message).toContain(
			'the right-or-wrong mark of answer 1 to question “q1” (given 1 Jan 1970, 00:00 UTC) is “yes”, not true or false'
		);
		expect(decoded.message).toMatch(/\(Field: answers\.q1\.0\.correct\)$/);
	});

	it('names a missing field', () => {
		const decoded = not_ok(JSON.stringify({ version: 1, answers: {}, attempts: {} }));
		expect(decoded.reason).toBe('invalid');
		expect(decoded.message).toContain('the list of lessons read is missing');
		expect(decoded.message).toMatch(/\(Field: lessons_read\)$/);
	});

	it('refuses a negative time', () => {
		const negative = JSON.parse(encode(state_with({ q1: [answer_record(true, 5)] })));
		negative.answers.q1[0].at = -1;
		expect(not_ok(JSON.stringify(negative))).toMatchObject({
			message: expect.stringContaining(
				'the time of answer 1 to question “q1” is -1, not a valid time. (Field: answers.q1.0.at)'
			) as unknown
		});
	});

	it('refuses version 0, for which no migration exists', () => {
		const decoded = not_ok(JSON.stringify({ ...empty_state(), version: 0 }));
		expect(decoded.reason).toBe('invalid');
		expect(decoded.message).toContain('the format number is 0, not format 3');
	});
});

describe('migrate', () => {
	it('leaves data alone when there is no step', () => {
		const data = { version: CURRENT_VERSION, x: 1 };
		expect(migrate(data, CURRENT_VERSION)).toBe(data);
	});

	it('applies the steps from the stored version up, one at a time', () => {
		// A pretend version 0 that kept lesson reads as a list; the step is removed afterwards.
		steps[0] = (data) => ({
			version: 1,
			lessons_read: Object.fromEntries((data.read as string[]).map((key) => [key, 0])),
			answers: {},
			attempts: {}
		});
		try {
			expect(migrate({ version: 0, read: ['doc/a'] }, 0)).toEqual({
				version: 3,
				lessons_read: { 'doc/a': 0 },
				answers: {},
				attempts: {}
			});
			expect(decode(JSON.stringify({ version: 0, read: ['doc/a', 'doc/b'] }))).toEqual({
				ok: true,
				state: { ...empty_state(), lessons_read: { 'doc/a': 0, 'doc/b': 0 } },
				migrated_from: 0
			});
		} finally {
			delete steps[0];
		}
		expect(decode(JSON.stringify({ version: 0, read: [] })).ok).toBe(false);
	});
});

describe('stored shape', () => {
	it('refuses a list where a record of lessons is expected', () => {
		const result = decode('{"version":1,"lessons_read":[5],"answers":{},"attempts":{}}');
		expect(result).toMatchObject({ ok: false, reason: 'invalid' });
		expect(result.ok ? '' : result.message).toContain(
			'the list of lessons read is a list, not a set of named fields'
		);
	});

	it('refuses a list where the answers record is expected', () => {
		const result = decode(encode(empty_state()).replace('"answers":{}', '"answers":[]'));
		expect(result).toMatchObject({
			message: expect.stringContaining(
				'the list of answers is a list, not a set of named fields. (Field: answers)'
			) as unknown
		});
	});
});

describe('format 2: an answer given in a quiz is stored once', () => {
	const answer = { kind: 'option' as const, option: 'community-mobilization' };
	const at = 1_735_689_601_000;
	/** One quiz answer as the app holds it: in the answers, and in its attempt. */
	const held = {
		...state_with({ q0dvx8dk: [{ answer, correct: true, at }] }),
		attempts: {
			'mixed@1': {
				id: 'mixed@1',
				scope: 'mixed',
				seed: 1,
				selection: {},
				mode: 'practice' as const,
				item_ids: ['q0dvx8dk', 'q14m62qs'],
				position: 1,
				responses: { q0dvx8dk: { answer, correct: true, score: 1, at } },
				started: at - 1000
			}
		}
	};

	it('keeps it in its attempt only, without what its score says, and reads it back', () => {
		const text = encode(held);
		expect(JSON.parse(text).answers).toEqual({});
		expect(JSON.parse(text).attempts['mixed@1'].responses).toEqual({
			q0dvx8dk: { answer, score: 1, at }
		});
		expect(decode(text)).toEqual({ ok: true, state: held });
		// Less than half of what format 1 stored for the same answer.
		const format_1 = JSON.stringify({ ...held, version: 1 });
		expect(format_1.length - text.length).toBeGreaterThan(90);
	});

	it('reads format 1, where each quiz answer was stored twice, with each answer once', () => {
		const v1 = JSON.parse(JSON.stringify({ ...held, version: 1 }));
		// The previous build named the attempt, and took its own time, a moment after the response.
		v1.answers.q0dvx8dk[0].attempt = 'mixed@1';
		v1.answers.q0dvx8dk[0].at = at + 2;
		v1.answers.q0dvx8dk.push({ answer, correct: false, at: at - 5000 });
		const decoded = decode(JSON.stringify(v1));
		if (!decoded.ok) throw new Error(decoded.message);
		expect(decoded.migrated_from).toBe(1);
		expect(decoded.state.answers.q0dvx8dk).toEqual([
			{ answer, correct: false, at: at - 5000 },
			{ answer, correct: true, at }
		]);
		expect(decoded.state.attempts['mixed@1']).toEqual(held.attempts['mixed@1']);
	});

	it('keeps an answer given twice at the same moment twice', () => {
		const twice = {
			...held,
			answers: {
				q0dvx8dk: [
					...must(held.answers.q0dvx8dk, 'held has answers'),
					{ answer, correct: true, at }
				]
			}
		};
		expect(decode(encode(twice))).toEqual({ ok: true, state: twice });
	});
});
