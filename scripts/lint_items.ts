/**
 * Checks every generated item, over many seeds, against the item-writing flaws a rule can
 * catch, and prints the bank's quality figures.
 *
 *   npx tsx scripts/lint_items.ts [--seeds N] [--worst N] [--rule ID]
 *
 * --rule lists every flaw of one rule instead of the worst items.
 *
 * Exits 1 when any flaw is found, 0 when none.
 */
import { generate_bank } from '../src/lib/quiz/bank';
import { value_facts, lint_banks, worst_items } from '../src/lib/quiz/lint/lint';
import { RULES } from '../src/lib/quiz/lint/rules';
import { quiz_documents_of } from '../src/lib/quiz/source';
import { checked_content } from './checked_content';

function number_flag(argv: string[], name: string, fallback: number) {
	const at = argv.indexOf(name);
	if (at < 0) return fallback;
	const value = Number(argv[at + 1]);
	if (!Number.isInteger(value) || value < 1) {
		process.stderr.write(`lint:items: ${name} needs a whole number of 1 or more\n`);
		process.exit(2);
	}
	return value;
}

function main(argv: string[]) {
	const seeds = number_flag(argv, '--seeds', 100);
	const worst = number_flag(argv, '--worst', 10);
	const content = checked_content();
	if (!content) return 1;
	const documents = quiz_documents_of(content);
	const report = lint_banks(
		Array.from({ length: seeds }, (_, i) => ({
			seed: i + 1,
			bank: generate_bank(documents, i + 1)
		})),
		value_facts(documents)
	);
	const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
	const lines = [
		`${report.items} items over ${seeds} seeds`,
		`items per type: ${[...report.items_per_type].map(([t, n]) => `${t} ${n}`).join(', ')}`,
		`options per single-answer item: ${[...report.options_per_item]
			.sort((a, b) => a[0] - b[0])
			.map(([options, n]) => `${options} options ×${n}`)
			.join(', ')}`,
		`distractors that are same-attribute near misses: ${percent(report.near_miss_share)}`,
		'',
		'flaws per rule:',
		...RULES.map(
			(rule) =>
				`  ${String(report.flaws_per_rule.get(rule.id) ?? 0).padStart(5)}  ${rule.id}: ${rule.title}`
		)
	];
	const rule = argv.includes('--rule') ? argv[argv.indexOf('--rule') + 1] : undefined;
	if (rule !== undefined && !RULES.some((r) => r.id === rule)) {
		process.stderr.write(
			`lint:items: no rule "${rule}"; the rules are ${RULES.map((r) => r.id).join(', ')}\n`
		);
		return 2;
	}
	const flawed = rule ? [] : worst_items(report.flaws, worst);
	if (rule) {
		lines.push('', `${rule}:`);
		for (const flaw of report.flaws.filter((f) => f.rule === rule))
			lines.push(`  ${flaw.item} (${flaw.origin}, seed ${flaw.seed}): ${flaw.message}`);
	}
	if (flawed.length) {
		lines.push('', `worst items (of ${new Set(report.flaws.map((f) => f.item)).size} with flaws):`);
		for (const [item, flaws] of flawed) {
			lines.push(`  ${item} (${flaws[0]?.origin ?? ''}):`);
			for (const flaw of flaws.slice(0, 4)) lines.push(`    ${flaw.rule}: ${flaw.message}`);
		}
	}
	process.stdout.write(`${lines.join('\n')}\n`);
	return report.flaws.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
