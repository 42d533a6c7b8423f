import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Folders that may hold the schemas, first found wins: MOBILIZE_XSD_DIR, the repository's
 * tests/fixtures/xsd/, and shared/xsd/ beside the clone (where CI has shared/). The IMS
 * schemas are third-party files and may be absent from a clone; Moodle's is ours.
 */
const PLACES = [
	process.env.MOBILIZE_XSD_DIR,
	join(ROOT, 'tests', 'fixtures', 'xsd'),
	join(ROOT, '..', 'shared', 'xsd')
].filter((place): place is string => Boolean(place));

/** A schema to validate against: its main file and every file it imports, by relative name. */
export interface SchemaSet {
	main: string;
	files: XMLFileInfo[];
}

function files_under(folder: string, edit: (text: string) => string = (text) => text) {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walk(path) : [path];
		});
	return walk(folder)
		.filter((path) => path.endsWith('.xsd'))
		.map((path) => ({
			fileName: relative(folder, path),
			contents: edit(readFileSync(path, 'utf8'))
		}));
}

function find(format: string, main: string) {
	return PLACES.map((place) => join(place, format)).find((dir) => existsSync(join(dir, main)));
}

/**
 * The copy of the QTI 1.2 schema found in public repositories is Moodle's
 * `ims_qtiasiv1p2_def_copy.xsd`: IMS's ims_qtiasiv1p2p1.xsd with the target namespace renamed
 * by IMS's SchemaProf tool (and, in some copies, `http://www.w3.org` turned into `https`).
 * Restoring IMS's namespace and the local xml.xsd makes it validate documents as IMS wrote it.
 */
function restore_qti12(text: string) {
	return text
		.replace(/https:\/\/www\.w3\.org\//g, 'http://www.w3.org/')
		.replace(/"ims_qtiasiv1p2_def_copy\.xsd"/g, '"http://www.imsglobal.org/xsd/ims_qtiasiv1p2"')
		.replace(/schemaLocation="http:\/\/www\.w3\.org\/2001\/xml\.xsd"/, 'schemaLocation="xml.xsd"');
}

/** The schemas of one format, or undefined when they are not on this machine. */
export function schema_set(
	format: 'qti21' | 'imscp' | 'qti12' | 'moodle-xml'
): SchemaSet | undefined {
	switch (format) {
		case 'qti21':
		case 'imscp': {
			const main = format === 'qti21' ? 'qtiv2p1/imsqti_v2p1.xsd' : 'imscp_v1p1.xsd';
			const dir = find('qti21', main);
			return dir ? { main, files: files_under(dir) } : undefined;
		}
		case 'qti12': {
			const dir = find('qti12', 'ims_qtiasiv1p2_def_copy.xsd');
			return dir
				? { main: 'ims_qtiasiv1p2_def_copy.xsd', files: files_under(dir, restore_qti12) }
				: undefined;
		}
		case 'moodle-xml': {
			const dir = find('moodle-xml', 'moodle_quiz.xsd');
			return dir ? { main: 'moodle_quiz.xsd', files: files_under(dir) } : undefined;
		}
	}
}

/**
 * Validates documents against a schema with libxml2 (xmllint compiled to WebAssembly). Returns
 * libxml2's messages, each naming the document and line; none when every document is valid.
 * One call compiles the schema once, whatever the number of documents.
 */
export async function validate(set: SchemaSet, documents: XMLFileInfo[]): Promise<string[]> {
	const schema = set.files.find((file) => file.fileName === set.main)!;
	const result = await validateXML({
		xml: documents,
		schema,
		preload: set.files.filter((file) => file !== schema),
		maxMemoryPages: 4096
	});
	return result.errors.map((error) => error.rawMessage);
}
