/**
 * Scores of a Stryker JSON report per file, per folder and in all, and its surviving mutants:
 * what scripts/mutation_summary.ts prints.
 */

/** The part of Stryker's JSON report (mutation-testing-report-schema) read here. */
export interface MutationReport {
	files: Record<string, { mutants: ReportMutant[] }>;
}
interface ReportMutant {
	status: string;
	mutatorName: string;
	replacement?: string;
	location: { start: { line: number; column: number } };
}

export interface Tally {
	killed: number;
	survived: number;
	timeout: number;
	no_coverage: number;
	/** Compile and runtime errors, ignored and pending mutants: outside the score, as Stryker counts. */
	other: number;
}

/** Killed and timed out mutants over all that could be detected, in percent; NaN for none. */
export function score(t: Tally) {
	const detected = t.killed + t.timeout;
	return (100 * detected) / (detected + t.survived + t.no_coverage);
}

function tally(mutants: readonly ReportMutant[], into: Tally = empty()) {
	for (const { status } of mutants) {
		if (status === 'Killed') into.killed++;
		else if (status === 'Survived') into.survived++;
		else if (status === 'Timeout') into.timeout++;
		else if (status === 'NoCoverage') into.no_coverage++;
		else into.other++;
	}
	return into;
}
const empty = (): Tally => ({ killed: 0, survived: 0, timeout: 0, no_coverage: 0, other: 0 });

/** `src/lib/quiz/items/cross.ts` → `src/lib/quiz`: the folders the goal is set on. */
const folder_of = (file: string) => file.split('/').slice(0, 3).join('/');

/** Tallies per file, per folder and in all, each list sorted by name. */
export function summarize(report: MutationReport) {
	const files = new Map<string, Tally>();
	const folders = new Map<string, Tally>();
	const total = empty();
	for (const name of Object.keys(report.files).sort()) {
		const mutants = report.files[name]?.mutants ?? [];
		files.set(name, tally(mutants));
		const folder = folder_of(name);
		folders.set(folder, tally(mutants, folders.get(folder)));
		tally(mutants, total);
	}
	return { files, folders: new Map([...folders].sort(([a], [b]) => (a < b ? -1 : 1))), total };
}

/** Mutants left alive in the files whose path contains `part`, one line each. */
export function survivors(report: MutationReport, part: string) {
	const lines: string[] = [];
	for (const [name, { mutants }] of Object.entries(report.files)) {
		if (!name.includes(part)) continue;
		const alive = mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
		alive.sort((a, b) => a.location.start.line - b.location.start.line);
		for (const m of alive) {
			const { line, column } = m.location.start;
			const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
			lines.push(`${name}:${line}:${column} ${m.status} ${m.mutatorName} → ${replacement}`);
		}
	}
	return lines;
}

const HEAD = 'mutants  killed  survived  timeout  no cov.   score';
function row(name: string, t: Tally) {
	const counted = t.killed + t.survived + t.timeout + t.no_coverage;
	const cells = [counted, t.killed, t.survived, t.timeout, t.no_coverage];
	const widths = [7, 8, 10, 9, 9];
	const figures = cells.map((n, i) => String(n).padStart(widths[i] ?? 0)).join('');
	return `${figures}${score(t).toFixed(2).padStart(8)}  ${name}`;
}

/** The three tables, as printed. */
export function format_summary(summary: ReturnType<typeof summarize>) {
	return [
		HEAD,
		...[...summary.files].map(([name, t]) => row(name, t)),
		'',
		HEAD,
		...[...summary.folders].map(([name, t]) => row(name, t)),
		row('all', summary.total)
	].join('\n');
}
