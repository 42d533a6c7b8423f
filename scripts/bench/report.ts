/** Text formatting for the bench report. */
import { at } from '../../src/lib/must';

export const ms = (value: number | undefined) =>
	value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function heading(text: string) {
	console.log(`\n${text}\n${'-'.repeat(text.length)}`);
}

/** Prints rows as columns: the first left-aligned, the rest right-aligned. */
export function table(rows: string[][]) {
	const widths = at(rows, 0).map((_, c) => Math.max(...rows.map((row) => at(row, c).length)));
	for (const row of rows) {
		const cells = row.map((cell, c) =>
			c === 0 ? cell.padEnd(at(widths, c)) : cell.padStart(at(widths, c))
		);
		console.log(`  ${cells.join('   ')}`.trimEnd());
	}
}

export function note(text: string) {
	console.log(`  ${text}`);
}
