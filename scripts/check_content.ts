/**
 * Checks the content as the build does, schema and quiz quality gates, and prints one line per
 * problem (`file: field: rule`) without a trace, then exits 1; or a one-line summary and exits 0.
 *
 *   npm run check:content            # content/, or the folder MOBILIZE_CONTENT names
 *   npm run check:content -- --seeds 300
 *
 * `vite build` and `vite dev` run this same script (see src/lib/server/content_plugin.ts), and
 * `npm run export` runs the same check, so every entry point reports content alike. With
 * `--seeds N` the gates run over seeds 1 to N rather than the build's few, to find the rare seed
 * that breaks an item rule (CI runs it with 300).
 */
import { checked_content, content_summary } from './checked_content';

function main(argv: string[]): number {
	let seeds: number[] | undefined;
	const at = argv.indexOf('--seeds');
	if (at >= 0) {
		const count = Number(argv[at + 1]);
		if (!Number.isInteger(count) || count < 1) {
			process.stderr.write('check:content: --seeds needs a whole number of 1 or more\n');
			return 2;
		}
		seeds = Array.from({ length: count }, (_, i) => i + 1);
	}
	const content = checked_content({ seeds });
	if (!content) return 1;
	process.stdout.write(content_summary(content));
	return 0;
}

process.exitCode = main(process.argv.slice(2));
