import { ContentError } from '../content/errors';
import { load_content } from '../content/load';
import { document_path, lesson_path } from '../content/paths';
import type { Content } from '../content/types';
import { run_gates } from '../quiz/gates';
import { quiz_documents_of } from '../quiz/source';
import { reserved_names, type ReservedNames } from './routes';

/** One thing wrong with the content: the file, the field in it, and the rule it breaks. */
export interface ContentProblem {
	file: string;
	field: string;
	rule: string;
}

/** Seeds the build checks: enough to catch content problems, cheap enough for every build. */
export const BUILD_SEEDS: readonly number[] = Array.from({ length: 60 }, (_, i) => i + 1);

export interface CheckOptions {
	/** Seeds the quality gates run over; {@link BUILD_SEEDS} unless given. */
	seeds?: readonly number[];
	/** Names routes already take; read from src/routes unless given. */
	reserved?: ReservedNames;
}

/**
 * Loads the content and runs the quiz quality gates over it: the one check that the build, the
 * dev server and `npm run export` share, so each refuses the same content with the same lines.
 * The schema stops at the first bad file; slugs that a route already takes, and the gates,
 * report every one at fault.
 */
export function check_content(
	files: Record<string, string>,
	options: CheckOptions = {}
): { content: Content; problems: [] } | { content?: undefined; problems: ContentProblem[] } {
	const { seeds = BUILD_SEEDS } = options;
	let content: Content;
	try {
		content = load_content(files);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { problems: [{ file: error.file, field: error.field, rule: error.problem }] };
	}
	const problems = [
		...taken_slugs(content, options.reserved ?? reserved_names()),
		...run_gates(quiz_documents_of(content), seeds).map(({ origin, message }) =>
			locate(content, origin, message)
		)
	];
	return problems.length ? { problems } : { content, problems: [] };
}

/**
 * Documents and lessons whose pages a route already answers for: a document `review` would be
 * `/review/`, the review page, and a lesson `quiz` would be `/<document>/quiz/`, the document's
 * quiz. The content loads either way, so only a check against the routes finds it.
 */
function taken_slugs(content: Content, reserved: ReservedNames): ContentProblem[] {
	const taken = (path: string, rename: string) =>
		`is taken by the page ${path}, so this one could not be reached; ${rename}`;
	const documents = new Set(reserved.documents);
	const lessons = new Set(reserved.lessons);
	return content.documents.flatMap((doc) => [
		...(documents.has(doc.slug)
			? [
					{
						file: doc.folder,
						field: 'slug',
						rule: `"${doc.slug}" ${taken(document_path(doc.slug), 'rename the folder')}`
					}
				]
			: []),
		...doc.lessons
			.filter((lesson) => lessons.has(lesson.slug))
			.map((lesson) => ({
				file: lesson.file,
				field: 'slug',
				rule: `"${lesson.slug}" ${taken(lesson_path(doc.slug, lesson.slug), 'rename the file')}`
			}))
	]);
}

const TERM_ORIGIN = /^(\S+) lesson "([^"]+)" terms: (.*)$/;
/** An objective's gate names it as "<folder> lesson "<slug>" objectives.<n>…". */
const OBJECTIVE_ORIGIN = /^(\S+) lesson "([^"]+)" (objectives\S*)$/;

/**
 * A gate names its fact as "<file> <field>", or a key term as "<folder> lesson "<slug>" terms:
 * <term>"; the latter is pointed at the lesson's file and the term's field, like any other.
 */
function locate(content: Content, origin: string, rule: string): ContentProblem {
	const objective = OBJECTIVE_ORIGIN.exec(origin);
	const lesson_file = content.documents
		.find((d) => d.folder === objective?.[1])
		?.lessons.find((l) => l.slug === objective?.[2])?.file;
	if (objective && lesson_file) return { file: lesson_file, field: objective[3] ?? '', rule };
	const term = TERM_ORIGIN.exec(origin);
	const doc = term && content.documents.find((d) => d.folder === term[1]);
	const lesson = doc?.lessons.find((l) => l.slug === term![2]);
	const index = lesson?.terms.findIndex((t) => t.term === term![3]) ?? -1;
	if (lesson && index >= 0) return { file: lesson.file, field: `terms.${index}`, rule };
	const space = origin.indexOf(' ');
	return space < 0
		? { file: origin, field: '', rule }
		: { file: origin.slice(0, space), field: origin.slice(space + 1), rule };
}

/** One line per problem, `file: field: rule`, as every entry point prints them. */
export function format_problems(problems: readonly ContentProblem[]): string {
	return problems
		.map(({ file, field, rule }) => `${file}: ${field ? `${field}: ` : ''}${rule}`)
		.join('\n');
}

/**
 * The error a failed check throws: its message is the problem lines and nothing else, and its
 * stack is only that message, so a build log shows the lines rather than a trace into the
 * loader (the trace says nothing an author can act on).
 */
export class ContentCheckError extends Error {
	constructor(readonly problems: readonly ContentProblem[]) {
		const lines = format_problems(problems);
		super(`The content has ${count(problems.length)}:\n${lines}`);
		this.name = 'ContentCheckError';
		this.stack = this.message;
	}
}

function count(n: number) {
	return n === 1 ? '1 problem' : `${n} problems`;
}

/** The checked content, or a {@link ContentCheckError} listing every problem found. */
export function checked_content(files: Record<string, string>, options?: CheckOptions): Content {
	const result = check_content(files, options);
	if (result.content) return result.content;
	throw new ContentCheckError(result.problems);
}
