// What the e2e tests expect to see, read from content/ itself so the tests follow the content.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { at, must } from '../../src/lib/must';

export interface ExpectedTerm {
	term: string;
	definition: string;
}

export interface ExpectedLesson {
	document: string;
	slug: string;
	title: string;
	path: string;
	/** The source section the lesson paraphrases. */
	section: string;
	objectives: string[];
	terms: ExpectedTerm[];
	takeaway: string;
	/** Headings (`## …`) of the lesson body, in order. */
	headings: string[];
	/** Row names of the lesson's "At a glance" table: attributes with a value this lesson teaches. */
	table_rows: string[];
	/** Characters of Markdown in the lesson body: a long body puts the takeaway below the fold. */
	body_length: number;
	/**
	 * The kinds of input the lesson's quiz must show, as the content rules them in: a matching
	 * item for an attribute whose first value the lesson teaches, a fill-in for a key term (once
	 * the document has two terms to draw distractors from), and choices for any value, shared
	 * trait or scenario it teaches. The tests check the quiz against this, so it is a prediction.
	 */
	quiz_kinds: QuizKind[];
}

export type QuizKind = 'choice' | 'matching' | 'fill-in';

interface Distinctions {
	concepts?: { name: string }[];
	attributes?: { name: string; values: { lesson: string }[] }[];
	similarities?: { lesson: string }[];
	scenarios?: { lesson: string }[];
}

interface FrontMatter {
	title: string;
	section: string;
	/** A sentence, or the sentence with the facts and item types that examine it. */
	objectives?: (string | { text: string })[];
	terms?: ExpectedTerm[];
	takeaway: string;
}

const strip = (name: string) => name.replace(/^\d+-/, '').replace(/\.md$/, '');

export function expected_documents() {
	return readdirSync('content')
		.filter((folder) => /^\d+-/.test(folder))
		.sort()
		.map((folder) => {
			const meta = parse(readFileSync(`content/${folder}/document.yaml`, 'utf8')) as {
				title: string;
				sections: { name: string; covered?: boolean }[];
			};
			const distinctions = parse(
				readFileSync(`content/${folder}/distinctions.yaml`, 'utf8')
			) as Distinctions;
			const attributes = distinctions.attributes ?? [];
			const files = readdirSync(`content/${folder}`)
				.filter((file) => file.endsWith('.md'))
				.sort()
				.map((file) => {
					const [, front, body = ''] = readFileSync(`content/${folder}/${file}`, 'utf8').split(
						/^---$/m
					);
					return {
						file,
						body,
						matter: parse(must(front, `${file} has frontmatter`)) as FrontMatter
					};
				});
			const document_terms = files.reduce((n, f) => n + (f.matter.terms?.length ?? 0), 0);
			const lessons: ExpectedLesson[] = files.map(({ file, body, matter }) => {
				const slug = strip(file);
				const teaches = (fact: { lesson: string }) => fact.lesson === slug;
				const quiz_kinds: QuizKind[] = [];
				if (
					attributes.some((a) => a.values.some(teaches)) ||
					(distinctions.similarities ?? []).some(teaches) ||
					(distinctions.scenarios ?? []).some(teaches)
				)
					quiz_kinds.push('choice');
				if (attributes.some(({ values: [first] }) => first !== undefined && teaches(first)))
					quiz_kinds.push('matching');
				if ((matter.terms ?? []).length > 0 && document_terms >= 2) quiz_kinds.push('fill-in');
				return {
					document: strip(folder),
					slug,
					title: matter.title,
					path: `/${strip(folder)}/${slug}/`,
					section: matter.section,
					objectives: (matter.objectives ?? []).map((o) => (typeof o === 'string' ? o : o.text)),
					terms: matter.terms ?? [],
					takeaway: matter.takeaway,
					headings: [...body.matchAll(/^## (.+)$/gm)].map((m) => at(m, 1).trim()),
					table_rows: attributes.filter((a) => a.values.some(teaches)).map((a) => a.name),
					body_length: body.length,
					quiz_kinds
				};
			});
			return {
				slug: strip(folder),
				title: meta.title,
				not_covered: meta.sections.filter((s) => s.covered === false).map((s) => s.name),
				/** Names of the concepts the document compares: the columns of its lesson tables. */
				concepts: (distinctions.concepts ?? []).map((c) => c.name),
				lessons
			};
		});
}

export function expected_lessons() {
	return expected_documents().flatMap((doc) => doc.lessons);
}

/** What the home page says about the module as a whole (content/site.yaml). */
export function expected_site() {
	return parse(readFileSync('content/site.yaml', 'utf8')) as { title: string; description: string };
}

/** Whether the lesson's quiz must show every one of `kinds`. */
export function quiz_has(lesson: ExpectedLesson, ...kinds: QuizKind[]) {
	return kinds.every((kind) => lesson.quiz_kinds.includes(kind));
}

/** The first lesson whose quiz mixes all three kinds of input: choices, matching and fill-in. */
export function mixed_quiz_lesson() {
	return expected_lessons().find((l) => quiz_has(l, 'choice', 'matching', 'fill-in'));
}

/**
 * A lesson other than `other` whose quiz has questions, from another document when there is
 * one: two quizzes with separate attempts and separate rows on the progress page.
 */
export function another_quiz_lesson(other: ExpectedLesson | undefined) {
	const candidates = expected_lessons().filter(
		(l) => l.quiz_kinds.length > 0 && l.path !== other?.path
	);
	return candidates.find((l) => l.document !== other?.document) ?? candidates[0];
}

/** The first lesson whose page has an "At a glance" table. */
export function table_lesson() {
	return expected_lessons().find((l) => l.table_rows.length > 0);
}

/** The lesson with the longest body: its takeaway is furthest below the fold. */
export function longest_lesson() {
	return expected_lessons().reduce<ExpectedLesson | undefined>(
		(longest, l) => (!longest || l.body_length > longest.body_length ? l : longest),
		undefined
	);
}

/** The document a lesson belongs to. */
export function document_of(lesson: ExpectedLesson) {
	return expected_documents().find((d) => d.slug === lesson.document)!;
}

/** `text` as a regular expression that matches it literally. */
export function literal(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
