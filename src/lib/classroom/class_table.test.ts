import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StudentRow } from './class_data';
import { cell_mark, class_csv, duration_text, sort_rows } from './class_table';
import { csv_cell, csv_text } from './csv';
import { valid_item } from '$testing/items';

const row = (student: string, scores: (number | undefined)[], seconds = 60): StudentRow => {
	const points = scores.reduce<number>((a, b) => a + (b ?? 0), 0);
	return {
		student,
		scores,
		answers: [],
		points,
		percent: Math.round((points / scores.length) * 100),
		seconds
	};
};
const rows = [row('Cleo', [1, 0], 300), row('ada', [1, 0.5], 90), row('Bo', [undefined, 1], 3725)];

describe('sorting the class table', () => {
	it('sorts by name without regard to case, either way', () => {
		expect(sort_rows(rows, { kind: 'student' }, 'ascending').map((r) => r.student)).toEqual([
			'ada',
			'Bo',
			'Cleo'
		]);
		expect(sort_rows(rows, { kind: 'student' }, 'descending').map((r) => r.student)).toEqual([
			'Cleo',
			'Bo',
			'ada'
		]);
	});

	it('sorts by score and time, ties in name order', () => {
		expect(sort_rows(rows, { kind: 'score' }, 'descending').map((r) => r.student)).toEqual([
			'ada',
			'Bo',
			'Cleo'
		]);
		expect(sort_rows(rows, { kind: 'time' }, 'ascending').map((r) => r.student)).toEqual([
			'ada',
			'Cleo',
			'Bo'
		]);
	});

	it('sorts by an item with a left item below a wrong one', () => {
		expect(sort_rows(rows, { kind: 'item', index: 0 }, 'ascending').map((r) => r.student)).toEqual([
			'Bo',
			'ada',
			'Cleo'
		]);
	});

	it('gives the same order whatever order the rows come in', () => {
		fc.assert(
			fc.property(
				fc.shuffledSubarray(rows, { minLength: 3 }),
				fc.constantFrom('student', 'score', 'time'),
				(shuffled, kind) => {
					const column = { kind };
					expect(sort_rows(shuffled, column, 'ascending')).toEqual(
						sort_rows(rows, column, 'ascending')
					);
				}
			)
		);
	});
});

describe('cells and times', () => {
	it('read right, wrong, part and left', () => {
		expect([1, 0, 0.5, undefined].map(cell_mark)).toEqual(['right', 'wrong', 'part', 'left']);
	});

	it('read times as m:ss and h:mm:ss', () => {
		expect([0, 90, 3725].map(duration_text)).toEqual(['0:00', '1:30', '1:02:05']);
	});
});

describe('CSV', () => {
	it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
		expect(csv_cell('plain')).toBe('plain');
		expect(csv_cell('Lee, Ann')).toBe('"Lee, Ann"');
		expect(csv_cell('say "hi"')).toBe('"say ""hi"""');
		expect(csv_cell('two\nlines')).toBe('"two\nlines"');
	});

	it('turns a cell that a spreadsheet would run as a formula into text', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			expect(csv_cell(`${start}HYPERLINK("x")`)).toBe(`"'${start}HYPERLINK(""x"")"`);
		}
		expect(csv_cell('0.5')).toBe('0.5');
	});

	it('never lets a typed name start a cell with a formula character, whatever it is', () => {
		fc.assert(
			fc.property(fc.string(), (name) => {
				const cell = csv_cell(name).replace(/^"/, '');
				expect(cell).not.toMatch(/^[=+\-@\t\r]/);
			})
		);
	});

	it('writes the class: header, question row, a row per student, CRLF, with a byte-order mark', () => {
		const items = [valid_item({ id: 'i1' }), valid_item({ id: 'i2', stem: 'Which, then?' })];
		const text = class_csv({
			assignment: undefined as never,
			id: 'x',
			items,
			rows: [row('=cmd', [1, undefined], 75)]
		});
		expect(text).toBe(
			'\uFEFFStudent,Points,Percent,Time (m:ss),Q1,Q2\r\n' +
				'Question,,,,What is the mood of red?,"Which, then?"\r\n' +
				`"'=cmd",1,50,1:15,1,\r\n`
		);
		expect(csv_text([['a']])).toBe('\uFEFFa\r\n');
	});
});
