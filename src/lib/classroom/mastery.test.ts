import { describe, expect, it } from 'vitest';
import { option_id, parse_pairing, parse_value_option } from '../content/ids';
import type { Item } from '../quiz/types';
import type { ClassData } from './class_data';
import { borrowed_concept, class_confusions, mix_ups } from './confusions';
import { class_mastery } from './mastery';
import { ContentNames } from './names';
import { real_bank, real_quiz_documents } from '$testing/real_content';

const documents = real_quiz_documents();
const names = new ContentNames(documents);
const bank = real_bank(3);
const of_type = (type: Item['type']) => bank.filter((item) => item.type === type);

describe('confusions', () => {
	it('read a which-concept item answered with another concept as that mix-up', () => {
		const item = of_type('which-concept').find((i) => i.fact.kind === 'value')!;
		const right = item.options.find((o) => o.correct)!;
		const wrong = item.options.find((o) => !o.correct && o.id !== option_id.GROUP)!;
		const [pair] = mix_ups(item, { kind: 'option', option: wrong.id }, names, documents);
		expect(pair?.map((s) => s.label)).toEqual([names.concept(right.id), names.concept(wrong.id)]);
		expect(mix_ups(item, { kind: 'option', option: right.id }, names, documents)).toEqual([]);
	});

	it('read an attribute-value item answered with another concept’s value', () => {
		const item = of_type('attribute-value').find((i) =>
			i.options.some((o) => !o.correct && parse_value_option(o.id)?.concept !== i.fact.concepts[0])
		)!;
		const wrong = item.options.find(
			(o) => !o.correct && parse_value_option(o.id)?.concept !== item.fact.concepts[0]
		)!;
		const [pair] = mix_ups(item, { kind: 'option', option: wrong.id }, names, documents);
		expect(pair?.map((s) => s.label)).toEqual([
			names.concept(item.fact.concepts[0]!),
			names.concept(parse_value_option(wrong.id)!.concept)
		]);
	});

	it('read a matching row given another concept’s value as that mix-up, and a right row as none', () => {
		const item = of_type('matching')[0]!;
		const rows = item.prompts!;
		const owner = (prompt: string) =>
			parse_value_option(item.options.find((o) => o.matches === prompt)!.id)!.concept;
		const first = rows[0]!.id;
		const other = rows.find((row) => owner(row.id) !== owner(first))!.id;
		const right = Object.fromEntries(
			rows.map((row) => [row.id, item.options.find((o) => o.matches === row.id)!.id])
		);
		expect(mix_ups(item, { kind: 'pairs', pairs: right }, names, documents)).toEqual([]);
		const swapped = { ...right, [first]: right[other]!, [other]: right[first]! };
		const pairs = mix_ups(item, { kind: 'pairs', pairs: swapped }, names, documents);
		expect(pairs.map((pair) => pair.map((side) => side.label))).toEqual([
			[names.concept(owner(first)), names.concept(owner(other))],
			[names.concept(owner(other)), names.concept(owner(first))]
		]);
	});

	it('read a pairing answered wrong as a mix-up on the side it got wrong, not the other', () => {
		// An answer right on one side and wrong on the other, as the learner reads them.
		const cases = of_type('double-scenario').flatMap((item) => {
			const key = item.options.find((o) => o.correct)!;
			const [a, b] = parse_pairing(key.id)!;
			return item.options
				.filter((o) => {
					const taken = parse_pairing(o.id)!;
					return !o.correct && (taken[0] === a) !== (taken[1] === b);
				})
				.map((wrong) => ({ item, key, wrong }));
		});
		expect(cases.length).toBeGreaterThan(0);
		for (const { item, key, wrong } of cases) {
			const pairs = mix_ups(item, { kind: 'option', option: wrong.id }, names, documents);
			expect(pairs, wrong.text).toHaveLength(1);
			const [right, taken] = pairs[0]!.map((side) => side.label.toLowerCase());
			// The right side is named in the key and not in the answer given; the taken one the reverse.
			expect(key.text.toLowerCase()).toContain(right);
			expect(wrong.text.toLowerCase()).not.toContain(right);
			expect(wrong.text.toLowerCase()).toContain(taken);
			expect(key.text.toLowerCase()).not.toContain(taken);
		}
	});

	it('find whose value every false statement borrows', () => {
		const false_ones = of_type('true-false').filter(
			(i) => i.options.find((o) => o.correct)?.id === option_id.FALSE
		);
		expect(false_ones.length).toBeGreaterThan(0);
		for (const item of false_ones) {
			const borrowed = borrowed_concept(item, documents);
			expect(borrowed, item.id).toBeDefined();
			expect(borrowed).not.toBe(item.fact.concepts[0]);
			// The statement names the borrowed concept's value, which the explanation attributes to it.
			expect(item.explanation).toContain(names.concept(borrowed!).slice(1));
		}
	});

	it('count each mix-up over the class, most frequent first, with its questions', () => {
		const item = of_type('which-concept').find((i) => i.fact.kind === 'value')!;
		const wrong = item.options.filter((o) => !o.correct && o.id !== option_id.GROUP);
		const answers = [wrong[0]!, wrong[0]!, item.options.find((o) => o.correct)!].map((o) => ({
			kind: 'option' as const,
			option: o.id
		}));
		const data: ClassData = {
			assignment: undefined as never,
			id: 'x',
			items: [item],
			rows: answers.map((answer, s) => ({
				student: `S${s}`,
				scores: [answer.option === wrong[0]!.id ? 0 : 1],
				answers: [answer],
				points: 0,
				percent: 0,
				seconds: 0
			}))
		};
		expect(class_confusions(data, names, documents)).toEqual([
			{
				right: names.concept(item.options.find((o) => o.correct)!.id),
				taken: names.concept(wrong[0]!.id),
				count: 2,
				questions: [1]
			}
		]);
	});
});

describe('class mastery', () => {
	it('is the class mean on the items of each distinction, concept and lesson', () => {
		const [a, b] = of_type('attribute-value');
		const data: ClassData = {
			assignment: undefined as never,
			id: 'x',
			items: [a!, b!],
			// Item a: 1 and 0.5 → 0.75; item b: 0 and left → 0.
			rows: [
				{ student: 'P', scores: [1, 0], answers: [], points: 1, percent: 50, seconds: 0 },
				{
					student: 'Q',
					scores: [0.5, undefined],
					answers: [],
					points: 0.5,
					percent: 25,
					seconds: 0
				}
			]
		};
		const mastery = class_mastery(data, names);
		expect(mastery.facts.map((m) => [m.key, m.mastery])).toEqual([
			[a!.fact.key, 0.75],
			[b!.fact.key, 0]
		]);
		const same_concept = a!.fact.concepts[0] === b!.fact.concepts[0];
		expect(mastery.concepts[0]).toMatchObject({
			label: names.concept(a!.fact.concepts[0]!),
			mastery: same_concept ? 0.375 : 0.75
		});
		expect(mastery.facts[0]!.label).toContain(names.concept(a!.fact.concepts[0]!));
		expect(mastery.lessons.reduce((s, l) => s + l.items, 0)).toBe(2);
	});
});
