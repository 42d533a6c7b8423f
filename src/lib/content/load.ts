import { ContentError } from './errors';
import { fact_anchor, term_id } from './ids';
import { read_yaml, split_frontmatter, validate } from './parse';
import { document_schema, distinctions_schema, frontmatter_schema, site_schema } from './schema';
import { lesson_path } from './paths';
import type { Content, DocumentModule, Lesson, Site } from './types';
import { at } from '../must';

const SITE_FILE = 'content/site.yaml';
/** What the home page says when content/site.yaml is absent: nothing about any one topic. */
const DEFAULT_SITE: Site = {
	title: 'Lessons and generated quizzes',
	description: 'Each lesson paraphrases a section of its source text.'
};

const WORDS_PER_MINUTE = 200;
const ORDERED = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Builds the content model from the files under `content/`, keyed by their path from the
 * project root (`content/01-doc/02-lesson.md`). Throws a {@link ContentError} naming the file
 * and the field for the first problem found, so a bad lesson fails the build.
 */
export function load_content(files: Record<string, string>): Content {
	const by_folder = new Map<string, Map<string, string>>();
	let site: Site = DEFAULT_SITE;
	for (const [raw_path, text] of Object.entries(files)) {
		const path = raw_path.replace(/^\.?\//, '');
		const [top, dir, name, ...deeper] = path.split('/');
		if (path === SITE_FILE) site = validate(SITE_FILE, site_schema, read_yaml(SITE_FILE, text));
		if (top !== 'content' || dir === undefined || name === undefined || deeper.length) continue;
		const folder = by_folder.get(dir) ?? new Map<string, string>();
		folder.set(name, text);
		by_folder.set(dir, folder);
	}

	const documents = [...by_folder]
		.map(([folder, folder_files]) => load_document(folder, folder_files))
		.sort((a, b) => a.order - b.order);
	if (documents.length === 0) throw new ContentError('content/', '', 'holds no document folders');

	check_unique(
		documents.map((doc) => [doc.slug, `content/ (folder for "${doc.slug}")`]),
		'document slug'
	);
	check_across(documents);
	return { site, documents };
}

function ordered_name(file: string, name: string) {
	const match = ORDERED.exec(name);
	if (!match) {
		throw new ContentError(file, '', 'name must start with a number and a hyphen, e.g. "01-comparison"');
	}
	return { order: Number(at(match, 1)), slug: at(match, 2) };
}

function load_document(folder: string, files: Map<string, string>): DocumentModule {
	const base = `content/${folder}`;
	const { order, slug } = ordered_name(base, folder);
	const document_file = `${base}/document.yaml`;
	const document_source = files.get('document.yaml');
	if (document_source === undefined) throw new ContentError(document_file, '', 'is missing');
	const document = validate(document_file, document_schema, read_yaml(document_file, document_source));
	// The source text sits beside document.yaml: the paraphrase check compares lessons with it.
	if (!/\.txt$/.test(document.source)) {
		throw new ContentError(document_file, 'source', `names "${document.source}", which is not a .txt file`);
	}
	if (!files.has(document.source)) {
		throw new ContentError(
			document_file,
			'source',
			`names "${document.source}", but ${base}/ has no such file (the source text goes beside document.yaml)`
		);
	}

	const distinctions_file = `${base}/distinctions.yaml`;
	const distinctions_source = files.get('distinctions.yaml');
	const distinctions =
		distinctions_source === undefined
			? validate(distinctions_file, distinctions_schema, {
					concept_noun: 'concept',
					concept_noun_plural: 'concepts',
					group: 'all of them',
					concepts: []
				})
			: validate(
					distinctions_file,
					distinctions_schema,
					read_yaml(distinctions_file, distinctions_source)
				);

	const lessons = [...files]
		.filter(([name]) => name.endsWith('.md'))
		.map(([name, source]) => load_lesson(`${base}/${name}`, slug, name.slice(0, -3), source))
		.sort((a, b) => a.order - b.order);

	const module: DocumentModule = {
		slug,
		folder: base,
		order,
		title: document.title,
		source: document.source,
		description: document.description,
		sections: document.sections,
		further_reading: document.further_reading,
		lessons,
		distinctions
	};
	check_document(module, document_file, distinctions_file);
	return module;
}

function load_lesson(file: string, document: string, name: string, source: string): Lesson {
	const { order, slug } = ordered_name(file, name);
	const { data, body } = split_frontmatter(file, source);
	const front = validate(file, frontmatter_schema, data);
	const words = body.split(/\s+/).filter(Boolean).length;
	return {
		slug,
		document,
		order,
		title: front.title,
		description: front.description,
		section: front.section,
		reading_minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
		href: lesson_path(document, slug),
		objectives: front.objectives.map((o) => o.text),
		examined: front.objectives,
		takeaway: front.takeaway,
		file,
		terms: front.terms.map((term, index) => {
			const lowered = term.definition.toLowerCase();
			for (const name of [term.term, ...term.aliases]) {
				if (lowered.includes(name.toLowerCase())) {
					throw new ContentError(
						file,
						`terms.${index}.definition`,
						`gives away the term "${name}" it defines; a quiz blanks the term and asks for it`
					);
				}
			}
			return { ...term, id: term_id(term.term) };
		})
	};
}

function check_unique(entries: [string, string][], what: string) {
	const seen = new Map<string, string>();
	for (const [key, where] of entries) {
		const earlier = seen.get(key);
		if (earlier !== undefined) {
			throw new ContentError(where, '', `duplicate ${what} "${key}" (also in ${earlier})`);
		}
		seen.set(key, where);
	}
}

function check_document(doc: DocumentModule, document_file: string, distinctions_file: string) {
	const sections = new Map(doc.sections.map((section) => [section.name, section]));
	check_unique(
		doc.sections.map((s, i) => [s.name, `${document_file} sections.${i}`]),
		'section'
	);
	check_unique(
		doc.lessons.map((lesson) => [lesson.slug, lesson.file]),
		'lesson slug'
	);
	check_unique(
		doc.lessons.flatMap((lesson) =>
			lesson.terms.map((term) => [term.term.toLowerCase(), lesson.file] as [string, string])
		),
		'key term'
	);
	for (const lesson of doc.lessons) {
		const section = sections.get(lesson.section);
		if (!section) {
			throw new ContentError(lesson.file, 'section', `names "${lesson.section}", which ${document_file} does not list`);
		}
		if (!section.covered) {
			throw new ContentError(lesson.file, 'section', `names "${lesson.section}", which ${document_file} marks as not covered`);
		}
	}
	for (const section of doc.sections) {
		if (section.covered && !doc.lessons.some((lesson) => lesson.section === section.name)) {
			throw new ContentError(document_file, 'sections', `section "${section.name}" has no lesson`);
		}
	}

	const lessons = new Set(doc.lessons.map((lesson) => lesson.slug));
	const d = doc.distinctions;
	const cite = (field: string, fact: { lesson: string; section: string }) => {
		if (!lessons.has(fact.lesson)) {
			throw new ContentError(distinctions_file, `${field}.lesson`, `no lesson "${fact.lesson}" in this document`);
		}
		const section = sections.get(fact.section);
		if (!section?.covered) {
			throw new ContentError(
				distinctions_file,
				`${field}.section`,
				`no covered section "${fact.section}" in ${document_file}`
			);
		}
	};
	const concepts = new Set(d.concepts.map((c) => c.id));
	const concept = (field: string, id: string) => {
		if (!concepts.has(id)) throw new ContentError(distinctions_file, field, `no concept "${id}" in this file`);
	};

	d.concepts.forEach((c, i) => cite(`concepts.${i}`, c));
	check_unique(d.concepts.map((c, i) => [c.id, `${distinctions_file} concepts.${i}`]), 'concept id');
	check_unique(
		[
			...d.attributes.map((a, i) => [fact_anchor.attribute(a.id), `${distinctions_file} attributes.${i}`]),
			...d.similarities.map((s, i) => [fact_anchor.similarity(s.id), `${distinctions_file} similarities.${i}`]),
			...d.examples.map((s, i) => [fact_anchor.example(s.id), `${distinctions_file} examples.${i}`]),
			...d.scenarios.map((s, i) => [`scenario ${s.id}`, `${distinctions_file} scenarios.${i}`]),
			...d.links.map((l, i) => [fact_anchor.link(l.id), `${distinctions_file} links.${i}`])
		] as [string, string][],
		'fact id'
	);
	d.attributes.forEach((attribute, a) => {
		const seen = new Set<string>();
		attribute.values.forEach((value, i) => {
			const field = `attributes.${a}.values.${i}`;
			concept(`${field}.concept`, value.concept);
			cite(field, value);
			if (seen.has(value.concept)) {
				throw new ContentError(distinctions_file, `${field}.concept`, `gives "${value.concept}" a second value for "${attribute.id}"`);
			}
			seen.add(value.concept);
			value.also.forEach((overlap, o) => {
				concept(`${field}.also.${o}.concept`, overlap.concept);
				if (overlap.concept === value.concept)
					throw new ContentError(distinctions_file, `${field}.also.${o}.concept`, 'names the value\'s own concept; list only the others it also holds for');
			});
		});
		for (const c of d.concepts) {
			if (!seen.has(c.id)) {
				throw new ContentError(distinctions_file, `attributes.${a}.values`, `has no value for concept "${c.id}"`);
			}
		}
	});
	d.similarities.forEach((s, i) => cite(`similarities.${i}`, s));
	d.examples.forEach((s, i) => {
		cite(`examples.${i}`, s);
		concept(`examples.${i}.concept`, s.concept);
	});
	// A held-back scenario's feedback links to the worked examples of its lesson, and the quiz
	// must not ask what a lesson prints with its answer.
	const printed = new Map(d.examples.map((e, i) => [normalize_space(e.text), i]));
	const illustrated = new Set(d.examples.map((e) => e.lesson));
	d.scenarios.forEach((s, i) => {
		cite(`scenarios.${i}`, s);
		concept(`scenarios.${i}.concept`, s.concept);
		if (!illustrated.has(s.lesson)) {
			throw new ContentError(distinctions_file, `scenarios.${i}.lesson`, `lesson "${s.lesson}" prints no worked example; cite the lesson whose examples teach ${s.concept}, which the item's feedback links to`);
		}
		const same = printed.get(normalize_space(s.text));
		if (same !== undefined) {
			throw new ContentError(distinctions_file, `scenarios.${i}.text`, `is printed as examples.${same}; a held-back scenario must be a situation the lessons do not show`);
		}
	});
	d.links.forEach((l, i) => {
		cite(`links.${i}`, l);
		concept(`links.${i}.concept`, l.concept);
	});
}

const normalize_space = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Links point into another document, so they are checked once every document is loaded. */
function check_across(documents: DocumentModule[]) {
	const owner = new Map<string, string>();
	for (const doc of documents) {
		for (const c of doc.distinctions.concepts) {
			const other = owner.get(c.id);
			if (other) {
				throw new ContentError(`${doc.folder}/distinctions.yaml`, 'concepts', `concept id "${c.id}" is also used by document "${other}"`);
			}
			owner.set(c.id, doc.slug);
		}
	}
	for (const doc of documents) {
		doc.distinctions.links.forEach((link, i) => {
			const target = owner.get(link.counterpart);
			if (!target || target === doc.slug) {
				throw new ContentError(
					`${doc.folder}/distinctions.yaml`,
					`links.${i}.counterpart`,
					`no concept "${link.counterpart}" in another document`
				);
			}
		});
	}
}
