import type { Content } from '../src/lib/content/types';
import { export_bank, format_report } from '../src/lib/export/export_bank';
import { build_quiz } from '../src/lib/quiz/bank';
import { quiz_documents_of } from '../src/lib/quiz/source';
import type { Selection } from '../src/lib/quiz/types';
import { parse_args, USAGE, type Format } from './args';
import { checked_content } from './checked_content';
import { format_json } from '../src/lib/export/json';
import { resolve_selection } from './selection';

/** Where the exporter reads content and writes its output; the real one is process I/O. */
export interface ExportIo {
	stdout(text: string): void;
	stderr(text: string): void;
	write_file(path: string, data: string | Uint8Array): void;
	/** The content folder; content/ (or MOBILIZE_CONTENT) when left out. */
	content_root?: string;
	/**
	 * Content already checked as the build checks it, read instead of `content_root`: tests that
	 * run the exporter many times check the real content once.
	 */
	content?: Content;
}

/** The formats whose file is a zip package: written only to the file --out names. */
const ZIP_FORMATS: ReadonlySet<Format> = new Set<Format>(['qti21', 'qti12']);

function describe(selection: Selection) {
	const parts = (['documents', 'lessons', 'types'] as const)
		.filter((key) => selection[key])
		.map((key) => `${key} ${selection[key]!.join(', ')}`);
	return parts.length ? `the selection (${parts.join('; ')})` : 'the content';
}

/**
 * The exporter: reads the command line, checks the content as the build does, and writes the
 * selected items in the asked format. Returns the exit code: 0, 1 for content the build would
 * refuse, 2 for a mistake on the command line (one line on stderr starting "export: ").
 */
export function export_main(argv: readonly string[], io: ExportIo): number {
	const fail = (message: string, code: number) => {
		io.stderr(`export: ${message}\n`);
		return code;
	};
	const parsed = parse_args(argv);
	if (!parsed.ok) return fail(parsed.message, 2);
	const { options } = parsed;
	if (options.help) {
		io.stdout(`${USAGE}\n`);
		return 0;
	}
	// Before the content is read: a zip is bytes, which a terminal or a pipe would garble.
	if (ZIP_FORMATS.has(options.format) && !options.out) {
		return fail(
			`${options.format} writes a zip file: give --out FILE, e.g. --out questions.zip`,
			2
		);
	}

	// The same check the build runs, schema and quality gates, failing with the same lines.
	const content =
		io.content ?? checked_content({ root: io.content_root, write: (text) => io.stderr(text) });
	if (!content) return 1;
	const documents = quiz_documents_of(content);

	const resolved = resolve_selection(options, documents);
	if (!resolved.ok) return fail(resolved.message, 2);
	const { selection } = resolved;
	const items = build_quiz({ documents, seed: options.seed, selection });
	if (!items.length) return fail(`no items match ${describe(selection)}`, 2);

	let data: string | Uint8Array;
	if (options.format === 'json') {
		data = format_json({ seed: options.seed, selection, items });
	} else {
		const bank = { title: content.site.title, items, documents };
		const { files, report } = export_bank(options.format, bank);
		io.stderr(format_report(report));
		// Every format writes one file; a format of several files would zip them itself.
		const [file] = files;
		if (!file || !report.written) return fail(`no items can be written as ${options.format}`, 1);
		data = file.data;
	}
	if (options.out) io.write_file(options.out, data);
	else io.stdout(typeof data === 'string' ? data : new TextDecoder().decode(data));
	return 0;
}
