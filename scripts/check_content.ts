/**
 * Checks the content as the build does, schema and quiz quality gates, and prints one line per
 * problem (`file: field: rule`) without a trace, then exits 1; or a one-line summary and exits 0.
 *
 *   npm run check:content            # content/, or the folder MOBILIZE_CONTENT names
 *
 * `vite build` and `vite dev` run this same script (see src/lib/server/content_plugin.ts), and
 * `npm run export` runs the same check, so every entry point reports content alike.
 */
import { ContentError } from '../src/lib/content/errors';
import { check_content, ContentCheckError } from '../src/lib/server/content_check';
import { read_content_files } from './content-files';

function main(): number {
	let result;
	try {
		result = check_content(read_content_files());
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		result = { problems: [{ file: error.file, field: error.field, rule: error.problem }] };
	}
	if (!result.content) {
		process.stderr.write(`${new ContentCheckError(result.problems).message}\n`);
		return 1;
	}
	const { documents } = result.content;
	const lessons = documents.reduce((sum, doc) => sum + doc.lessons.length, 0);
	process.stdout.write(
		`content: ${documents.length} documents, ${lessons} lessons; schema and quality gates pass\n`
	);
	return 0;
}

process.exitCode = main();
