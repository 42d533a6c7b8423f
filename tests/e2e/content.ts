// What the e2e tests expect to see, read from content/ itself so the tests follow the content.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

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
}

interface FrontMatter {
	title: string;
	section: string;
	objectives?: string[];
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
			const distinctions = parse(readFileSync(`content/${folder}/distinctions.yaml`, 'utf8')) as {
				attributes?: { name: string; values: { lesson: string }[] }[];
			};
			const lessons: ExpectedLesson[] = readdirSync(`content/${folder}`)
				.filter((file) => file.endsWith('.md'))
				.sort()
				.map((file) => {
					const [, front, body = ''] = readFileSync(`content/${folder}/${file}`, 'utf8').split(
						/^---$/m
					);
					const matter = parse(front) as FrontMatter;
					return {
						document: strip(folder),
						slug: strip(file),
						title: matter.title,
						path: `/${strip(folder)}/${strip(file)}/`,
						section: matter.section,
						objectives: matter.objectives ?? [],
						terms: matter.terms ?? [],
						takeaway: matter.takeaway,
						headings: [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim()),
						table_rows: (distinctions.attributes ?? [])
							.filter((a) => a.values.some((v) => v.lesson === strip(file)))
							.map((a) => a.name)
					};
				});
			return {
				slug: strip(folder),
				title: meta.title,
				not_covered: meta.sections.filter((s) => s.covered === false).map((s) => s.name),
				lessons
			};
		});
}

export function expected_lessons() {
	return expected_documents().flatMap((doc) => doc.lessons);
}
