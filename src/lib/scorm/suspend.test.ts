import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../classroom/assignment';
import { generate_bank } from '../quiz/bank';
import { derived } from '../quiz/random';
import type { Answer, Item } from '../quiz/types';
import { real_quiz_documents } from '$testing/real_content';
import {
	decode_suspend,
	encode_suspend,
	suspend_bound,
	SUSPEND_LIMIT,
	suspend_problem,
	type SuspendState
} from './suspend';

const bank = generate_bank(real_quiz_documents(), 1);
const FINGERPRINT = '0a1b2c3d';
const slots = (item: Item) => (item.type === 'matching' ? (item.prompts ?? []).length : 1);

/** Any answer the player can give: an option, or a match (maybe repeated) for some rows. */
function answer_at(item: Item, pick: (n: number) => number): Answer | undefined {
	if (pick(4) === 0) return undefined;
	if (item.type === 'matching') {
		const pairs: Record<string, string> = {};
		for (const prompt of item.prompts ?? []) {
			const option = item.options[pick(item.options.length + 1) - 1];
			if (option) pairs[prompt.id] = option.id;
		}
		return Object.keys(pairs).length ? { kind: 'pairs', pairs } : undefined;
	}
	return { kind: 'option', option: item.options[pick(item.options.length)]!.id };
}

function round_trip(items: readonly Item[], state: SuspendState) {
	const encoded = encode_suspend({ items, fingerprint: FINGERPRINT, state });
	if (!encoded.ok) throw new Error(encoded.problem);
	return {
		text: encoded.text,
		read: decode_suspend({ items, fingerprint: FINGERPRINT, text: encoded.text })
	};
}

describe('suspend data', () => {
	it('gives back every answer, the position and the finished flag (many quizzes and answers)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.boolean(), (seed, finished) => {
				const random = derived(seed, 'suspend');
				const pick = (n: number) => Math.floor(random() * n);
				const items = Array.from({ length: 1 + pick(40) }, () => bank[pick(bank.length)]!);
				const answers = items.map((item) => answer_at(item, pick));
				const state = { position: pick(items.length + 1), finished, answers };
				const { text, read } = round_trip(items, state);
				expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
				expect(read).toEqual({ ok: true, state });
			}),
			{ numRuns: 100 }
		);
	});

	it('fits the largest assignment: LIMITS.count of the widest item, every row answered at random', () => {
		// The widest answer the content's item types allow: the matching item with most rows (or,
		// with no matching items, any item: one option each).
		const widest = bank.reduce((a, b) => (slots(b) > slots(a) ? b : a));
		const items = Array.from({ length: LIMITS.count }, () => widest);
		expect(suspend_problem(items)).toBeUndefined();
		expect(suspend_bound(items)).toBeLessThanOrEqual(SUSPEND_LIMIT);
		const random = derived(11, 'limit');
		const answers = items.map((item) => {
			let answer: Answer | undefined;
			while (!answer) answer = answer_at(item, (n) => Math.floor(random() * n));
			return answer;
		});
		const state = { position: LIMITS.count - 1, finished: true, answers };
		const { text, read } = round_trip(items, state);
		expect(text.length).toBeLessThanOrEqual(suspend_bound(items));
		expect(read).toEqual({ ok: true, state });
	});

	it('refuses a quiz whose answers could outgrow 4,096 characters, before any answer', () => {
		const widest = bank.find((item) => item.type === 'matching') ?? bank[0]!;
		// Rows enough that a hundred such items could not fit, whatever deflate makes of them.
		const rows = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, text: `Row ${i}` }));
		const wide: Item = { ...widest, type: 'matching', prompts: rows };
		const items = Array.from({ length: LIMITS.count }, () => wide);
		expect(suspend_bound(items)).toBeGreaterThan(SUSPEND_LIMIT);
		expect(suspend_problem(items)).toMatch(/could take [\d,]+ characters, more than the 4,096/);
		const state = { position: 0, finished: false, answers: items.map(() => undefined) };
		expect(encode_suspend({ items, fingerprint: FINGERPRINT, state })).toEqual({
			ok: false,
			problem: expect.stringMatching(/^This quiz cannot be resumed: its answers could take/)
		});
	});

	it('refuses values of another version of the quiz, damaged values and foreign ones', () => {
		const items = bank.slice(0, 5);
		const state = { position: 2, finished: false, answers: items.map(() => undefined) };
		const { text } = round_trip(items, state);
		const read = (t: string, i = items, f = FINGERPRINT) =>
			decode_suspend({ items: i, fingerprint: f, text: t });
		expect(read(text, items, 'ffffffff')).toEqual({
			ok: false,
			problem: 'the saved answers are of another version of this quiz'
		});
		expect(read(text, bank.slice(0, 6))).toMatchObject({ ok: false });
		expect(read(`${text.slice(0, -3)}!!`)).toEqual({
			ok: false,
			problem: 'the saved answers are damaged'
		});
		expect(read('lesson=3|viewed=1,2')).toEqual({
			ok: false,
			problem: 'no saved answers of this quiz'
		});
		expect(read('')).toEqual({ ok: false, problem: 'no saved answers of this quiz' });
	});

	it('refuses to store an answer the item does not take (a typed one, an unknown option)', () => {
		const item = bank.find((i) => i.type !== 'matching')!;
		const state = (answer: Answer) => ({ position: 0, finished: false, answers: [answer] });
		for (const answer of [
			{ kind: 'text', text: 'anything' },
			{ kind: 'option', option: 'no-such-option' }
		] as const) {
			expect(
				encode_suspend({ items: [item], fingerprint: FINGERPRINT, state: state(answer) })
			).toEqual({
				ok: false,
				problem: "Question 1's answer cannot be stored."
			});
		}
	});
});
