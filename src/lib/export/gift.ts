import type { Item, Option } from '../quiz/types';
import { decide, type ShapeNames } from './decide';
import { ReportBuilder } from './report';
import { by_lesson, matching_pairs, moodle_category, question_name, question_text } from './text';
import type { ExportBank, ExportResult } from './types';

const NAMES: ShapeNames = {
	choice: { as: 'multiple choice', kept: true },
	'true-false': { as: 'true/false', kept: true },
	matching: {
		as: 'matching',
		kept: true,
		note: 'GIFT has no per-pair feedback; the general feedback states every pair'
	},
	short: {
		as: 'short answer',
		kept: true,
		note: 'typed; the offered terms and their feedback are left out'
	}
};

/**
 * GIFT text is plain text in which `~ = # { } :` are syntax; each is escaped with a
 * backslash, and so is the backslash itself (first, so the others' backslashes stay single).
 * A line break would end the question, so it is written `\n`, which Moodle reads as one.
 */
export function escape_gift(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/[~=#{}:]/g, (char) => `\\${char}`)
		.replace(/\r?\n/g, '\\n');
}

function feedback(option: Option) {
	return option.feedback ? `#${escape_gift(option.feedback)}` : '';
}

function answers(item: Item, shape: 'choice' | 'true-false' | 'matching' | 'short'): string[] {
	switch (shape) {
		case 'choice':
			return item.options.map(
				(option) => `${option.correct ? '=' : '~'}${escape_gift(option.text)}${feedback(option)}`
			);
		case 'true-false': {
			// Moodle's order: the feedback for a wrong answer first, then for the right one.
			const right = item.options.find((option) => option.correct)!;
			const wrong = item.options.find((option) => !option.correct)!;
			return [`${right.id === 'true' ? 'TRUE' : 'FALSE'}${feedback(wrong)}${feedback(right)}`];
		}
		case 'matching':
			return matching_pairs(item)!.map(
				(pair) => `=${escape_gift(pair.prompt)} -> ${escape_gift(pair.option.text)}`
			);
		case 'short': {
			const key = item.options.find((option) => option.correct);
			// Moodle shows the feedback of the accepted answer that matched: each gets the key's.
			return (item.accept ?? []).map(
				(answer) => `=${escape_gift(answer)}${key ? feedback(key) : ''}`
			);
		}
	}
}

/**
 * The bank in Moodle's GIFT format: a `$CATEGORY:` per document and lesson, then each item
 * with its id and type as Moodle's `[id:]` and `[tag:]` comments, per-option feedback after
 * `#`, and the explanation as general feedback after `####`.
 */
export function export_gift(bank: ExportBank): ExportResult {
	const report = new ReportBuilder('gift');
	const blocks: string[] = [];
	for (const group of by_lesson(bank)) {
		const questions: string[] = [];
		for (const item of group.items) {
			const { shape, decision } = decide(item, NAMES);
			// The one thing GIFT cannot escape: "->" in a matching prompt would split the pair.
			const arrow = shape === 'matching' && item.prompts?.some((p) => p.text.includes('->'));
			if (arrow) {
				report.add(item, { outcome: 'skipped', as: 'a matching prompt contains "->"' });
				continue;
			}
			report.add(item, decision);
			if (!shape) continue;
			const lines = [
				`// [id:${item.id}] [tag:${item.type}]`,
				`::${escape_gift(question_name(item))}::${escape_gift(question_text(item))} {`,
				...answers(item, shape).map((answer) => `\t${answer}`),
				`\t####${escape_gift(item.explanation)}`,
				'}'
			];
			questions.push(lines.join('\n'));
		}
		if (questions.length) {
			blocks.push(`$CATEGORY: ${moodle_category(group.path)}`, ...questions);
		}
	}
	const data = blocks.length ? `${blocks.join('\n\n')}\n` : '';
	return { files: [{ name: 'questions.gift.txt', data }], report: report.report() };
}
