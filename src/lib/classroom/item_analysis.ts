import { matches_typed } from '../quiz/typed';
import type { Item } from '../quiz/types';
import { score_matrix, type ClassData } from './class_data';
import { item_figures, type ItemFigures } from './item_stats';

/** Where Moodle's and Canvas's reports draw their lines. */
export const LIMITS = {
	/** Facility below this: most of the class missed it. */
	hard: 0.3,
	/** Facility above this: it tells students apart little. */
	easy: 0.8,
	/** Discrimination below this: the item does not follow the rest of the test. */
	discrimination: 0.2,
	/** A wrong option chosen by fewer than this share of the class is not working. */
	distractor: 0.05,
	/** Below this many students, classical item statistics are rough. */
	students: 100
} as const;

export interface OptionCount {
	id: string;
	text: string;
	correct: boolean;
	count: number;
	/** Of the class, 0 to 1. */
	share: number;
	/** A wrong option chosen by under `LIMITS.distractor` of the class. */
	not_working: boolean;
}

export interface ItemAnalysis extends ItemFigures {
	item: Item;
	/** 1-based, as the class table numbers the columns. */
	number: number;
	/** Choice items: every option, in the order shown. */
	options: OptionCount[];
	/** Fill-in items answered by typing. */
	typed: { right: number; wrong: number };
	/** Matching items: how many paired each prompt right. */
	pairs: { prompt: string; right: number }[];
	left: number;
	flags: string[];
}

export interface ClassAnalysis {
	students: number;
	items: ItemAnalysis[];
	/** Said whenever the class is too small for the figures to be more than a rough guide. */
	rough: string | undefined;
}

/** Item analysis of one assignment's class: figures, option counts and flags per item. */
export function analyse_items(data: ClassData): ClassAnalysis {
	const students = data.rows.length;
	const figures = item_figures(score_matrix(data.rows), data.items.length);
	const items = data.items.map((item, i): ItemAnalysis => {
		const answers = data.rows.map((row) => row.answers[i]);
		const chosen = new Map<string, number>();
		const typed = { right: 0, wrong: 0 };
		for (const answer of answers) {
			if (answer?.kind === 'option')
				chosen.set(answer.option, (chosen.get(answer.option) ?? 0) + 1);
			if (answer?.kind === 'text') {
				if (matches_typed(answer.text, item.accept ?? [])) typed.right++;
				else typed.wrong++;
			}
		}
		const options =
			item.type === 'matching'
				? []
				: item.options.map((option) => {
						const count = chosen.get(option.id) ?? 0;
						const share = students ? count / students : 0;
						return {
							id: option.id,
							text: option.text,
							correct: option.correct,
							count,
							share,
							not_working: students > 0 && !option.correct && share < LIMITS.distractor
						};
					});
		const pairs = (item.prompts ?? []).map((prompt) => ({
			prompt: prompt.text,
			right: answers.filter((a) => {
				if (a?.kind !== 'pairs') return false;
				const option = item.options.find((o) => o.id === a.pairs[prompt.id]);
				return option?.matches === prompt.id;
			}).length
		}));
		const figure = figures[i] ?? { p: 0, upper_lower: undefined, point_biserial: undefined };
		return {
			item,
			number: i + 1,
			...figure,
			options,
			typed,
			pairs,
			left: answers.filter((a) => a === undefined).length,
			flags: students ? flags_of(figure, options) : []
		};
	});
	return { students, items, rough: rough_warning(students) };
}

/** What is wrong with an item, in words a teacher can act on; empty when nothing is. */
export function flags_of(figure: ItemFigures, options: readonly OptionCount[]): string[] {
	const flags: string[] = [];
	if (figure.p < LIMITS.hard) flags.push('Hard: under 30% got it right.');
	if (figure.p > LIMITS.easy) flags.push('Easy: over 80% got it right.');
	const low = [
		figure.upper_lower !== undefined && figure.upper_lower < LIMITS.discrimination
			? 'upper/lower index'
			: undefined,
		figure.point_biserial !== undefined && figure.point_biserial < LIMITS.discrimination
			? 'item–rest correlation'
			: undefined
	].filter((x) => x !== undefined);
	if (low.length)
		flags.push(`Discriminates poorly: ${low.join(' and ')} under ${LIMITS.discrimination}.`);
	const idle = options.filter((o) => o.not_working).length;
	if (idle)
		flags.push(
			idle === 1
				? 'One distractor is not working (chosen by under 5%).'
				: `${idle} distractors are not working (chosen by under 5%).`
		);
	return flags;
}

export function rough_warning(students: number) {
	if (students >= LIMITS.students) return undefined;
	const one = students
		? ` One student more or less moves an item’s facility by about ${Math.round(100 / students)} points.`
		: '';
	return `These figures come from ${students === 1 ? 'one student' : `${students} students`}: read them as rough. Item statistics settle only with a hundred or more.${one}`;
}
