/**
 * Prints the quiz bank generated from content/ as JSON, for use outside the site.
 *
 *   npm run export -- --format json [--seed N] [--lessons a,b] [--documents d] [--types t1,t2]
 *                     [--count N]
 *
 * Mistakes on the command line exit with code 2 and print one line to stderr starting
 * "export: ". Content the build would refuse (schema or quality gates) exits with code 1 after
 * the build's own lines, one per problem: `file: field: rule`. See --help.
 */
import { build_quiz } from '../src/lib/quiz/bank';
import type { Selection } from '../src/lib/quiz/types';
import { parse_args, USAGE } from './args';
import { checked_content } from './checked_content';
import { format_json } from './formats/json';
import { resolve_selection } from './selection';

function fail(message: string, code: number) {
	process.stderr.write(`export: ${message}\n`);
	return code;
}

function describe(selection: Selection) {
	const parts = (['documents', 'lessons', 'types'] as const)
		.filter((key) => selection[key])
		.map((key) => `${key} ${selection[key]!.join(', ')}`);
	return parts.length ? `the selection (${parts.join('; ')})` : 'the content';
}

function main(argv: string[]): number {
	const parsed = parse_args(argv);
	if (!parsed.ok) return fail(parsed.message, 2);
	const { options } = parsed;
	if (options.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}

	// The same check the build runs, schema and quality gates, failing with the same lines.
	const content = checked_content();
	if (!content) return 1;
	const { documents } = content;

	const resolved = resolve_selection(options, documents);
	if (!resolved.ok) return fail(resolved.message, 2);
	const { selection } = resolved;
	const items = build_quiz({ documents, seed: options.seed, selection });
	if (!items.length) return fail(`no items match ${describe(selection)}`, 2);

	process.stdout.write(format_json({ seed: options.seed, selection, items }));
	return 0;
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});
process.exitCode = main(process.argv.slice(2));
