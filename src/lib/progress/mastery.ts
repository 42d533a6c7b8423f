import type { AnswerRecord, ProgressState } from './schema';

export const LEVELS = ['Not started', 'Attempted', 'Familiar', 'Proficient', 'Mastered'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The rules, as shown on the progress page. "Facts" are the distinct things a group's items
 * test; an item counts by its latest answer.
 */
export const MASTERY_RULES: { level: Level; rule: string }[] = [
	{ level: 'Not started', rule: 'No question on any of its facts answered yet.' },
	{ level: 'Attempted', rule: 'Some facts answered, but under 60% of them answered right.' },
	{ level: 'Familiar', rule: 'At least 60% of the facts answered are answered right.' },
	{
		level: 'Proficient',
		rule: 'At least 80% of the facts answered are answered right, and at least half of all its facts covered.'
	},
	{
		level: 'Mastered',
		rule: 'At least 90% of the facts answered are answered right, at least 80% of all its facts covered, and at least half of those answered right twice in a row.'
	}
];

export interface Mastery {
	level: Level;
	/** Facts answered at least once. */
	answered: number;
	/** Facts whose latest answer was right. */
	right: number;
	total: number;
}

/**
 * Mastery of a group of facts (a lesson's, or one attribute's) from the answers stored.
 * `facts` holds, for each fact of the group, the ids of the items that test it.
 */
export function mastery(state: ProgressState, facts: readonly (readonly string[])[]): Mastery {
	let answered = 0;
	let right = 0;
	let steady = 0;
	for (const items of facts) {
		const records: AnswerRecord[] = items
			.flatMap((id) => state.answers[id] ?? [])
			.sort((a, b) => a.at - b.at);
		const latest = records.at(-1);
		if (!latest) continue;
		answered++;
		if (latest.correct) right++;
		if (latest.correct && records.at(-2)?.correct) steady++;
	}
	const total = facts.length;
	const share = answered ? right / answered : 0;
	const coverage = total ? answered / total : 0;
	let level: Level = 'Not started';
	if (answered > 0) level = 'Attempted';
	if (answered > 0 && share >= 0.6) level = 'Familiar';
	if (share >= 0.8 && coverage >= 0.5) level = 'Proficient';
	if (share >= 0.9 && coverage >= 0.8 && steady >= answered / 2) level = 'Mastered';
	return { level, answered, right, total };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The figures a level is judged on, in the words of {@link MASTERY_RULES}: facts answered right
 * of facts answered, and facts covered of all its facts. The share is rounded down, so it never
 * shows a rule's threshold that was not reached (79.6% shows as 79%, not 80%).
 */
export function mastery_figures({ answered, right, total }: Mastery): string {
	if (total === 0) return 'no facts to answer';
	if (answered === 0)
		return total === 1
			? 'its one fact not answered yet'
			: `none of its ${total} facts answered yet`;
	const percent = Math.floor((right * 100) / answered);
	return `${right} of ${answered} answered right (${percent}%), ${answered} of ${count(total, 'fact')} covered`;
}
