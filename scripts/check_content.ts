/**
 * Checks the content as the build does, schema and quiz quality gates, and prints one line per
 * problem (`file: field: rule`) without a trace, then exits 1; or a one-line summary and exits 0.
 *
 *   npm run check:content            # content/, or the folder MOBILIZE_CONTENT names
 *
 * `vite build` and `vite dev` run this same script (see src/lib/server/content_plugin.ts), and
 * `npm run export` runs the same check, so every entry point reports content alike.
 */
import { checked_content, content_summary } from './checked_content';

function main(): number {
	const content = checked_content();
	if (!content) return 1;
	process.stdout.write(content_summary(content));
	return 0;
}

process.exitCode = main();
