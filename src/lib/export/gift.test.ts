import fc from 'fast-check';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { real_export_bank } from '$testing/export_bank';
import type { Item } from '$lib/quiz/types';
import { must } from '$lib/must';
import { escape_gift, export_gift } from './gift';
import { by_lesson, moodle_category, question_name, question_text } from './text';
import type { ExportBank } from './types';

const bank = real_export_bank();

function gift_text(of: ExportBank) {
	const [file] = export_gift(of).files;
	return must(file, 'GIFT export writes one file').data as string;
}

/**
 * gift-pegjs decodes escapes everywhere but in the right side of a matching pair, which it
 * leaves as its internal `&&NNN;` codes (a quirk of its grammar's PlainText rule); Moodle's own
 * importer decodes them there too, so the test does what Moodle does.
 */
function decode_pair_side(text: string) {
	return text.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code)));
}

type Question = Exclude<GIFTQuestion, { type: 'Category' } | { type: 'Description' }>;

/**
 * What one parsed question says, beside what its item says it should: stem, keys, feedback,
 * general feedback. Compared as two records, so a test asserts once for many questions.
 */
function compared(question: Question, item: Item): [said: unknown, wanted: unknown] {
	const said: Record<string, unknown> = {
		id: item.id,
		title: question.title,
		stem: question.stem.text,
		tags: question.tags,
		explanation: question.globalFeedback?.text
	};
	const wanted: Record<string, unknown> = {
		id: item.id,
		title: question_name(item),
		stem: question_text(item),
		tags: [item.type],
		explanation: item.explanation
	};
	switch (question.type) {
		case 'MC':
			said.choices = question.choices.map((c) => ({
				text: c.text.text,
				correct: c.isCorrect,
				feedback: c.feedback?.text
			}));
			wanted.choices = item.options.map((o) => ({
				text: o.text,
				correct: o.correct,
				feedback: o.feedback
			}));
			break;
		case 'TF': {
			const right = must(
				item.options.find((o) => o.correct),
				'a key'
			);
			const wrong = must(
				item.options.find((o) => !o.correct),
				'a wrong option'
			);
			// Moodle's order: feedback for a wrong answer first (gift-pegjs calls it trueFeedback).
			said.tf = [question.isTrue, question.trueFeedback?.text, question.falseFeedback?.text];
			wanted.tf = [right.id === 'true', wrong.feedback, right.feedback];
			break;
		}
		case 'Matching':
			said.pairs = question.matchPairs.map((p) => [
				p.subquestion.text,
				decode_pair_side(p.subanswer)
			]);
			wanted.pairs = (item.prompts ?? []).map((p) => [
				p.text,
				item.options.find((o) => o.matches === p.id)?.text
			]);
			break;
		case 'Short': {
			const key = must(
				item.options.find((o) => o.correct),
				'a key'
			);
			said.accept = question.choices.map((c) => c.text.text);
			wanted.accept = item.accept;
			said.feedback = question.choices.map((c) => c.feedback?.text);
			wanted.feedback = question.choices.map(() => key.feedback);
			break;
		}
		default:
			throw new Error(`unexpected GIFT question type ${question.type}`);
	}
	return [said, wanted];
}

/** Asserts one parsed question says what its item says (see `compared`). */
function expect_same(question: Question, item: Item) {
	const [said, wanted] = compared(question, item);
	expect(said).toEqual(wanted);
}

describe('GIFT export, parsed back by gift-pegjs', () => {
	const parsed = parse(gift_text(bank));
	const questions = parsed.filter(
		(q): q is Question => q.type !== 'Category' && q.type !== 'Description'
	);

	it('has every item of the bank once, with its stem, keys and feedback', () => {
		expect(questions).toHaveLength(bank.items.length);
		const items = new Map(bank.items.map((item) => [item.id, item]));
		// Every question compared at once: what differs is shown question by question.
		const pairs = questions.map((question) => {
			const pair = compared(question, must(items.get(question.id ?? ''), `item ${question.id}`));
			items.delete(question.id ?? '');
			return pair;
		});
		expect(pairs.map(([said]) => said)).toEqual(pairs.map(([, wanted]) => wanted));
		expect(items.size).toBe(0);
	});

	it('writes each item in its own GIFT form', () => {
		const form = new Map(questions.map((q) => [q.id, q.type]));
		const expected = { 'true-false': 'TF', matching: 'Matching', 'fill-in': 'Short' } as const;
		const wanted = bank.items.map((item) => [
			item.id,
			item.type in expected ? expected[item.type as keyof typeof expected] : 'MC'
		]);
		expect(bank.items.map((item) => [item.id, form.get(item.id)])).toEqual(wanted);
	});

	it('puts each item under the category of its document and lesson', () => {
		let category = '';
		const under = new Map<string, string>();
		for (const question of parsed) {
			if (question.type === 'Category') category = question.title;
			else under.set(question.id ?? '', category);
		}
		const groups = by_lesson(bank);
		expect(new Set(under.values()).size).toBe(groups.length);
		const wanted = groups.flatMap((group) =>
			group.items.map((item) => [item.id, moodle_category(group.path)] as const)
		);
		expect(under).toEqual(new Map(wanted));
	});

	it('round-trips any text with GIFT’s special characters, escaped', () => {
		const base = must(
			bank.items.find((item) => item.type === 'attribute-value'),
			'a choice item'
		);
		const text = fc
			.string({ unit: fc.constantFrom(...'ab :~=#{}\\-'), minLength: 1, maxLength: 30 })
			.map((s) => s.replace(/\s+/g, ' ').trim())
			.filter((s) => s.length > 0);
		fc.assert(
			fc.property(text, text, text, text, (stem, option, feedback, explanation) => {
				const item: Item = {
					...base,
					stem,
					prompt: undefined,
					explanation,
					options: base.options.map((o, i) => (i === 0 ? { ...o, text: option, feedback } : o))
				};
				const [question] = parse(gift_text({ ...bank, items: [item] })).filter(
					(q) => q.type !== 'Category'
				);
				expect_same(must(question, 'one question') as Question, item);
			}),
			{ numRuns: 150 }
		);
	});

	it('escapes the backslash before the characters it escapes', () => {
		expect(escape_gift('a\\b ~=#{}: c')).toBe('a\\\\b \\~\\=\\#\\{\\}\\: c');
		expect(escape_gift('one\ntwo')).toBe('one\\ntwo');
	});

	it('fails on a copy with one escape removed, so the round trip can fail', () => {
		const item = must(
			bank.items.find((i) => i.options.some((o) => o.feedback.includes(':'))),
			'an item with a colon in its feedback'
		);
		const text = gift_text({ ...bank, items: [item] });
		// The first escaped colon after the answers' opening brace, i.e. inside a feedback.
		const at_brace = text.indexOf('{');
		const broken = text.slice(0, at_brace) + text.slice(at_brace).replace('\\:', ':');
		expect(broken).not.toBe(text);
		const round_trip = () => {
			const [question] = parse(broken).filter((q) => q.type !== 'Category');
			expect_same(must(question, 'one question') as Question, item);
		};
		expect(round_trip).toThrow();
	});
});
