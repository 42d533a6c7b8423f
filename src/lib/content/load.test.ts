import { describe, expect, it } from 'vitest';
import {
	ALPHA,
	BETA,
	content_error,
	edit,
	lesson_md,
	minimal_files,
	read_content_files,
	real_content
} from '../test-fixtures';
import { ContentError } from './errors';
import { load_content } from './load';
import { all_lessons } from './stubs';

/** Sections as the source documents list them (see shared/seeds/README.md). */
const SECTIONS: Record<string, { covered: string[]; not_covered: string[] }> = {
	'community-vs-social-mobilization': {
		covered: [
			"What's the Difference?",
			'Comparison',
			'Introduction',
			'Community Mobilization',
			'Social Mobilization',
			'Key Similarities',
			'Conclusion'
		],
		not_covered: []
	},
	'collective-action-in-social-work': {
		covered: [
			'Opening',
			'The Role of Collective Action in Social Work',
			'Grassroots Mobilization',
			'Coalition Building',
			'Advocacy and Policy Change'
		],
		not_covered: [
			'Barriers to Collective Action in Social Work',
			'The Future of Collective Action in Social Work',
			'Conclusion'
		]
	}
};

describe('the real content', () => {
	const content = real_content();

	it('holds the two source documents, in folder order', () => {
		expect(content.documents.map((doc) => doc.slug)).toEqual(Object.keys(SECTIONS));
		expect(content.documents.map((doc) => doc.folder)).toEqual([
			'content/01-community-vs-social-mobilization',
			'content/02-collective-action-in-social-work'
		]);
	});

	it('lists the sections of each source, marking the ones it has no text for', () => {
		for (const doc of content.documents) {
			const expected = SECTIONS[doc.slug];
			expect(doc.sections.filter((s) => s.covered).map((s) => s.name)).toEqual(expected.covered);
			expect(doc.sections.filter((s) => !s.covered).map((s) => s.name)).toEqual(
				expected.not_covered
			);
		}
	});

	it('has a lesson for every covered section and none for the others', () => {
		for (const doc of content.documents) {
			const taught = new Set(doc.lessons.map((lesson) => lesson.section));
			for (const name of SECTIONS[doc.slug].covered) expect(taught, name).toContain(name);
			for (const name of SECTIONS[doc.slug].not_covered) expect(taught, name).not.toContain(name);
		}
	});

	it('has 12 lessons, 7 and 5, in reading order', () => {
		expect(content.documents.map((doc) => doc.lessons.length)).toEqual([7, 5]);
		const lessons = all_lessons(content);
		expect(lessons).toHaveLength(12);
		for (const doc of content.documents) {
			const orders = doc.lessons.map((lesson) => lesson.order);
			expect(orders).toEqual([...orders].sort((a, b) => a - b));
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
		const files = read_content_files();
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
		expect(content.documents[0].lessons[1].terms[0]).toEqual({
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
			'  - Describe another.\n',
			'  - Describe another.\n  - Three.\n  - Four.\n  - Five.\n'
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
		const first = files[`${ALPHA}/01-first.md`];
		const second = files[`${ALPHA}/02-second.md`];
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
		expect_names(error, `${ALPHA}/distinctions.yaml`, 'scenarios.0.lesson');
		expect(error.message).toContain('"missing"');
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
		const files = edit(minimal_files(), `${BETA}/distinctions.yaml`, 'id: moon', 'id: red');
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
		files[file] = files[file].replace(/title: .*|concept_noun: .*/, 'title: [unclosed');
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
		const files = { ...minimal_files(), [`${ALPHA}/intro.md`]: minimal_files()[`${ALPHA}/01-first.md`] };
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

	it.each(['quiz', 'review', 'progress'])('refuses the reserved lesson slug "%s"', (slug) => {
		const files = { ...minimal_files(), [`${ALPHA}/03-${slug}.md`]: minimal_files()[`${ALPHA}/01-first.md`] };
		const error = content_error(files);
		expect(error.file).toBe(`${ALPHA}/03-${slug}.md`);
		expect(error.message).toContain(`"${slug}" is reserved`);
	});
});
