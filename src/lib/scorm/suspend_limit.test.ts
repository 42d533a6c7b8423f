// scorm-again's main entry, as lms.test.ts imports it (its scorm12 subpath types a default
// export its code does not have).
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../classroom/assignment';
import { derived } from '../quiz/random';
import type { Answer, Item } from '../quiz/types';
import { classroom_assignment } from '$testing/classroom';
import { real_quiz_documents } from '$testing/real_content';
import { LmsSession, type Scorm12Api } from './lms';
import type { ScormData } from './package';
import { ScormRun } from './run';
import {
	decode_suspend,
	encode_suspend,
	suspend_bound,
	SUSPEND_LIMIT,
	suspend_problem,
	type SuspendState
} from './suspend';

/**
 * suspend_data at SCORM 1.2's 4,096 characters. The content's items are far from it, so these
 * items are made to reach it: matching items of 255 options (the most an answer byte names),
 * every row answered at random, which deflate cannot squeeze, so the value is as long as
 * `suspend_bound` says it can be.
 */
const OPTIONS = 255;
const FINGERPRINT = '0a1b2c3d';
const { assignment } = classroom_assignment(real_quiz_documents(), { count: 5 });

/** LIMITS.count matching items with `rows` rows between them, spread as evenly as they go. */
function items_with(rows: number): Item[] {
	return Array.from({ length: LIMITS.count }, (_, n): Item => {
		const own = Math.floor(rows / LIMITS.count) + (n < rows % LIMITS.count ? 1 : 0);
		const prompts = Array.from({ length: own }, (_, i) => ({
			id: `q${n}-p${i}`,
			text: `Row ${i}`
		}));
		return {
			id: `q${n}`,
			type: 'matching',
			document: 'synthetic',
			stem: `Match the rows of question ${n + 1}.`,
			options: Array.from({ length: OPTIONS }, (_, i) => ({
				id: `q${n}-o${i}`,
				text: `Option ${i}`,
				correct: i < own,
				feedback: '',
				...(i < own && { matches: `q${n}-p${i}` })
			})),
			prompts,
			explanation: '',
			source: { document: 'synthetic', section: 's', lesson: 'l', href: '/synthetic/l/' },
			fact: { kind: 'value', key: `q${n}`, concepts: [], origin: 'synthetic' }
		};
	});
}

/**
 * The most rows whose bound still fits, found by searching (the bound grows with the rows), so
 * no formula is restated: a binary search, as building items of 255 options thousands of times
 * over took 11 s.
 */
const AT_LIMIT = (() => {
	const fits = (rows: number) => suspend_bound(items_with(rows)) <= SUSPEND_LIMIT;
	let low: number = LIMITS.count;
	let high = 2 * SUSPEND_LIMIT;
	if (!fits(low) || fits(high)) throw new Error('the limit is not between the search bounds');
	while (high - low > 1) {
		const middle = Math.floor((low + high) / 2);
		if (fits(middle)) low = middle;
		else high = middle;
	}
	return low;
})();

/** Every row matched to a random option: as long as a value of these items gets. */
function random_state(items: readonly Item[], seed: number): SuspendState {
	const random = derived(seed, 'suspend-limit');
	const answers = items.map((item): Answer => {
		const pairs: Record<string, string> = {};
		for (const prompt of item.prompts ?? []) {
			pairs[prompt.id] = item.options[Math.floor(random() * item.options.length)]!.id;
		}
		return { kind: 'pairs', pairs };
	});
	return { position: items.length - 1, finished: false, answers };
}

const lms = () => new Scorm12API({ logLevel: 5 });
const as_api = (api: Scorm12API) => api as unknown as Scorm12Api;
const data = (items: Item[]): ScormData => ({
	format: 'mobilize-scorm',
	version: 1,
	assignment,
	items
});

describe('suspend data at the 4,096-character limit', () => {
	const items = items_with(AT_LIMIT);
	const over = items_with(AT_LIMIT + 1);

	it('sizes the quiz at the limit: its bound is 4,095, and one row more makes it 4,097', () => {
		// base64 without padding is never 4k+1 characters long, so no quiz's bound is 4,096 itself.
		expect(suspend_bound(items)).toBe(SUSPEND_LIMIT - 1);
		expect(suspend_bound(over)).toBe(SUSPEND_LIMIT + 1);
		expect(suspend_problem(items)).toBeUndefined();
	});

	it('stores random answers in at most 4,096 characters, and scorm-again gives them back', () => {
		for (const seed of [1, 2, 3]) {
			const state = random_state(items, seed);
			const encoded = encode_suspend({ items, fingerprint: FINGERPRINT, state });
			if (!encoded.ok) throw new Error(encoded.problem);
			// Right at the limit, not merely under it: these answers do not compress.
			expect(encoded.text.length).toBeGreaterThan(SUSPEND_LIMIT - 8);
			expect(encoded.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
			const api = lms();
			api.LMSInitialize('');
			expect(api.LMSSetValue('cmi.suspend_data', encoded.text)).toBe('true');
			expect(api.LMSCommit('')).toBe('true');
			const kept = api.LMSGetValue('cmi.suspend_data');
			expect(kept).toBe(encoded.text);
			expect(decode_suspend({ items, fingerprint: FINGERPRINT, text: kept })).toEqual({
				ok: true,
				state
			});
		}
	});

	it('one row more: says up front the quiz cannot be resumed, and never writes a longer value', () => {
		expect(suspend_problem(over)).toBe(
			'its answers could take 4,097 characters, more than the 4,096 an LMS keeps'
		);
		for (const seed of [1, 2, 3]) {
			expect(
				encode_suspend({ items: over, fingerprint: FINGERPRINT, state: random_state(over, seed) })
			).toEqual({
				ok: false,
				problem: 'The answers take 4,097 characters, more than the 4,096 an LMS keeps.'
			});
		}
	});

	it('one row more: the run goes without resume from the start, and suspend_data stays empty', () => {
		const api = lms();
		const run = new ScormRun(new LmsSession(as_api(api)), data(over));
		expect(run.no_resume).toMatch(/^This quiz cannot be resumed later \(its answers could take/);
		const state = run.start();
		state.answers = random_state(over, 1).answers;
		run.save(state);
		run.finish({ ...state, finished: true });
		expect(api.cmi.suspend_data).toBe('');
	});

	it('at the limit: the run keeps the answers, and a new sitting resumes them', () => {
		const first = lms();
		const run = new ScormRun(new LmsSession(as_api(first)), data(items));
		expect(run.no_resume).toBe('');
		run.start();
		const state = random_state(items, 9);
		run.save(state);
		expect(first.cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		const second = lms();
		second.loadFromJSON(first.renderCMIToJSONObject().cmi as Record<string, unknown>, 'cmi');
		expect(new ScormRun(new LmsSession(as_api(second)), data(items)).start()).toEqual(state);
	});

	it('refuses items with more options than a byte names', () => {
		const [first] = items_with(LIMITS.count) as [Item];
		const wide = {
			...first,
			options: [...first.options, { id: 'one-more', text: 'x', correct: false, feedback: '' }]
		};
		const state = { position: 0, finished: false, answers: [undefined] };
		expect(encode_suspend({ items: [wide], fingerprint: FINGERPRINT, state })).toEqual({
			ok: false,
			problem: 'This quiz cannot be resumed: a question has more than 255 options.'
		});
		expect(suspend_problem([wide])).toBe('a question has more than 255 options');
	});
});
