import { ITEM_TYPES, type Item } from '../quiz/types';
import type { ExportFormat, ExportReport, TypeOutcome } from './types';

/** How one format treats one item: written (kept or converted), or skipped, and why. */
export type Decision = Omit<TypeOutcome, 'type' | 'count'>;

/**
 * Counts what each item became, one line per type, outcome and form, in the order of
 * ITEM_TYPES. A Map keyed by those three: an item type is data, not a property name.
 */
export class ReportBuilder {
	readonly #lines = new Map<string, TypeOutcome>();
	#items = 0;
	#written = 0;

	constructor(readonly format: ExportFormat) {}

	add(item: Item, decision: Decision) {
		this.#items++;
		if (decision.outcome !== 'skipped') this.#written++;
		const key = `${item.type}\n${decision.outcome}\n${decision.as}`;
		const line = this.#lines.get(key);
		if (line) line.count++;
		else this.#lines.set(key, { type: item.type, count: 1, ...decision });
	}

	report(): ExportReport {
		return {
			format: this.format,
			items: this.#items,
			written: this.#written,
			types: [...this.#lines.values()].sort(
				(a, b) => ITEM_TYPES.indexOf(a.type) - ITEM_TYPES.indexOf(b.type)
			)
		};
	}
}

/** The report as the CLI prints it to stderr: a summary line, then one line per type. */
export function format_report(report: ExportReport): string {
	const width = Math.max(0, ...report.types.map((line) => line.type.length));
	const lines = report.types.map((line) => {
		const what =
			line.outcome === 'skipped'
				? `skipped (${line.as})`
				: `${line.outcome} ${line.outcome === 'kept' ? 'as' : 'to'} ${line.as}`;
		const note = line.note ? `; ${line.note}` : '';
		return `  ${line.type.padEnd(width)}  ${line.count} ${what}${note}`;
	});
	const summary = `${report.format}: ${report.written} of ${report.items} items written`;
	return [summary, ...lines].join('\n') + '\n';
}
