import { describe, expect, it } from 'vitest';
import { real_quiz_documents } from '../test-fixtures';
import { answer_item, new_attempt, resume_items, score, type Attempt, type Mode } from './attempt';
import { build_quiz, generate_bank } from './bank';
import type { QuizDocument } from './source';
import type { Item, Selection } from './types';

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
	const items = build_quiz(options);
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
		expect(resume_items(generate_bank(docs, stored.seed), stored)).toEqual({ items, missing: 0 });
	});

	it('leaves out and counts an item that no longer exists', () => {
		const { attempt, items } = start();
		const changed = {
			...attempt,
			item_ids: [...attempt.item_ids.slice(0, 2), 'qgone00', ...attempt.item_ids.slice(2)]
		};
		const resumed = resume_items(generate_bank(docs, changed.seed), changed);
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
		expect(score(attempt)).toEqual({ answered: 0, total: 6, correct: 0, points: 0, percent: 0 });
	});

	it('grades and records each answer with its time, without changing the attempt given', () => {
		const { attempt, items } = start();
		const after = answer_item(attempt, items[0], right(items[0]), NOW + 1000);
		expect(attempt.responses).toEqual({});
		expect(after.grade).toMatchObject({ correct: true, score: 1 });
		expect(after.attempt.responses[items[0].id]).toEqual({
			answer: right(items[0]),
			correct: true,
			score: 1,
			at: NOW + 1000
		});
	});

	it('counts answers, right answers, points and a rounded percentage', () => {
		const { attempt, items } = start();
		let a = attempt;
		a = answer_item_(a, items[0], right(items[0]), NOW + 1);
		a = answer_item_(a, items[1], right(items[1]), NOW + 2);
		a = answer_item_(a, items[2], wrong(items[2]), NOW + 3);
		expect(score(a)).toEqual({ answered: 3, total: 6, correct: 2, points: 2, percent: 33 });
		// A later answer to the same item replaces the earlier one.
		a = answer_item_(a, items[2], right(items[2]), NOW + 4);
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
		const [first, second] = items;
		const one_right = {
			kind: 'pairs' as const,
			pairs: {
				[first.prompts![0].id]: first.options.find((o) => o.matches === first.prompts![0].id)!.id
			}
		};
		let a = answer_item_(attempt, first, one_right, NOW + 1);
		a = answer_item_(a, second, right(second), NOW + 2);
		const result = score(a);
		expect(result.correct).toBe(1);
		expect(result.points).toBeCloseTo(1 + 1 / first.prompts!.length);
		expect(result.percent).toBe(Math.round((result.points / 2) * 100));
	});

	it('ignores responses to items outside the attempt', () => {
		const { attempt } = start();
		const other = start(99).items.find((item) => !attempt.item_ids.includes(item.id))!;
		const a = answer_item_(attempt, other, right(other), NOW);
		expect(Object.keys(a.responses)).toEqual([other.id]);
		expect(score(a).answered).toBe(0);
	});
});
