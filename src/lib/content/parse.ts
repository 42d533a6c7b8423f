import * as v from 'valibot';
import { parse as parse_yaml } from 'yaml';
import { ContentError } from './errors';

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function split_frontmatter(file: string, source: string) {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	if (!match) throw new ContentError(file, '', 'starts without a frontmatter block between --- lines');
	const [, yaml = '', body = ''] = match;
	return { data: read_yaml(file, yaml), body };
}

export function read_yaml(file: string, source: string): unknown {
	try {
		return parse_yaml(source);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new ContentError(file, '', `is not valid YAML (${reason})`);
	}
}

/** Validates `data` against `schema`, or throws naming the file and the first bad field. */
export function validate<S extends v.GenericSchema>(
	file: string,
	schema: S,
	data: unknown
): v.InferOutput<S> {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const field = v.getDotPath(issue) ?? '';
	const problem =
		issue.kind === 'schema' && issue.input === undefined
			? 'is missing'
			: `${issue.message}${issue.kind === 'schema' ? '' : ` (got ${JSON.stringify(issue.input)})`}`;
	throw new ContentError(file, field, problem);
}
