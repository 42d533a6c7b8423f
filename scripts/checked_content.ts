import { ContentError } from '../src/lib/content/errors';
import { join } from 'node:path';
import { check_content, ContentCheckError } from '../src/lib/server/content_check';
import { reserved_names } from '../src/lib/server/routes';
import type { Content } from '../src/lib/content/types';
import { read_content_files, ROOT } from './content_files';

/**
 * The content folder checked as the build checks it (schema and quality gates), for the
 * command-line tools: the content, or the problems printed one line each (no trace) and undefined.
 * `root` is the content folder (default: content/ or MOBILIZE_CONTENT); `write` takes the lines
 * (default: stderr), so a caller in the same process can capture them; `seeds` are those the
 * quality gates run over (default: the build's).
 */
export function checked_content(
	options: { root?: string; write?: (text: string) => void; seeds?: readonly number[] } = {}
): Content | undefined {
	const write = options.write ?? ((text: string) => process.stderr.write(text));
	let result;
	try {
		// The routes of this repository, wherever the script is run from.
		const reserved = reserved_names(join(ROOT, 'src', 'routes'));
		result = check_content(read_content_files(options.root), { reserved, seeds: options.seeds });
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		result = { problems: [{ file: error.file, field: error.field, rule: error.problem }] };
	}
	if (result.content) return result.content;
	write(`${new ContentCheckError(result.problems).message}\n`);
	return undefined;
}

/** The line `npm run check:content` prints for content that passes. */
export function content_summary(content: Content): string {
	const { documents } = content;
	const lessons = documents.reduce((sum, doc) => sum + doc.lessons.length, 0);
	return `content: ${documents.length} documents, ${lessons} lessons; schema and quality gates pass\n`;
}
