import { describe, expect, it } from 'vitest';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { answer_item, new_attempt, type Attempt, type Mode } from './attempt';
import { rebase_attempt, resume_items } from './resume';
import { format_points, score, score_text } from './score';
import { generate_bank } from './bank';
import { drawn_quiz } from '$testing/drawn_quiz';
import type { QuizDocument } from './source';
import type { Item, Selection } from './types';
import { at, must } from '$lib/must';

const docs = real_quiz_documents();
const NOW = Date.UTC(2025, 0, 15, 9, 30);

function start_attempt(options: {
	documents: QuizDocument[];
	scope: string;
	seed: number;
	selection: Selection;
	mode: Mode;
	now: number;
}) {
	// Drawn once per seed: these tests are of the attempt, not the draw (bank.test.ts).
	const items = drawn_quiz(options);
	return { items, attempt: new_attempt({ ...options, items }) };
}

function start(seed = 21) {
	return start_attempt({
		documents: docs,
		scope: 'mixed',
		seed,
		selection: { count: 6 },
		mode: 'practice',
		now: NOW
	});
}

/** Records an answer and keeps only the attempt, for chaining. */
const answer_item_ = (...args: Parameters<typeof answer_item>) => answer_item(...args).attempt;

const right = (item: Item) =>
	item.type === 'matching'
		? {
				kind: 'pairs' as const,
				pairs: Object.fromEntries(item.options.map((o) => [o.matches!, o.id]))
			}
		: { kind: 'option' as const, option: item.options.find((o) => o.correct)!.id };

const wrong = (item: Item) =>
	item.type === 'matching'
		? { kind: 'pairs' as const, pairs: {} }
		: { kind: 'option' as const, option: item.options.find((o) => !o.correct)!.id };

describe('new_attempt', () => {
	it('records what is needed to rebuild the quiz', () => {
		const { attempt, items } = start();
		expect(items).toHaveLength(6);
		expect(attempt).toEqual({
			id: `mixed@${NOW.toString(36)}`,
			scope: 'mixed',
			seed: 21,
			selection: { count: 6 },
			mode: 'practice',
			item_ids: items.map((item) => item.id),
			position: 0,
			responses: {},
			started: NOW
		});
	});
});

describe('resume_items', () => {
	it('rebuilds the same items in the same order', () => {
		const { attempt, items } = start();
		const stored: Attempt = JSON.parse(JSON.stringify(attempt));
		expect(resume_items(real_bank(stored.seed), stored)).toEqual({ items, missing: 0 });
	});

	it('leaves out and counts an item that no longer exists', () => {
		const { attempt, items } = start();
		const changed = {
			...attempt,
			item_ids: [...attempt.item_ids.slice(0, 2), 'qgone00', ...attempt.item_ids.slice(2)]
		};
		const resumed = resume_items(real_bank(changed.seed), changed);
		expect(resumed.missing).toBe(1);
		expect(resumed.items.map((item) => item.id)).toEqual(items.map((item) => item.id));
	});

	it('counts every item as missing when the content lost them all', () => {
		const { attempt } = start();
		expect(resume_items(generate_bank(docs.slice(0, 0), attempt.seed), attempt)).toEqual({
			items: [],
			missing: 6
		});
	});
});

describe('answer_item and score', () => {
	it('scores nothing before any answer', () => {
		const { attempt } = start();
		expect(score(attempt)).toEqual({
			answered: 0,
			total: 6,
			correct: 0,
			partly: 0,
			points: 0,
			percent: 0
		});
	});

	it('grades and records each answer with its time, without changing the attempt given', () => {
		const { attempt, items } = start();
		const after = answer_item(attempt, at(items, 0), right(at(items, 0)), NOW + 1000);
		expect(attempt.responses).toEqual({});
		expect(after.grade).toMatchObject({ correct: true, score: 1 });
		expect(after.attempt.responses[at(items, 0).id]).toEqual({
			answer: right(at(items, 0)),
			correct: true,
			score: 1,
			at: NOW + 1000
		});
	});

	it('counts answers, right answers, points and a rounded percentage', () => {
		const { attempt, items } = start();
		let a = attempt;
		a = answer_item_(a, at(items, 0), right(at(items, 0)), NOW + 1);
		a = answer_item_(a, at(items, 1), right(at(items, 1)), NOW + 2);
		a = answer_item_(a, at(items, 2), wrong(at(items, 2)), NOW + 3);
		expect(score(a)).toEqual({
			answered: 3,
			total: 6,
			correct: 2,
			partly: 0,
			points: 2,
			percent: 33
		});
		// A later answer to the same item replaces the earlier one.
		a = answer_item_(a, at(items, 2), right(at(items, 2)), NOW + 4);
		expect(score(a)).toMatchObject({ answered: 3, correct: 3, percent: 50 });
	});

	it('counts part credit from matching items in points, not in right answers', () => {
		const { attempt, items } = start_attempt({
			documents: docs,
			scope: 'document:collective-action-in-social-work',
			seed: 4,
			selection: { documents: ['collective-action-in-social-work'], types: ['matching'], count: 2 },
			mode: 'exam',
			now: NOW
		});
		const first = at(items, 0);
		const second = at(items, 1);
		const one_right = {
			kind: 'pairs' as const,
			pairs: {
				[at(first.prompts!, 0).id]: first.options.find(
					(o) => o.matches === at(first.prompts!, 0).id
				)!.id
			}
		};
		let a = answer_item_(attempt, first, one_right, NOW + 1);
		a = answer_item_(a, second, right(second), NOW + 2);
		const result = score(a);
		expect(result.correct).toBe(1);
		expect(result.partly).toBe(1);
		expect(result.points).toBeCloseTo(1 + 1 / first.prompts!.length);
		expect(result.percent).toBe(Math.round((result.points / 2) * 100));
	});

	it('shows one figure: the points with part credit, and the percentage of those points', () => {
		// "6 of 10 (70%)" was shown for six right and two half-right matching items.
		expect(score_text({ points: 7, total: 10, percent: 70 })).toBe('7 of 10 (70%)');
		expect(score_text({ points: 6.5, total: 10, percent: 65 })).toBe('6.5 of 10 (65%)');
		expect(format_points(1 + 1 / 3)).toBe('1.3');
		expect(format_points(2 / 3 + 1 / 3)).toBe('1');
	});

	it('gives a score whose points and percentage agree when matching earns part credit', () => {
		const { attempt, items } = start_attempt({
			documents: docs,
			scope: 'mixed',
			seed: 8,
			selection: { types: ['matching'], count: 2 },
			mode: 'exam',
			now: NOW
		});
		const half = (item: Item) => ({
			kind: 'pairs' as const,
			pairs: Object.fromEntries(
				item
					.prompts!.slice(0, Math.ceil(item.prompts!.length / 2))
					.map((p) => [p.id, item.options.find((o) => o.matches === p.id)!.id])
			)
		});
		let a = answer_item_(attempt, at(items, 0), half(at(items, 0)), NOW + 1);
		a = answer_item_(a, at(items, 1), right(at(items, 1)), NOW + 2);
		const result = score(a);
		const match = must(
			score_text(result).match(/^([\d.]+) of (\d+) \((\d+)%\)$/),
			'the score reads "N of M (P%)"'
		);
		const shown = Number(at(match, 1));
		const total = Number(at(match, 2));
		const percent = Number(at(match, 3));
		expect(total).toBe(2);
		expect(shown).toBeGreaterThan(1);
		expect(Math.abs((shown / total) * 100 - percent)).toBeLessThanOrEqual(5);
	});

	it('does not take a response keyed by a prototype name for an answer', () => {
		const { attempt } = start();
		const odd = { ...attempt, item_ids: [...attempt.item_ids, 'constructor'] };
		expect(score(odd)).toMatchObject({ answered: 0, total: 7, points: 0 });
	});

	it('ignores responses to items outside the attempt', () => {
		const { attempt } = start();
		const other = start(99).items.find((item) => !attempt.item_ids.includes(item.id))!;
		const a = answer_item_(attempt, other, right(other), NOW);
		expect(Object.keys(a.responses)).toEqual([other.id]);
		expect(score(a).answered).toBe(0);
	});
});

describe('rebase_attempt', () => {
	/** An attempt over `ids`, answered up to `position` (exclusive), at `position`. */
	function at(ids: string[], position: number): Attempt {
		const { attempt } = start();
		const responses = Object.fromEntries(
			ids
				.slice(0, position)
				.map((id, i) => [
					id,
					{ answer: { kind: 'option' as const, option: 'a' }, correct: true, score: 1, at: i }
				])
		);
		return { ...attempt, item_ids: ids, position, responses };
	}
	const items = (ids: string[]) => ids.map((id) => ({ id }) as Item);

	it('keeps the learner on the same item when others are removed', () => {
		const rebased = rebase_attempt(at(['a', 'b', 'c', 'd', 'e'], 2), items(['b', 'c', 'e']));
		expect(rebased.item_ids).toEqual(['b', 'c', 'e']);
		expect(rebased.item_ids[rebased.position]).toBe('c');
		expect(Object.keys(rebased.responses)).toEqual(['b']);
	});

	it('moves on to the next item when the current one is removed', () => {
		const rebased = rebase_attempt(at(['a', 'b', 'c', 'd'], 2), items(['a', 'b', 'd']));
		expect(rebased.item_ids[rebased.position]).toBe('d');
	});

	it('leaves nothing to ask when the current item was the last and is removed', () => {
		const rebased = rebase_attempt(at(['a', 'b', 'c'], 2), items(['a', 'b']));
		expect(rebased.position).toBe(2);
		expect(rebased.item_ids).toEqual(['a', 'b']);
		expect(Object.keys(rebased.responses)).toEqual(['a', 'b']);
	});

	it('keeps a position past the end of its items within the remaining items', () => {
		expect(rebase_attempt(at(['a', 'b'], 9), items(['b'])).position).toBe(1);
	});
});
