import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progress_state_arbitrary } from '$testing/arbitraries';
import { KEEP_ACROSS_TESTS } from '$testing/once';
import { answer_record, state_with } from '$testing/progress';
import { decode, encode } from './codec';
import { merge_states } from './merge';
import { empty_state, type AnswerRecord, type ProgressState } from './schema';

type Attempt = ProgressState['attempts'][string];

/** An answer as the learner gave it: when, and what. */
const said = (r: AnswerRecord) => `${r.at}:${JSON.stringify(r.answer)}`;

/** Item id to the set of answers held for it. */
const answers_of = (state: ProgressState) =>
	Object.fromEntries(
		Object.entries(state.answers)
			.filter(([, records]) => records.length > 0)
			.map(([item, records]) => [item, new Set(records.map(said))])
	);

const states = progress_state_arbitrary();
type Pair = [ProgressState, ProgressState];

/**
 * 150 pairs of valid states, drawn as fc.assert draws them (small ones first) from a seed of
 * their own, and checked by each property below: drawing the states was most of this file's
 * time, five times over. A merge leaves the valid states it is given as they were (a property
 * below), so every property meets the same pairs. Drawn afresh for each property under mutation
 * testing (KEEP_ACROSS_TESTS), whose time budget per property (mutation_setup.ts) then covers
 * the draw too. With a merge broken by hand to de-duplicate answers by time alone, the first
 * property went red at each of 100 seeds within 10 pairs, since the states share times often
 * (`time` in arbitraries.ts); with times spread evenly, at 6 of 40 seeds in 150.
 */
function draw_pairs(seed: number) {
	const pairs: Pair[] = [];
	fc.assert(
		fc.property(states, states, (a, b) => void pairs.push([a, b])),
		{ numRuns: 150, seed }
	);
	return pairs;
}
const new_seed = () => Math.floor(Math.random() * 2 ** 31);
const SEED = new_seed();
const PAIRS = KEEP_ACROSS_TESTS ? draw_pairs(SEED) : undefined;

/**
 * Asserts `check` of every pair (or of `change`'s pairs made from them). The pairs are examples,
 * which fast-check can neither replay from its own seed nor shrink: a failure names the seed
 * that draws them again.
 */
function for_pairs(
	check: (a: ProgressState, b: ProgressState) => void,
	change = (pair: Pair, _i: number) => pair
) {
	const seed = PAIRS ? SEED : new_seed();
	const pairs = (PAIRS ?? draw_pairs(seed)).map(change);
	try {
		fc.assert(fc.property(states, states, check), {
			examples: pairs,
			numRuns: pairs.length
		});
	} catch (error) {
		if (error instanceof Error) error.message += `\n(The pairs are draw_pairs(${seed}).)`;
		throw error;
	}
}

function attempt(responses: Attempt['responses'], extra: Partial<Attempt> = {}): Attempt {
	return {
		id: 'mixed@1',
		scope: 'mixed',
		seed: 1,
		selection: {},
		mode: 'practice',
		item_ids: ['q1', 'q2', 'q3'],
		position: 0,
		responses,
		started: 1,
		...extra
	};
}

const response = (option: string, at: number, correct = true) => ({
	answer: { kind: 'option' as const, option },
	correct,
	score: correct ? 1 : 0,
	at
});

describe('merge_states', () => {
	it('never loses an answer either side holds', () => {
		for_pairs((a, b) => {
			const merged = merge_states(a, b);
			// What went missing, gathered and asserted once per side: an expect per record
			// cost more than the merge itself, over every generated pair.
			for (const side of [a, b]) {
				const lost: string[] = [];
				for (const [item, records] of Object.entries(side.answers)) {
					const kept = new Set((merged.answers[item] ?? []).map(said));
					for (const record of records)
						if (!kept.has(said(record))) lost.push(`answer ${item} ${said(record)}`);
				}
				for (const [id, source] of Object.entries(side.attempts)) {
					const target = merged.attempts[id];
					if (!target) lost.push(`attempt ${id}`);
					for (const item of Object.keys(source.responses))
						if (target?.responses[item] === undefined) lost.push(`response ${id} ${item}`);
				}
				for (const lesson of Object.keys(side.lessons_read))
					if (merged.lessons_read[lesson] === undefined) lost.push(`lesson ${lesson}`);
				expect(lost).toEqual([]);
			}
		});
	});

	it('gives the same answers whichever side comes first', () => {
		for_pairs((a, b) => {
			const ab = merge_states(a, b);
			const ba = merge_states(b, a);
			expect(answers_of(ab)).toEqual(answers_of(ba));
			expect(ab.lessons_read).toEqual(ba.lessons_read);
			expect(Object.keys(ab.attempts).sort()).toEqual(Object.keys(ba.attempts).sort());
		});
	});

	it('changes nothing when merged again with either side', () => {
		for_pairs((a, b) => {
			const merged = merge_states(a, b);
			expect(merge_states(merged, merged)).toEqual(merged);
			expect(merge_states(merged, b)).toEqual(merged);
			expect(merge_states(merged, a).answers).toEqual(merged.answers);
		});
	});

	it('keeps each answer once, oldest first', () => {
		for_pairs((a, b) => {
			for (const records of Object.values(merge_states(a, b).answers)) {
				const times = records.map((r) => r.at);
				expect(times).toEqual([...times].sort((x, y) => x - y));
			}
			const twice = merge_states(a, a);
			for (const records of Object.values(twice.answers)) {
				expect(new Set(records.map(said)).size).toBe(records.length);
			}
		});
	});

	it('merges two tabs’ answers to the same item', () => {
		const a = state_with({ q1: [answer_record(false, 100, 'x'), answer_record(true, 300, 'y')] });
		const b = state_with({ q1: [answer_record(true, 200, 'y'), answer_record(true, 300, 'y')] });
		expect(merge_states(a, b).answers.q1?.map((r) => [r.at, r.answer])).toEqual([
			[100, { kind: 'option', option: 'x' }],
			[200, { kind: 'option', option: 'y' }],
			[300, { kind: 'option', option: 'y' }]
		]);
	});

	it('keeps the first time a lesson was read', () => {
		const a = { ...empty_state(), lessons_read: { 'doc/a': 50, 'doc/b': 10 } };
		const b = { ...empty_state(), lessons_read: { 'doc/a': 20, 'doc/c': 5 } };
		expect(merge_states(a, b).lessons_read).toEqual({ 'doc/a': 20, 'doc/b': 10, 'doc/c': 5 });
	});

	it('merges an attempt response by response, the later one to an item winning', () => {
		const a = {
			...empty_state(),
			attempts: {
				'mixed@1': attempt({ q1: response('a', 10), q2: response('b', 50, false) }, { position: 2 })
			}
		};
		const b = {
			...empty_state(),
			attempts: {
				'mixed@1': attempt(
					{ q2: response('c', 40), q3: response('d', 60) },
					{ position: 3, finished: 70 }
				)
			}
		};
		for (const merged of [merge_states(a, b), merge_states(b, a)]) {
			const result = merged.attempts['mixed@1'];
			expect(result?.responses).toEqual({
				q1: response('a', 10),
				q2: response('b', 50, false),
				q3: response('d', 60)
			});
			expect(result?.position).toBe(3);
			expect(result?.finished).toBe(70);
		}
	});

	it('keeps the earlier finish of an attempt finished in both tabs', () => {
		const a = { ...empty_state(), attempts: { x: attempt({}, { id: 'x', finished: 90 }) } };
		const b = { ...empty_state(), attempts: { x: attempt({}, { id: 'x', finished: 80 }) } };
		expect(merge_states(a, b).attempts.x?.finished).toBe(80);
		expect(merge_states(b, a).attempts.x?.finished).toBe(80);
	});

	it('gives an attempt that neither tab finished no finish at all', () => {
		// Not even an empty one: the merge must have the shape a stored record reads back as.
		const open = () => ({
			...empty_state(),
			attempts: { x: attempt({ q1: response('a', 10) }, { id: 'x', position: 1 }) }
		});
		const merged = merge_states(open(), open()).attempts.x;
		expect(merged).toMatchObject({ position: 1, responses: { q1: response('a', 10) } });
		expect(merged).not.toHaveProperty('finished');
	});

	it('leaves the valid states it is given as they were', () => {
		// What lets every property here meet the same pairs.
		for_pairs((a, b) => {
			const copies = structuredClone([a, b]);
			merge_states(a, b);
			expect([a, b]).toEqual(copies);
		});
	});

	it('does not change the states it is given', () => {
		const a = state_with({ q1: [answer_record(true, 1)] });
		const b = state_with({ q1: [answer_record(false, 2)] });
		const copies = structuredClone([a, b]);
		merge_states(a, b);
		expect([a, b]).toEqual(copies);
	});
});

describe('merge order', () => {
	it('sorts and de-duplicates answers that only one side holds', () => {
		const a = state_with({
			q1: [answer_record(true, 30), answer_record(false, 10), answer_record(false, 10)]
		});
		expect(merge_states(a, empty_state()).answers.q1?.map((r) => r.at)).toEqual([10, 30]);
	});
});

/** A state as decode accepts it: stored and read back (an attempt's first question listed twice,
 * when `twice`, which reading repairs). */
const accepted = (state: ProgressState, twice: boolean) => {
	const data = JSON.parse(encode(state));
	if (twice)
		for (const a of Object.values<Attempt>(data.attempts))
			a.item_ids.push(...a.item_ids.slice(0, 1));
	const decoded = decode(JSON.stringify(data), Infinity);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.state;
};

describe('what a merge stores', () => {
	it('reads back: merging two accepted states gives one that encodes and decodes again', () => {
		// The pairs, each side as decode accepts it, one side in three with a question listed twice.
		for_pairs(
			(a, b) => {
				const merged = merge_states(a, b);
				const back = decode(encode(merged), Infinity);
				expect(back).toMatchObject({ ok: true });
				expect(back.ok && back.fixes).toBeFalsy();
			},
			([a, b], i) => [accepted(a, i % 3 === 0), accepted(b, i % 3 === 1)]
		);
	});

	it('keeps the side that holds to the rules when the other does not', () => {
		const good = {
			...state_with({ q1: [answer_record(true, 1)] }),
			attempts: { x: attempt({}, { id: 'x' }) }
		};
		// Built in memory, never read from storage: an attempt stored under another id.
		const bad = {
			...state_with({ q2: [answer_record(true, 2)] }),
			attempts: { y: attempt({}, { id: 'x' }) }
		};
		for (const merged of [merge_states(good, bad), merge_states(bad, good)]) {
			expect(merged).toBe(good);
			expect(decode(encode(merged), Infinity)).toMatchObject({ ok: true });
		}
	});
});
