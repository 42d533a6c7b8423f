import { describe, expect, it } from 'vitest';
import { parse as parse_yaml } from 'yaml';
import { ALPHA, BETA, content_error, edit, lesson_md, minimal_files } from '$testing/content_files';
import { read_content_files, real_content } from '$testing/real_content';
import { ContentError } from './errors';
import { load_content } from './load';
import { all_lessons } from './stubs';
import { must } from '$lib/must';

/** The first lesson file of the minimal fixture, to copy under another name. */
const FIRST_LESSON = must(minimal_files()[`${ALPHA}/01-first.md`], 'the fixture has a lesson');

/** The document folders content/ holds, in reading order, with their files. */
function folders(files: Record<string, string>) {
	const by_folder = new Map<string, string[]>();
	for (const path of Object.keys(files)) {
		const [, folder, file] = path.split('/');
		if (folder === undefined || file === undefined) continue;
		by_folder.set(folder, [...(by_folder.get(folder) ?? []), file]);
	}
	return [...by_folder].sort(([a], [b]) => parseInt(a) - parseInt(b));
}

// Whatever content/ holds (or MOBILIZE_CONTENT names): these hold for any set of documents, so
// adding one needs no change here. Exact counts are checked on the fixture below.
describe('the content', () => {
	const files = read_content_files();
	const content = real_content();

	it('holds one document per folder, in folder order, named after its folder', () => {
		expect(content.documents.map((doc) => doc.folder)).toEqual(
			folders(files).map(([folder]) => `content/${folder}`)
		);
		for (const doc of content.documents) {
			expect(doc.folder).toBe(`content/${String(doc.order).padStart(2, '0')}-${doc.slug}`);
		}
	});

	it('lists the sections of each document.yaml, marking the ones it has no text for', () => {
		for (const doc of content.documents) {
			const listed = parse_yaml(must(files[`${doc.folder}/document.yaml`], 'each document has a document.yaml')).sections as {
				name: string;
				covered?: boolean;
			}[];
			expect(doc.sections.map((s) => [s.name, s.covered])).toEqual(
				listed.map((s) => [s.name, s.covered ?? true])
			);
		}
	});

	it('has a lesson for every covered section and none for the others', () => {
		for (const doc of content.documents) {
			const taught = new Set(doc.lessons.map((lesson) => lesson.section));
			for (const section of doc.sections) expect(taught.has(section.name), section.name).toBe(section.covered);
		}
	});

	it('has one lesson per Markdown file, in reading order', () => {
		const markdown = new Map(folders(files).map(([folder, names]) => [`content/${folder}`, names.filter((n) => n.endsWith('.md'))]));
		for (const doc of content.documents) {
			expect(doc.lessons.map((lesson) => lesson.file)).toEqual(
				markdown.get(doc.folder)!.sort().map((name) => `${doc.folder}/${name}`)
			);
			const orders = doc.lessons.map((lesson) => lesson.order);
			expect(orders).toEqual([...orders].sort((a, b) => a - b));
		}
		expect(all_lessons(content).length).toBeGreaterThan(0);
	});

	it('keeps each source text beside its document.yaml', () => {
		for (const doc of content.documents) {
			expect(files[`${doc.folder}/${doc.source}`]?.trim(), doc.folder).toBeTruthy();
		}
	});

	it('gives every lesson a unique slug and a unique page', () => {
		for (const doc of content.documents) {
			const slugs = doc.lessons.map((lesson) => lesson.slug);
			expect(new Set(slugs).size).toBe(slugs.length);
		}
		const hrefs = all_lessons(content).map((lesson) => lesson.href);
		expect(new Set(hrefs).size).toBe(hrefs.length);
		for (const lesson of all_lessons(content)) {
			expect(lesson.href.split('/').filter(Boolean)).toEqual([lesson.document, lesson.slug]);
		}
	});

	it('gives every lesson 2 to 4 objectives, key terms and a takeaway', () => {
		for (const lesson of all_lessons(content)) {
			expect(lesson.objectives.length, lesson.file).toBeGreaterThanOrEqual(2);
			expect(lesson.objectives.length, lesson.file).toBeLessThanOrEqual(4);
			expect(lesson.terms.length, lesson.file).toBeGreaterThan(0);
			for (const term of lesson.terms) {
				expect(term.term.trim(), lesson.file).not.toBe('');
				expect(term.definition.trim(), lesson.file).not.toBe('');
			}
			expect(lesson.takeaway.trim(), lesson.file).not.toBe('');
			expect(lesson.reading_minutes, lesson.file).toBeGreaterThanOrEqual(1);
		}
	});

	it('records for every lesson the file it came from', () => {
		for (const lesson of all_lessons(content)) {
			expect(files[lesson.file], lesson.file).toContain(`title: ${lesson.title}`);
		}
	});

	it('cites only lessons and covered sections of the same document in every fact', () => {
		for (const doc of content.documents) {
			const d = doc.distinctions;
			const facts = [
				...d.concepts,
				...d.attributes.flatMap((a) => a.values),
				...d.similarities,
				...d.examples,
				...d.scenarios,
				...d.links
			];
			const lessons = new Map(doc.lessons.map((lesson) => [lesson.slug, lesson]));
			const covered = new Set(doc.sections.filter((s) => s.covered).map((s) => s.name));
			expect(facts.length).toBeGreaterThan(0);
			for (const fact of facts) {
				expect(lessons.has(fact.lesson), `${doc.slug}: ${fact.lesson}`).toBe(true);
				expect(covered.has(fact.section), `${doc.slug}: ${fact.section}`).toBe(true);
			}
		}
	});
});

describe('load_content', () => {
	it('loads the minimal fixture (so each failing case breaks exactly one thing)', () => {
		const content = load_content(minimal_files());
		expect(content.documents.map((doc) => [doc.slug, doc.lessons.map((l) => l.slug)])).toEqual([
			['alpha', ['first', 'second']],
			['beta', ['sky']]
		]);
		expect(content.documents.map((doc) => doc.sections.map((s) => [s.name, s.covered]))).toEqual([
			[
				['Part A', true],
				['Part B', true],
				['Part C', false]
			],
			[['Only part', true]]
		]);
		expect(all_lessons(content)).toHaveLength(3);
		expect(content.documents[0]?.lessons[1]?.terms[0]).toEqual({
			id: 'shade',
			term: 'Shade',
			definition: 'A colour mixed with black.',
			aliases: ['shades']
		});
	});

	it('accepts paths with a leading slash, as import.meta.glob gives them', () => {
		const files = Object.fromEntries(
			Object.entries(minimal_files()).map(([path, text]) => [`/${path}`, text])
		);
		expect(load_content(files).documents).toHaveLength(2);
	});

	it('fails when there is no document at all', () => {
		const error = content_error({ 'README.md': '# nothing' });
		expect(error.message).toContain('content/');
		expect(error.message).toContain('no document');
	});

	/** The message a learner-facing build log shows: the file, then the field. */
	function expect_names(error: ContentError, file: string, field: string) {
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('ContentError');
		expect(error.file).toBe(file);
		expect(error.field).toBe(field);
		expect(error.message).toContain(file);
		expect(error.message).toContain(field);
	}

	it('names the file and field of a missing frontmatter field', () => {
		const files = {
			...minimal_files(),
			[`${ALPHA}/01-first.md`]: lesson_md({
				section: 'Part A',
				terms: [{ term: 'Hue', definition: 'The name a colour goes by.' }],
				takeaway: null
			})
		};
		const error = content_error(files);
		expect_names(error, `${ALPHA}/01-first.md`, 'takeaway');
		expect(error.message).toMatch(/missing/);
	});

	it('names the file and field of a frontmatter value out of range', () => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/02-second.md`,
			'types: [which-concept] }\n',
			'types: [which-concept] }\n  - Three.\n  - Four.\n  - Five.\n'
		);
		const error = content_error(files);
		expect_names(error, `${ALPHA}/02-second.md`, 'objectives');
		expect(error.message).toContain('2 to 4 objectives');
	});

	it('rejects a lesson without a frontmatter block', () => {
		const files = { ...minimal_files(), [`${ALPHA}/02-second.md`]: '# Just a heading\n' };
		const error = content_error(files);
		expect(error.file).toBe(`${ALPHA}/02-second.md`);
		expect(error.message).toContain('frontmatter');
	});

	it('names both files of a duplicate lesson slug', () => {
		const files = minimal_files();
		const first = must(files[`${ALPHA}/01-first.md`], 'the fixture has a first lesson');
		const second = must(files[`${ALPHA}/02-second.md`], 'the fixture has a second lesson');
		delete files[`${ALPHA}/01-first.md`];
		delete files[`${ALPHA}/02-second.md`];
		files[`${ALPHA}/01-a.md`] = first;
		files[`${ALPHA}/02-a.md`] = second;
		const error = content_error(files);
		expect(error.file).toBe(`${ALPHA}/02-a.md`);
		expect(error.message).toContain(`${ALPHA}/02-a.md`);
		expect(error.message).toContain(`${ALPHA}/01-a.md`);
		expect(error.message).toContain('duplicate lesson slug "a"');
	});

	it('names the fact whose lesson does not exist', () => {
		const files = edit(minimal_files(), `${ALPHA}/distinctions.yaml`, '    lesson: first', '    lesson: missing');
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'examples.0.lesson');
		expect(error.message).toContain('"missing"');
	});

	it('names a held-back scenario whose lesson prints no worked example to link to', () => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/distinctions.yaml`,
			"    why: Stop signs are painted that way.\n    lesson: first\n    section: Part A",
			"    why: Stop signs are painted that way.\n    lesson: second\n    section: Part B"
		);
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'scenarios.0.lesson');
		expect(error.message).toContain('prints no worked example');
	});

	it('names a held-back scenario that a lesson prints as a worked example', () => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/distinctions.yaml`,
			'A driver halts at a sign on the corner.',
			'A fire  truck parks outside.'
		);
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'scenarios.0.text');
		expect(error.message).toContain('is printed as examples.0');
	});

	it.each([
		['a section document.yaml does not list', 'Part Z'],
		['a section document.yaml marks as not covered', 'Part C']
	])('names the fact that cites %s', (_, section) => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/distinctions.yaml`,
			'text: Seen by the eye, lesson: second, section: Part B',
			`text: Seen by the eye, lesson: second, section: ${section}`
		);
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'similarities.0.section');
		expect(error.message).toContain(section);
		expect(error.message).toContain(`${ALPHA}/document.yaml`);
	});

	it.each([
		['its own concept', 'red', "names the value's own concept"],
		['a concept the file does not have', 'purple', 'no concept "purple"']
	])('names a value said to hold also for %s', (_, concept, message) => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/distinctions.yaml`,
			'{ concept: red, text: Lively and loud,',
			`{ concept: red, also: [{ concept: ${concept}, extent: partial, why: It says so. }], text: Lively and loud,`
		);
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'attributes.0.values.0.also.0.concept');
		expect(error.message).toContain(message);
	});

	it('names an answer kind it does not know, and lists the kinds', () => {
		const files = edit(minimal_files(), `${ALPHA}/distinctions.yaml`, '    values:', '    kind: colour\n    values:');
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'attributes.0.kind');
		expect(error.message).toContain('who, what, how');
	});

	it('names the lesson whose section document.yaml does not list', () => {
		const files = edit(minimal_files(), `${ALPHA}/02-second.md`, 'section: Part B', 'section: Part Q');
		const error = content_error(files);
		expect_names(error, `${ALPHA}/02-second.md`, 'section');
		expect(error.message).toContain('Part Q');
	});

	it('names the covered section that has no lesson', () => {
		const files = edit(minimal_files(), `${ALPHA}/document.yaml`, '  - name: Part C\n    covered: false', '  - name: Part C');
		const error = content_error(files);
		expect_names(error, `${ALPHA}/document.yaml`, 'sections');
		expect(error.message).toContain('"Part C" has no lesson');
	});

	it('names the attribute that has no value for a concept', () => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/distinctions.yaml`,
			'      - { concept: blue, text: Quiet and distant, lesson: second, section: Part B }\n',
			''
		);
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'attributes.0.values');
		expect(error.message).toContain('"blue"');
	});

	it('names a value given to an unknown concept', () => {
		const files = edit(minimal_files(), `${ALPHA}/distinctions.yaml`, 'concept: blue, text', 'concept: navy, text');
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'attributes.0.values.2.concept');
		expect(error.message).toContain('"navy"');
	});

	it.each([
		['in no document', 'pluto'],
		['only in the same document', 'green']
	])('names a link to a concept %s', (_, counterpart) => {
		const files = edit(
			minimal_files(),
			`${ALPHA}/distinctions.yaml`,
			'counterpart: sun',
			`counterpart: ${counterpart}`
		);
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'links.0.counterpart');
		expect(error.message).toContain(`"${counterpart}" in another document`);
	});

	it('names a concept id used by two documents', () => {
		const files = minimal_files();
		// Every mention, so that beta's own scenarios still name a concept it has.
		files[`${BETA}/distinctions.yaml`] = must(files[`${BETA}/distinctions.yaml`], 'beta').replaceAll('moon', 'red');
		const error = content_error(files);
		expect_names(error, `${BETA}/distinctions.yaml`, 'concepts');
		expect(error.message).toContain('"red"');
	});

	it.each([
		['document.yaml', `${BETA}/document.yaml`],
		['distinctions.yaml', `${ALPHA}/distinctions.yaml`],
		['lesson frontmatter', `${ALPHA}/01-first.md`]
	])('names the file whose %s is not valid YAML', (_, file) => {
		const files = minimal_files();
		files[file] = must(files[file], 'the fixture has it').replace(
			/title: .*|concept_noun: .*/,
			'title: [unclosed'
		);
		const error = content_error(files);
		expect(error.file).toBe(file);
		expect(error.message).toContain(file);
		expect(error.message).toContain('not valid YAML');
	});

	it('names a schema field that is wrong, with the value given', () => {
		const files = edit(minimal_files(), `${ALPHA}/distinctions.yaml`, 'id: mood', 'id: Mood Swings');
		const error = content_error(files);
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'attributes.0.id');
		expect(error.message).toContain('kebab-case');
		expect(error.message).toContain('"Mood Swings"');
	});

	it('names a lesson file without a numeric prefix', () => {
		const files = { ...minimal_files(), [`${ALPHA}/intro.md`]: FIRST_LESSON };
		const error = content_error(files);
		expect(error.file).toBe(`${ALPHA}/intro.md`);
		expect(error.message).toContain(`${ALPHA}/intro.md`);
		expect(error.message).toContain('must start with a number');
	});

	it('names a document folder without a numeric prefix', () => {
		const files = Object.fromEntries(
			Object.entries(minimal_files()).map(([path, text]) => [path.replace('02-beta', 'beta'), text])
		);
		const error = content_error(files);
		expect(error.file).toBe('content/beta');
		expect(error.message).toContain('must start with a number');
	});

	it.each([
		['the term', 'Hue', [], 'The hue of a thing.'],
		['an alias', 'Hue', ['tint'], 'A tint, or the name a colour goes by.']
	])('names a definition that contains %s', (_, term, aliases, definition) => {
		const files = {
			...minimal_files(),
			[`${ALPHA}/01-first.md`]: lesson_md({
				section: 'Part A',
				terms: [
					{ term: 'Saturation', definition: 'How strong a colour is.' },
					{ term, definition, aliases }
				]
			})
		};
		const error = content_error(files);
		expect_names(error, `${ALPHA}/01-first.md`, 'terms.1.definition');
		expect(error.message).toContain('gives away the term');
	});

	it('names a key term defined twice in one document', () => {
		const files = edit(minimal_files(), `${ALPHA}/02-second.md`, 'term: Shade', 'term: hue');
		const error = content_error(files);
		expect(error.file).toBe(`${ALPHA}/02-second.md`);
		expect(error.message).toContain('duplicate key term "hue"');
	});

	it('refuses a source: naming a file that is not in the document folder', () => {
		const files = minimal_files();
		delete files[`${BETA}/beta.txt`];
		const error = content_error(files);
		expect_names(error, `${BETA}/document.yaml`, 'source');
		expect(error.message).toContain('"beta.txt"');
		expect(error.message).toContain('beside document.yaml');
	});

	it('refuses a source: that is not a text file', () => {
		const files = edit(minimal_files(), `${BETA}/document.yaml`, 'source: beta.txt', 'source: 01-sky.md');
		const error = content_error(files);
		expect_names(error, `${BETA}/document.yaml`, 'source');
		expect(error.message).toContain('not a .txt file');
	});

	it('reads the home page title and description from content/site.yaml', () => {
		const site = 'title: Colours and skies\ndescription: What colours and skies have in common.\n';
		expect(load_content({ ...minimal_files(), 'content/site.yaml': site }).site).toEqual({
			title: 'Colours and skies',
			description: 'What colours and skies have in common.'
		});
		// Without it the home page names no topic rather than the wrong one.
		expect(load_content(minimal_files()).site.title).toBe('Lessons and generated quizzes');
	});

	it('names the field of content/site.yaml that is wrong', () => {
		const error = content_error({ ...minimal_files(), 'content/site.yaml': 'title: Colours\n' });
		expect_names(error, 'content/site.yaml', 'description');
		expect(error.message).toContain('missing');
	});
});
