import { format_points } from '../quiz/score';
import { compare_text, type ClassData, type StudentRow } from './class_data';
import { csv_text } from './csv';

/** A column the class table sorts by: the student, the score, the time, or an item (0-based). */
export type SortColumn =
	{ kind: 'student' } | { kind: 'score' } | { kind: 'time' } | { kind: 'item'; index: number };

export type SortDirection = 'ascending' | 'descending';

/** How one cell of an item column reads: what the table shows and what a screen reader says. */
export type CellMark = 'right' | 'wrong' | 'part' | 'left';

export function cell_mark(score: number | undefined): CellMark {
	if (score === undefined) return 'left';
	if (score >= 1) return 'right';
	return score > 0 ? 'part' : 'wrong';
}

/**
 * The rows sorted by one column; ties keep name order, so a sort never shuffles students who
 * score the same. An item left unanswered sorts below a wrong answer.
 */
export function sort_rows(
	rows: readonly StudentRow[],
	column: SortColumn,
	direction: SortDirection
): StudentRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const value = (row: StudentRow): number => {
		switch (column.kind) {
			case 'score':
				return row.points;
			case 'time':
				return row.seconds;
			case 'item':
				return row.scores[column.index] ?? -1;
			case 'student':
				return 0;
		}
	};
	return [...rows].sort((a, b) => {
		if (column.kind === 'student') return sign * compare_text(a.student, b.student);
		return sign * (value(a) - value(b)) || compare_text(a.student, b.student);
	});
}

/** Seconds as "m:ss", or "h:mm:ss" past an hour. */
export function duration_text(seconds: number) {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = String(seconds % 60).padStart(2, '0');
	return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The class table as CSV for a spreadsheet: one row per student with score, percent, time and
 * each item's score (1, 0, part credit as a decimal, empty where left), and the items' stems in
 * a second header row so columns can be told apart. Rows in the order given (as sorted on screen).
 */
export function class_csv(data: ClassData, rows: readonly StudentRow[] = data.rows): string {
	const numbers = data.items.map((_, i) => `Q${i + 1}`);
	const header = ['Student', 'Points', 'Percent', 'Time (m:ss)', ...numbers];
	const stems = [
		'Question',
		'',
		'',
		'',
		...data.items.map((item) => (item.prompt ? `${item.stem} ${item.prompt}` : item.stem))
	];
	const body = rows.map((row) => [
		row.student,
		format_points(row.points),
		String(row.percent),
		duration_text(row.seconds),
		...row.scores.map((s) => (s === undefined ? '' : format_points(s)))
	]);
	return csv_text([header, stems, ...body]);
}

/** How many students scored in each tenth: 0–9%, 10–19%, … 90–100% (100% joins the last). */
export function score_distribution(rows: readonly StudentRow[]) {
	const bins = Array.from({ length: 10 }, (_, i) => ({
		label: i === 9 ? '90–100%' : `${i * 10}–${i * 10 + 9}%`,
		count: 0
	}));
	for (const row of rows) {
		const bin = bins[Math.min(9, Math.floor(row.percent / 10))];
		if (bin) bin.count += 1;
	}
	return bins;
}
