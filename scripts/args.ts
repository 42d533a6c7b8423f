import { EXPORT_FORMATS } from '../src/lib/export/export_bank';
import { ITEM_TYPES, type ItemType } from '../src/lib/quiz/types';
import { at } from '../src/lib/must';

/** Formats the exporter writes: the bank as JSON, and the LMS formats of src/lib/export. */
export const FORMATS = ['json', ...EXPORT_FORMATS] as const;
export type Format = (typeof FORMATS)[number];

/** Names people are likely to type for a format, and the format they mean. */
const ALIASES = new Map<string, Format>([
	['moodle', 'moodle-xml'],
	['xml', 'moodle-xml'],
	['qti', 'qti21'],
	['canvas', 'qti12']
]);
const MAX_SEED = 4294967295;

export const USAGE = `Usage: npm run export -- --format json|gift|moodle-xml|qti21|qti12 [options]

Writes the quiz bank generated from content/ to stdout, or to a file with --out. For the LMS
formats, stderr says which item types were kept, converted to another form, or skipped.

Formats:
  json                every field of every item (default)
  gift                Moodle's GIFT text format
  moodle-xml          Moodle XML
  qti21               QTI 2.1 content package (a zip: needs --out)
  qti12               QTI 1.2 for Canvas (a zip Canvas imports as it is: needs --out)

Options:
  --format NAME       output format, one of the above
  --out FILE          write to FILE instead of stdout (needed for qti21 and qti12)
  --seed N            seed for distractors and option order, 0 to ${MAX_SEED} (default 1)
  --documents a,b     only these documents (folder names without the number, e.g. mutual-aid)
  --lessons a,b       only these lessons, as slug or document/slug
  --types t1,t2       only these item types: ${ITEM_TYPES.join(', ')}
  --count N           how many items, drawn as a quiz would (default: every matching item)
  --help              show this help`;

export interface ExportOptions {
	help: boolean;
	format: Format;
	seed: number;
	documents?: string[];
	lessons?: string[];
	types?: ItemType[];
	count?: number;
	out?: string;
}

export type ParsedArgs = { ok: true; options: ExportOptions } | { ok: false; message: string };

type Flag = 'format' | 'seed' | 'documents' | 'lessons' | 'types' | 'count' | 'out';
const FLAGS = new Set<string>(['format', 'seed', 'documents', 'lessons', 'types', 'count', 'out']);

class ArgError extends Error {}

/**
 * Reads the exporter's command line (`process.argv.slice(2)`). Never throws: a mistake comes
 * back as one message that says what to type instead. Accepts `--flag value` and `--flag=value`.
 */
export function parse_args(argv: readonly string[]): ParsedArgs {
	if (argv.includes('--help') || argv.includes('-h')) {
		return { ok: true, options: { help: true, format: 'json', seed: 1 } };
	}
	const options: ExportOptions = { help: false, format: 'json', seed: 1 };
	const given = new Set<Flag>();
	try {
		for (let i = 0; i < argv.length; i++) {
			const arg = at(argv, i);
			if (!arg.startsWith('--')) {
				throw new ArgError(`unexpected argument "${arg}" (options start with --; see --help)`);
			}
			const equals = arg.indexOf('=');
			const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
			if (!FLAGS.has(name)) throw new ArgError(`unknown option "--${name}" (see --help)`);
			const flag = name as Flag;
			if (given.has(flag)) throw new ArgError(`--${flag} is given more than once`);
			given.add(flag);
			let value: string | undefined;
			if (equals !== -1) value = arg.slice(equals + 1);
			else if (argv[i + 1] !== undefined && !argv[i + 1]?.startsWith('--')) value = argv[++i];
			if (value === undefined || value.trim() === '') {
				throw new ArgError(`--${flag} needs a value (see --help)`);
			}
			apply(options, flag, value.trim());
		}
	} catch (error) {
		if (error instanceof ArgError) return { ok: false, message: error.message };
		throw error;
	}
	return { ok: true, options };
}

function apply(options: ExportOptions, flag: Flag, value: string) {
	switch (flag) {
		case 'format':
			options.format = format(value);
			break;
		case 'seed':
			options.seed = whole(flag, value, 0, MAX_SEED);
			break;
		case 'count':
			options.count = whole(flag, value, 1, Number.MAX_SAFE_INTEGER);
			break;
		case 'documents':
			options.documents = list(flag, value);
			break;
		case 'lessons':
			options.lessons = list(flag, value);
			break;
		case 'types':
			options.types = list(flag, value).map(item_type);
			break;
		case 'out':
			options.out = value;
			break;
	}
}

function format(value: string): Format {
	const name = value.toLowerCase();
	const known = FORMATS.find((f) => f === name) ?? ALIASES.get(name);
	if (known) return known;
	throw new ArgError(`unknown format "${value}"; use one of ${FORMATS.join(', ')}`);
}

function whole(flag: Flag, value: string, min: number, max: number) {
	const n = /^\d+$/.test(value) ? Number(value) : NaN;
	if (!Number.isSafeInteger(n) || n < min || n > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
		throw new ArgError(`--${flag} must be a whole number ${range}, not "${value}"`);
	}
	return n;
}

function list(flag: Flag, value: string) {
	const names = value.split(',').map((name) => name.trim());
	if (names.some((name) => name === '')) {
		throw new ArgError(`--${flag} has an empty name in "${value}" (separate names with commas)`);
	}
	return [...new Set(names)];
}

function item_type(name: string): ItemType {
	const type = ITEM_TYPES.find((t) => t === name);
	if (!type) {
		throw new ArgError(`unknown type "${name}"; valid types: ${ITEM_TYPES.join(', ')}`);
	}
	return type;
}
