/**
 * Prints the mutation score of a Stryker JSON report per file, per folder and in all, with the
 * surviving mutants of some files on request.
 *
 *   npx tsx scripts/mutation_summary.ts [report.json] [--survivors TEXT]
 *
 * The report defaults to reports/mutation/all.json. --survivors lists the mutants left alive
 * (and those no test reached) in the files whose path contains TEXT, with line and replacement.
 * A run with `--mutate` on some files still reports every file its incremental file holds, so
 * this reads the whole of what the parts have measured so far (README, "Mutation testing").
 */
import { readFileSync } from 'node:fs';
import { format_summary, summarize, survivors, type MutationReport } from './mutation_report';

function main(argv: string[]) {
	const at = argv.indexOf('--survivors');
	const part = at >= 0 ? argv[at + 1] : undefined;
	const rest = at >= 0 ? argv.filter((_, i) => i !== at && i !== at + 1) : argv;
	const path = rest[0] ?? 'reports/mutation/all.json';
	const report = JSON.parse(readFileSync(path, 'utf8')) as MutationReport;
	process.stdout.write(`${format_summary(summarize(report))}\n`);
	if (part !== undefined) process.stdout.write(`\n${survivors(report, part).join('\n')}\n`);
}

main(process.argv.slice(2));
