import { describe, expect, it } from 'vitest';
import { lesson_key } from '../content/ids';
import { new_attempt, answer_item } from '../quiz/attempt';
import { ITEM_TYPES, type ItemType } from '../quiz/types';
import { real_quiz_documents } from '$testing/real_content';
import { item_fingerprint, type Assignment } from './assignment';
import { assignment_result, assignment_selection, draw_assignment, result_file_name } from './draw';
import { answer_key } from './key';
import { decode_result_file, encode_result_file } from './result';

const documents = real_quiz_documents();
const all_lessons = (docs = documents) =>
	new Set(docs.flatMap((d) => d.lessons.map((l) => lesson_key(d.slug, l.slug))));
const all_types = new Set<ItemType>(ITEM_TYPES);

describe('assignment_selection', () => {
	it('names whole documents when every chosen document is chosen whole, and no types for all', () => {
		expect(assignment_selection(documents, all_lessons(), all_types, 10)).toEqual({
			documents: documents.map((d) => d.slug),
			count: 10
		});
	});

	it('names lessons one by one when a document is chosen in part', () => {
		const first = documents[0]!;
		const one = lesson_key(first.slug, first.lessons[0]!.slug);
		expect(assignment_selection(documents, new Set([one]), new Set(['matching']), 3)).toEqual({
			lessons: [one],
			types: ['matching'],
			count: 3
		});
	});
});

describe('draw_assignment', () => {
	const selection = assignment_selection(documents, all_lessons(), all_types, 8);
	const set = (seed: number): Assignment => {
		const base = { title: 'T', instructions: '', selection, seed, mode: 'exam', pass: 50 } as const;
		const { items } = draw_assignment(documents, { ...base, fingerprint: '00000000' });
		return { ...base, fingerprint: item_fingerprint(items.map((i) => i.id)) };
	};

	it('draws the same items in the same order every time, and says the content is unchanged', () => {
		const a = set(99);
		const first = draw_assignment(documents, a);
		expect(first.items).toHaveLength(8);
		expect(first.changed).toBe(false);
		expect(draw_assignment(documents, a).items.map((i) => i.id)).toEqual(
			first.items.map((i) => i.id)
		);
	});

	it('says so when the content no longer gives the items the teacher saw', () => {
		const a = set(99);
		expect(draw_assignment(documents.slice(0, 1), a).changed).toBe(documents.length > 1);
		expect(draw_assignment(documents, { ...a, fingerprint: '00000000' }).changed).toBe(true);
	});

	it('makes a result that the result codec reads back, answers in the order given', () => {
		const a = set(5);
		const { items } = draw_assignment(documents, a);
		let attempt = new_attempt({ items, scope: 's', seed: 5, selection, mode: 'exam', now: 1 });
		const [one, two] = [items[1]!, items[0]!];
		const pick = (item: typeof one) =>
			item.type === 'matching'
				? { kind: 'pairs' as const, pairs: {} }
				: { kind: 'option' as const, option: item.options[0]!.id };
		attempt = answer_item(attempt, one, pick(one), 10).attempt;
		attempt = answer_item(attempt, two, pick(two), 20).attempt;
		attempt = { ...attempt, finished: 30 };
		const result = assignment_result(a, '  Ada  ', items, attempt);
		expect(result.student).toBe('Ada');
		expect(result.responses.map((r) => r.item)).toEqual([one.id, two.id]);
		expect(result.finished).toBe(30);
		expect(decode_result_file(encode_result_file(result))).toMatchObject({ ok: true, result });
	});
});

describe('result_file_name', () => {
	it('keeps letters and digits of any script and turns the rest into hyphens', () => {
		expect(result_file_name('Week 3: ../approaches', 'Zoë <b>O’Neil</b>')).toBe(
			'Week-3-approaches_Zoë-b-O-Neil-b.mobilize-result.json'
		);
		expect(result_file_name('///', '')).toBe('assignment_student.mobilize-result.json');
	});
});

describe('answer_key', () => {
	it('gives the right option for every item, each pair for matching', () => {
		const { items } = draw_assignment(documents, {
			title: 'T',
			instructions: '',
			selection: { count: 100 },
			seed: 3,
			mode: 'exam',
			pass: 50,
			fingerprint: '00000000'
		});
		for (const item of items) {
			const lines = answer_key(item);
			if (item.type === 'matching') expect(lines).toHaveLength(item.prompts?.length ?? 0);
			else if (item.type === 'fill-in') expect(lines[0]).toContain(item.accept?.[0] ?? '');
			else {
				const right = item.options.find((o) => o.correct)!;
				expect(lines).toEqual([expect.stringContaining(right.text) as string]);
			}
		}
	});
});
