import { describe, expect, it } from 'vitest';
import { answer_record, attempt_record, DAY, state_with } from '$testing/progress';
import { valid_item } from '$testing/items';
import { small_document } from '$testing/quiz_document';
import type { QuizDocument } from '../quiz/source';
import type { Item } from '../quiz/types';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { attempt_history, progress_report, report_data } from './report';
import { empty_state, type ProgressState } from './schema';

const NOW = 100 * DAY;

/**
 * Two documents alike in their lesson and attribute names ("l" and "m"; "leads" and "goal"),
 * so only the document an item belongs to tells them apart.
 */
function documents(): QuizDocument[] {
	const { doc } = small_document();
	const lessons = [
		...doc.lessons,
		{ slug: 'm', title: 'M', section: 'S', terms: [], examined: [] }
	];
	return [
		{ ...doc, lessons },
		{ ...doc, slug: 'there', title: 'Over there', lessons }
	];
}

/** An item of `document`'s lesson `lesson` testing `fact` of `attribute`. */
function item(id: string, document: string, lesson: string, attribute: string, fact = id): Item {
	const plain = valid_item();
	return valid_item({
		id,
		document,
		source: { ...plain.source, document, lesson },
		fact: { ...plain.fact, key: fact, attribute }
	});
}

/** The progress page's report on `bank`'s items, in the two documents, for `state`. */
function report(bank: Item[], state: ProgressState) {
	return progress_report({ documents: report_data(documents(), bank), state, now: NOW });
}

/** Each lesson's and distinction's level and facts answered of facts, by document. */
function figures(bank: Item[], state: ProgressState) {
	return report(bank, state).map((doc) => ({
		slug: doc.slug,
		lessons: doc.lessons.map((l) => `${l.title} ${l.mastery.answered}/${l.mastery.total}`),
		distinctions: doc.distinctions.map((d) => `${d.name} ${d.mastery.answered}/${d.mastery.total}`)
	}));
}

describe('progress_report', () => {
	it('lists every lesson and distinction of every document, unread and not started at first', () => {
		const made = report([item('q1', 'here', 'l', 'leads')], empty_state());
		expect(made.map((d) => [d.slug, d.title])).toEqual([
			['here', 'Here and now'],
			['there', 'Over there']
		]);
		expect(made[0]?.lessons).toEqual([
			{
				key: 'here/l',
				title: 'L',
				href: '/here/l/',
				read: false,
				mastery: { level: 'Not started', answered: 0, right: 0, total: 1 },
				due: 0
			},
			{
				key: 'here/m',
				title: 'M',
				href: '/here/m/',
				read: false,
				mastery: { level: 'Not started', answered: 0, right: 0, total: 0 },
				due: 0
			}
		]);
		expect(made[1]?.distinctions.map((d) => d.name)).toEqual(['Leadership', 'Goal']);
	});

	it('marks a lesson read, and counts a missed item as due in its lesson only', () => {
		const bank = [item('q1', 'here', 'l', 'leads'), item('q2', 'here', 'm', 'leads')];
		const state = {
			...state_with({ q1: [answer_record(false, NOW - 1000)] }),
			lessons_read: { 'here/l': NOW - 5000 }
		};
		const [here] = report(bank, state);
		expect(here?.lessons.map((l) => [l.key, l.read, l.due, l.mastery.level])).toEqual([
			['here/l', true, 1, 'Attempted'],
			['here/m', false, 0, 'Not started']
		]);
	});

	it('counts each item in its own document, lesson and distinction only', () => {
		const bank = [
			item('h1', 'here', 'l', 'leads'),
			item('h2', 'here', 'l', 'goal'),
			item('h3', 'here', 'm', 'goal'),
			item('t1', 'there', 'm', 'goal')
		];
		const state = state_with({ h3: [answer_record(true, NOW - 1000)] });
		expect(figures(bank, state)).toEqual([
			{ slug: 'here', lessons: ['L 0/2', 'M 1/1'], distinctions: ['Leadership 0/1', 'Goal 1/2'] },
			{ slug: 'there', lessons: ['L 0/0', 'M 0/1'], distinctions: ['Leadership 0/0', 'Goal 0/1'] }
		]);
	});

	it('counts a fact tested by two items once, by its latest answer', () => {
		const bank = [
			item('q1', 'here', 'l', 'leads', 'value:leads:local'),
			item('q2', 'here', 'l', 'leads', 'value:leads:local')
		];
		const state = state_with({
			q1: [answer_record(false, NOW - 2000)],
			q2: [answer_record(true, NOW - 1000)]
		});
		const [here] = report(bank, state);
		expect(here?.lessons[0]?.mastery).toMatchObject({ answered: 1, right: 1, total: 1 });
	});
});

describe('report_data', () => {
	const documents = real_quiz_documents();
	const bank = real_bank(1);
	const data = report_data(documents, bank);

	it('groups every item of the bank under its own lesson and distinction, one group per fact', () => {
		const of = new Map(bank.map((item) => [item.id, item]));
		/** Each group's items, checked to share one fact, and no fact split over two groups. */
		const items_of = (groups: readonly (readonly string[])[], where: string) => {
			const facts = groups.map((ids) => new Set(ids.map((id) => of.get(id)?.fact.key)));
			expect(
				facts.filter((keys) => keys.size !== 1),
				where
			).toEqual([]);
			const keys = facts.flatMap((keys) => [...keys]);
			expect(new Set(keys).size, where).toBe(keys.length);
			return groups.flat().map((id) => of.get(id));
		};
		const placed: string[] = [];
		for (const [d, doc] of data.entries()) {
			const source = documents[d]!;
			for (const lesson of doc.lessons) {
				const items = items_of(lesson.facts, `${doc.slug}/${lesson.slug}`);
				const own = items.filter(
					(i) => i?.document === doc.slug && i.source.lesson === lesson.slug
				);
				expect(own).toEqual(items);
				placed.push(...own.map((item) => item!.id));
			}
			for (const [a, distinction] of doc.distinctions.entries()) {
				const attribute = source.distinctions.attributes[a]!;
				expect(distinction.name).toBe(attribute.name);
				const items = items_of(distinction.facts, `${doc.slug}: ${distinction.name}`);
				const expected = bank.filter(
					(item) => item.document === doc.slug && item.fact.attribute === attribute.id
				);
				expect(items.map((item) => item?.id).sort()).toEqual(
					expected.map((item) => item.id).sort()
				);
			}
		}
		expect(placed.sort()).toEqual(bank.map((item) => item.id).sort());
	});

	it('is under a third of the size of the documents it reports on', () => {
		expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(documents).length / 3);
	});
});

describe('attempt_history', () => {
	const attempt = (id: string, finished?: number) =>
		attempt_record(id, {
			item_ids: ['a', 'b'],
			...(finished === undefined ? {} : { finished }),
			responses:
				id === 'late'
					? { a: { answer: { kind: 'option', option: 'x' }, correct: true, score: 1, at: 2 } }
					: {}
		}) as ProgressState['attempts'][string];

	it('lists finished attempts only, oldest first, with when they finished and their scores', () => {
		// Stored neither oldest first nor newest first: the order is the history's own.
		const stored = [
			attempt('middle', 200),
			attempt('late', 300),
			attempt('open'),
			attempt('early', 100)
		];
		const state = { ...empty_state(), attempts: Object.fromEntries(stored.map((a) => [a.id, a])) };
		expect(attempt_history(state).map((h) => [h.id, h.finished, h.correct, h.percent])).toEqual([
			['early', 100, 0, 0],
			['middle', 200, 0, 0],
			['late', 300, 1, 50]
		]);
	});
});
