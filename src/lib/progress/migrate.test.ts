import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer_record } from '$testing/progress';
import { carry_over } from './carry_over';
import { steps } from './migrate';
import { decode, encode } from './codec';
import { review_items } from './review';
import { due_items } from './schedule';
import { CURRENT_VERSION, type AnswerRecord, type ProgressState } from './schema';

/** Records older builds wrote, with what they read back (see tests/fixtures/progress/README.md). */
function fixture(name: string) {
	const dir = new URL('../../../tests/fixtures/progress/', import.meta.url);
	const text = readFileSync(new URL(`${name}.json`, dir), 'utf8');
	const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as {
		answers: Record<string, AnswerRecord[]>;
		attempts: ProgressState['attempts'];
		leitner_due: Record<string, number>;
	};
	return { text, expected };
}

function decoded(text: string) {
	const result = decode(text, Date.UTC(2026, 10, 9));
	if (!result.ok) throw new Error(result.message);
	return result;
}

const without_time = ({ answer, correct }: AnswerRecord) => ({ answer, correct });

describe.each([
	// Format 1 read the clock for the answer after the response: 1 ms apart at most.
	{ name: 'format-1', version: 1, slack: 1 },
	{ name: 'format-2', version: 2, slack: 0 }
])('a $name record as that build stored it', ({ name, version, slack }) => {
	const { text, expected } = fixture(name);

	it(`migrates to format ${CURRENT_VERSION} with every attempt as it was`, () => {
		const result = decoded(text);
		expect(result.migrated_from).toBe(version);
		expect(result.fixes).toBeUndefined();
		expect(result.state.version).toBe(CURRENT_VERSION);
		expect(result.state.attempts).toEqual(expected.attempts);
	});

	it('keeps every answer once, right or wrong as it was, at its time', () => {
		const { answers } = decoded(text).state;
		expect(Object.keys(answers).sort()).toEqual(Object.keys(expected.answers).sort());
		for (const [item, records] of Object.entries(expected.answers)) {
			const got = answers[item] ?? [];
			expect(got.map(without_time), item).toEqual(records.map(without_time));
			for (const [i, record] of records.entries())
				expect(Math.abs((got[i]?.at ?? 0) - record.at), item).toBeLessThanOrEqual(slack);
		}
	});

	it('has each item due when its Leitner box had it due, not all at once', () => {
		const { state } = decoded(text);
		const items = new Set(Object.keys(expected.leitner_due));
		const due = new Map(due_items(state, items, Infinity).map((d) => [d.item, d.due]));
		expect([...due.keys()].sort()).toEqual([...items].sort());
		for (const [item, at] of Object.entries(expected.leitner_due))
			expect(Math.abs((due.get(item) ?? 0) - at), item).toBeLessThanOrEqual(slack);
		// Days after the last answer, only what Leitner had due by then is due.
		const soon = Math.max(...state.answers[Object.keys(state.answers)[0]!]!.map((r) => r.at));
		const by_then = Object.values(expected.leitner_due).filter((at) => at <= soon + slack).length;
		expect(due_items(state, items, soon).length).toBe(by_then);
		expect(by_then).toBeLessThan(items.size);
	});

	it('reads back the same once saved in the current format', () => {
		const { state } = decoded(text);
		expect(decoded(encode(state))).toEqual({ ok: true, state });
	});

	it('starts FSRS, at the next answer, from the card the Leitner box carries over', () => {
		const { state } = decoded(text);
		const [item, records] = Object.entries(state.answers)[0]!;
		const at = Math.max(...records.map((r) => r.at)) + 30 * 86_400_000;
		const next = {
			...state,
			answers: { ...state.answers, [item]: [...records, answer_record(true, at)] }
		};
		const card = review_items(next, [item])?.[item];
		expect(card?.reps).toBe(carry_over(records)!.reps + 1);
		expect(card?.last).toBe(at);
		expect(card!.due).toBeGreaterThan(at);
	});
});

describe('format 1 to 2: the answer a quiz response duplicated', () => {
	const step = steps[1]!;
	const answer = { kind: 'option', option: 'a' };
	const response = { answer, correct: true, score: 1, at: 1000 };
	const record = (more: Record<string, unknown>) => ({ answer, correct: true, at: 1000, ...more });
	/** A format-1 record with one attempt that answered q1 (`given`), and q1's answers. */
	const format_1 = (records: unknown, given: unknown = response) => ({
		version: 1,
		answers: { q1: records },
		attempts: { t1: { id: 't1', responses: { q1: given } } }
	});
	const left = (data: Record<string, unknown>) =>
		(step(data).answers as Record<string, unknown[]>).q1;

	it('goes when it names the attempt, whenever it was recorded', () => {
		expect(left(format_1([record({ attempt: 't1', at: 99_999 })]))).toEqual([]);
	});

	it('goes when recorded up to a second after the response, and stays otherwise', () => {
		for (const [after, kept] of [
			[0, 0],
			[1, 0],
			[1000, 0],
			[1001, 1],
			[-1, 1]
		] as const)
			expect(left(format_1([record({ at: 1000 + after })])), `${after} ms after`).toHaveLength(
				kept
			);
	});

	it('stays when it is another answer, or names another attempt and was not recorded just after', () => {
		const other = { kind: 'option', option: 'b' };
		expect(left(format_1([record({ answer: other })]))).toHaveLength(1);
		expect(left(format_1([record({ attempt: 't2', at: 5000 })]))).toHaveLength(1);
	});

	it('stays when either time is not a number', () => {
		expect(left(format_1([record({ at: '1000' })]))).toHaveLength(1);
		expect(left(format_1([record({})], { ...response, at: '1000' }))).toHaveLength(1);
	});

	it('goes once: a second answer the same is the learner’s own', () => {
		expect(left(format_1([record({}), record({ at: 1001 })]))).toEqual([record({ at: 1001 })]);
	});

	it('leaves what it cannot read as it was, without throwing', () => {
		const odd: Record<string, unknown>[] = [
			{ version: 1, answers: [], attempts: {} },
			{ version: 1, answers: { q1: [record({})] }, attempts: null },
			{ version: 1, answers: { q1: [record({})] }, attempts: { t1: 'x' } },
			{ version: 1, answers: { q1: [record({})] }, attempts: { t1: { id: 't1', responses: [] } } },
			format_1('not a list'),
			format_1([record({})], 'not a response'),
			format_1([null, 7, record({ answer: 'a' })])
		];
		for (const data of odd) expect(step(structuredClone(data))).toEqual({ ...data, version: 2 });
	});
});
