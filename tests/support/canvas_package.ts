import { strFromU8, unzipSync } from 'fflate';
import type { Element } from '@xmldom/xmldom';
import { all, kids, parse_xml, text } from './xml_dom';

const QTI12 = 'imsqti_xmlv1p2';
const META = /learning-application-resource$/;

/** A zip's files as text, by path (directory entries, which hold nothing, left out). */
export function unzip_text(zip: Uint8Array): Map<string, string> {
	return new Map(
		Object.entries(unzipSync(zip))
			.filter(([path]) => !path.endsWith('/'))
			.map(([path, data]) => [path, strFromU8(data)])
	);
}

/** The assessment's XML in a Canvas package: the file its imsqti_xmlv1p2 resource names. */
export function canvas_assessment(files: ReadonlyMap<string, string>): string {
	const root = parse_xml(files.get('imsmanifest.xml') ?? '').documentElement!;
	const resource = all(root, 'resource').find((r) => r.getAttribute('type') === QTI12);
	const href = resource?.getAttribute('href') ?? '';
	const xml = files.get(href);
	if (xml === undefined) throw new Error(`the package has no assessment at "${href}"`);
	return xml;
}

/**
 * What is wrong with a zip as Canvas's "QTI .zip file" import reads it (see
 * src/lib/export/canvas_package.ts): empty when nothing is. The manifest must be well-formed;
 * its identifiers unique; every file of the zip listed and every listed file present, nothing
 * else; one imsqti_xmlv1p2 resource whose href is its one file, `<id>/<id>.xml` with
 * `<assessment ident="<id>">`, depending on a learning-application resource for
 * `<id>/assessment_meta.xml`, whose `<quiz identifier>` is `<id>` too. Each file is read by
 * `parse`: `parse_xml` unless a caller that reads the same files gives its own, which may keep
 * what it read, so that the assessment of a whole bank (near a megabyte) is parsed once.
 */
export function canvas_package_problems(
	files: ReadonlyMap<string, string>,
	parse: (text: string) => ReturnType<typeof parse_xml> = parse_xml
): string[] {
	const problems: string[] = [];
	const manifest_text = files.get('imsmanifest.xml');
	if (manifest_text === undefined) return ['no imsmanifest.xml at the root'];
	let root: Element;
	try {
		root = parse(manifest_text).documentElement!;
	} catch (error) {
		return [`imsmanifest.xml is not well-formed: ${(error as Error).message}`];
	}
	const resources = all(root, 'resource');
	const identifiers = [root, ...resources].map((e) => e.getAttribute('identifier') ?? '');
	for (const id of new Set(identifiers)) {
		const count = identifiers.filter((other) => other === id).length;
		if (!id) problems.push('an element of the manifest has no identifier');
		else if (count > 1) problems.push(`identifier "${id}" is used ${count} times`);
	}
	const listed = new Set(all(root, 'file').map((f) => f.getAttribute('href') ?? ''));
	for (const path of listed)
		if (!files.has(path)) problems.push(`"${path}" is listed, not in the zip`);
	for (const path of files.keys()) {
		if (path !== 'imsmanifest.xml' && !listed.has(path)) {
			problems.push(`"${path}" is in the zip, not listed`);
		}
	}
	for (const resource of resources) {
		const href = resource.getAttribute('href');
		const own = kids(resource, 'file').map((f) => f.getAttribute('href'));
		if (href && !own.includes(href)) problems.push(`resource href "${href}" is not its file`);
	}

	const tests = resources.filter((r) => r.getAttribute('type') === QTI12);
	if (tests.length !== 1) return [...problems, `${tests.length} ${QTI12} resources, not 1`];
	const test = tests[0]!;
	const id = test.getAttribute('identifier') ?? '';
	if (test.getAttribute('href') !== `${id}/${id}.xml`) {
		problems.push(`the assessment's href is "${test.getAttribute('href')}", not "${id}/${id}.xml"`);
	}
	const assessment = files.get(`${id}/${id}.xml`);
	const ident =
		assessment === undefined
			? undefined
			: kids(parse(assessment).documentElement!, 'assessment')[0];
	if (ident?.getAttribute('ident') !== id)
		problems.push(`no <assessment ident="${id}"> in ${id}/${id}.xml`);

	const needs = kids(test, 'dependency').map((d) => d.getAttribute('identifierref'));
	const meta = resources.find(
		(r) => needs.includes(r.getAttribute('identifier')) && META.test(r.getAttribute('type') ?? '')
	);
	const meta_path = `${id}/assessment_meta.xml`;
	if (!meta || !kids(meta, 'file').some((f) => f.getAttribute('href') === meta_path)) {
		problems.push(
			`the assessment does not depend on a learning-application resource for ${meta_path}`
		);
	}
	const quiz = files.get(meta_path);
	if (quiz === undefined || parse(quiz).documentElement?.getAttribute('identifier') !== id) {
		problems.push(`${meta_path} has no <quiz identifier="${id}">`);
	}
	return problems;
}

/** A field of Canvas's quiz settings (assessment_meta.xml), by name: the quiz's own, not its assignment's. */
export function quiz_setting(meta: string, name: string): string | undefined {
	const field = kids(parse_xml(meta).documentElement!, name)[0];
	return field && text(field);
}
