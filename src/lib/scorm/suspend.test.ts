import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../classroom/assignment';
import { from_base64url, to_base64url } from '../classroom/base64url';
import { derived } from '../quiz/random';
import type { Answer, Item } from '../quiz/types';
import { real_bank } from '$testing/real_content';
import {
	decode_suspend,
	encode_suspend,
	suspend_bound,
	SUSPEND_LIMIT,
	suspend_problem,
	type SuspendState
} from './suspend';

const bank = real_bank(1);
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
				// Unfinished, a question is on screen; finished, the results (maybe just past the last).
				const position = pick(items.length + (finished ? 1 : 0));
				const state = { position, finished, answers };
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

	it('refuses answers saved for the same item ids with other options, or options in another order', () => {
		// Two-option items, every one answered with its second option: read against the items
		// made again, the positions would name other options.
		const items = bank.filter((item) => item.type !== 'matching').slice(0, 4);
		const answers = items.map((item): Answer => ({ kind: 'option', option: item.options[1]!.id }));
		const { text } = round_trip(items, { position: 1, finished: false, answers });
		const other_version = {
			ok: false,
			problem: 'the saved answers are of another version of this quiz'
		};
		const read = (changed: Item[]) =>
			decode_suspend({ items: changed, fingerprint: FINGERPRINT, text });
		const [first, ...rest] = items as [Item, ...Item[]];
		const reordered = { ...first, options: [...first.options].reverse() };
		expect(read([reordered, ...rest])).toEqual(other_version);
		const renamed = {
			...first,
			options: first.options.map((o, i) => (i === 0 ? { ...o, id: `${o.id}-new` } : o))
		};
		expect(read([renamed, ...rest])).toEqual(other_version);
		const matching = bank.find((item) => item.type === 'matching');
		if (matching) {
			const pairs = { kind: 'pairs', pairs: {} } as const;
			const saved = round_trip([matching], { position: 0, finished: false, answers: [pairs] });
			const prompts = [...(matching.prompts ?? [])].reverse();
			expect(
				decode_suspend({
					items: [{ ...matching, prompts }],
					fingerprint: FINGERPRINT,
					text: saved.text
				})
			).toEqual(other_version);
		}
		// The same questions read back as saved: only a change refuses.
		expect(read([...items])).toEqual({
			ok: true,
			state: { position: 1, finished: false, answers }
		});
	});

	it('refuses to store, and refuses to read, a place the player cannot be at', () => {
		const items = bank.slice(0, 3);
		const answers = items.map(() => undefined);
		const encode = (position: number, finished: boolean) =>
			encode_suspend({ items, fingerprint: FINGERPRINT, state: { position, finished, answers } });
		for (const [position, finished] of [
			[3, false],
			[4, true],
			[-1, false],
			[0.5, false]
		] as const) {
			expect(encode(position, finished)).toEqual({
				ok: false,
				problem: 'The place in the quiz cannot be stored.'
			});
		}
		// The same header with a place or flag rewritten, as a damaged or forged value would have it.
		const valid = encode(2, false);
		if (!valid.ok) throw new Error(valid.problem);
		const forged = (position: number, flags: number) => {
			const bytes = inflateSync(from_base64url(valid.text.slice(3)));
			bytes.set([position >> 8, position & 0xff, flags], 4);
			return `${valid.text.slice(0, 3)}${to_base64url(deflateSync(bytes))}`;
		};
		const read = (text: string) => decode_suspend({ items, fingerprint: FINGERPRINT, text });
		expect(read(forged(2, 0))).toMatchObject({ ok: true, state: { position: 2 } });
		for (const [position, flags] of [
			[3, 0],
			[4, 1],
			[0x0100, 1],
			[1, 2]
		] as const) {
			expect(read(forged(position, flags))).toEqual({
				ok: false,
				problem: 'the saved answers are damaged'
			});
		}
		expect(read(forged(3, 1))).toMatchObject({ ok: true, state: { position: 3, finished: true } });
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
