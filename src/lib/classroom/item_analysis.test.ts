import { describe, expect, it } from 'vitest';
import type { Answer } from '../quiz/types';
import type { ClassData, StudentRow } from './class_data';
import { analyse_items, rough_warning } from './item_analysis';
import { WORKED } from '$testing/worked_example';
import { valid_item } from '$testing/items';

const items = ['i1', 'i2', 'i3', 'i4'].map((id) => valid_item({ id }));
/** Who chose the second wrong option ('c') where wrong; every other wrong answer is 'b'. */
const CHOSE_C = new Set(['S8:0', 'S3:2', 'S4:2', 'S6:3']);

/** The worked example of item_stats.test.ts as a class: 1 is option 'a' (the key), 0 'b' or 'c'. */
function worked_class(): ClassData {
	const rows: StudentRow[] = WORKED.map((scores, s) => {
		const name = `S${s + 1}`;
		const answers = scores.map((x, i): Answer => ({
			kind: 'option',
			option: x ? 'a' : CHOSE_C.has(`${name}:${i}`) ? 'c' : 'b'
		}));
		const points = scores.reduce((a, b) => a + b, 0);
		return { student: name, scores, answers, points, percent: points * 25, seconds: 60 };
	});
	return { assignment: undefined as never, id: 'x', items, rows };
}

describe('item analysis of the worked example', () => {
	const analysis = analyse_items(worked_class());

	it('counts each option, and marks a distractor chosen by under 5% as not working', () => {
		// I2: 9 chose the key, S9 chose 'b', nobody 'c' (0% < 5%). I1: 'c' by S8 alone, 10%.
		expect(analysis.items[1]!.options.map((o) => [o.id, o.count, o.not_working])).toEqual([
			['a', 9, false],
			['b', 1, false],
			['c', 0, true]
		]);
		expect(analysis.items[0]!.options.map((o) => [o.id, o.count, o.not_working])).toEqual([
			['a', 6, false],
			['b', 3, false],
			['c', 1, false]
		]);
	});

	it('flags items outside 0.30–0.80 facility or under 0.20 discrimination, as computed by hand', () => {
		// I1 p .6, D 1, r .25: nothing. I2 p .9 (easy), r .048, 'c' idle. I3 p .3 (inside the
		// band), D 0 and r −.51. I4 p .2 (hard), D .67 but r .167.
		expect(analysis.items.map((i) => i.flags)).toEqual([
			[],
			[
				'Easy: over 80% got it right.',
				'Discriminates poorly: item–rest correlation under 0.2.',
				'One distractor is not working (chosen by under 5%).'
			],
			['Discriminates poorly: upper/lower index and item–rest correlation under 0.2.'],
			['Hard: under 30% got it right.', 'Discriminates poorly: item–rest correlation under 0.2.']
		]);
	});

	it('warns that ten students give rough figures', () => {
		expect(analysis.rough).toContain('These figures come from 10 students: read them as rough.');
		expect(analysis.rough).toContain('by about 10 points');
	});
});

describe('the rough-figures warning', () => {
	it('is given below a hundred students and not from a hundred on', () => {
		expect(rough_warning(1)).toContain('from one student');
		expect(rough_warning(99)).toBeDefined();
		expect(rough_warning(100)).toBeUndefined();
	});
});
