import { describe, expect, it } from 'vitest';
import { answer_record, state_with } from '$testing/progress';
import { LEVELS, mastery, mastery_figures, MASTERY_RULES } from './mastery';
import type { AnswerRecord } from './schema';

/** A group of `n` facts, fact i tested by items `i-a` and `i-b`. */
const group = (n: number) => Array.from({ length: n }, (_, i) => [`${i}-a`, `${i}-b`]);

/** Answers as a pattern per fact, oldest first: 'R' right, 'W' wrong, on item a. */
function answers(patterns: string[]) {
	const out: Record<string, AnswerRecord[]> = {};
	patterns.forEach((pattern, i) => {
		if (pattern) out[`${i}-a`] = [...pattern].map((c, t) => answer_record(c === 'R', t + 1));
	});
	return state_with(out);
}

describe('MASTERY_RULES', () => {
	it('states a rule for every level, in order', () => {
		expect(MASTERY_RULES.map((r) => r.level)).toEqual([...LEVELS]);
	});
});

describe('mastery', () => {
	it('is Not started with no answer', () => {
		expect(mastery(state_with(), group(4))).toEqual({
			level: 'Not started',
			answered: 0,
			right: 0,
			total: 4
		});
	});

	it('is Attempted with answers but under 60% right', () => {
		expect(mastery(answers(['W', 'R', 'W']), group(3))).toEqual({
			level: 'Attempted',
			answered: 3,
			right: 1,
			total: 3
		});
	});

	it('is Familiar at 60% right', () => {
		expect(mastery(answers(['R', 'R', 'R', 'W', 'W']), group(10)).level).toBe('Familiar');
		// 80% right, but covering under half the facts.
		expect(mastery(answers(['R', 'R', 'R', 'R', 'W']), group(11)).level).toBe('Familiar');
	});

	it('is Proficient at 80% right covering half the facts', () => {
		expect(mastery(answers(['R', 'R', 'R', 'R', 'W']), group(10))).toEqual({
			level: 'Proficient',
			answered: 5,
			right: 4,
			total: 10
		});
		// 100% right and 80% covered, but no fact right twice in a row yet.
		expect(mastery(answers(['R', 'R', 'R', 'R']), group(5)).level).toBe('Proficient');
	});

	it('is Mastered at 90% right, 80% covered and half the facts right twice in a row', () => {
		expect(mastery(answers(['RR', 'RR', 'R', 'R']), group(5)).level).toBe('Mastered');
		expect(mastery(answers(['RR', 'R', 'R', 'R']), group(5)).level).toBe('Proficient');
		expect(mastery(answers(['WRR', 'RR', 'RR', 'RR', 'RR']), group(5)).level).toBe('Mastered');
		// 9 of 10 right is enough; 8 of 10 is not.
		const nine = ['RR', 'RR', 'RR', 'RR', 'RR', 'R', 'R', 'R', 'R', 'W'];
		expect(mastery(answers(nine), group(10)).level).toBe('Mastered');
		const eight = ['RR', 'RR', 'RR', 'RR', 'RR', 'R', 'R', 'R', 'W', 'W'];
		expect(mastery(answers(eight), group(10)).level).toBe('Proficient');
	});

	it('counts a fact by its latest answer, over all the items that test it', () => {
		const state = state_with({
			'0-a': [answer_record(true, 10)],
			'0-b': [answer_record(false, 20)],
			'1-b': [answer_record(false, 5), answer_record(true, 30)],
			// The group's first item answered last: its answer is the fact's latest.
			'2-a': [answer_record(true, 40)],
			'2-b': [answer_record(false, 35)]
		});
		expect(mastery(state, group(3))).toMatchObject({ answered: 3, right: 2, level: 'Familiar' });
	});

	it('ignores answers to items outside the group', () => {
		const state = state_with({ elsewhere: [answer_record(true, 1)] });
		expect(mastery(state, group(2)).level).toBe('Not started');
	});

	it('is Not started for an empty group', () => {
		expect(mastery(answers(['R']), []).level).toBe('Not started');
	});
});

describe('mastery_figures', () => {
	it('states what the rules use: answered right of answered, and facts covered', () => {
		const ten_of_eleven = [...Array(10).fill('R'), 'W'];
		const proficient = mastery(answers(ten_of_eleven), group(20));
		expect(proficient.level).toBe('Proficient');
		expect(mastery_figures(proficient)).toBe(
			'10 of 11 answered right (90%), 11 of 20 facts covered'
		);
		// The same share right over under half the facts is only Familiar, and the figures say why.
		const familiar = mastery(answers(ten_of_eleven), group(23));
		expect(familiar.level).toBe('Familiar');
		expect(mastery_figures(familiar)).toBe('10 of 11 answered right (90%), 11 of 23 facts covered');
	});

	it('agrees with the level it sits beside: under 80% never shows as 80%', () => {
		// 39 of 49 right is 79.6%: Familiar, so the figure must not read as Proficient's 80%.
		const patterns = [...Array(39).fill('R'), ...Array(10).fill('W')];
		const familiar = mastery(answers(patterns), group(60));
		expect(familiar.level).toBe('Familiar');
		expect(mastery_figures(familiar)).toBe('39 of 49 answered right (79%), 49 of 60 facts covered');
	});

	it('says when nothing has been answered, in the singular for one fact', () => {
		expect(mastery_figures(mastery(state_with(), group(21)))).toBe(
			'none of its 21 facts answered yet'
		);
		expect(mastery_figures(mastery(state_with(), group(1)))).toBe('its one fact not answered yet');
		expect(mastery_figures(mastery(answers(['R']), group(1)))).toBe(
			'1 of 1 answered right (100%), 1 of 1 fact covered'
		);
		expect(mastery_figures(mastery(state_with(), []))).toBe('no facts to answer');
	});
});
