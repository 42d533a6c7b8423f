import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../src/lib/quiz/types';
import { parse_args } from './args';

function message(argv: string[]) {
	const parsed = parse_args(argv);
	if (parsed.ok) throw new Error(`expected ${argv.join(' ')} to be refused`);
	return parsed.message;
}

describe('parse_args', () => {
	it('defaults to json, seed 1 and every item', () => {
		expect(parse_args([])).toEqual({ ok: true, options: { help: false, format: 'json', seed: 1 } });
		expect(parse_args(['--format', 'json'])).toEqual(parse_args([]));
	});

	it('reads every option, in both --flag value and --flag=value form', () => {
		const parsed = parse_args([
			'--format=JSON',
			'--seed',
			'42',
			'--lessons',
			'charity, mutual-aid/conclusion',
			'--documents=mutual-aid',
			'--types',
			'matching,fill-in',
			'--count=5'
		]);
		expect(parsed).toEqual({
			ok: true,
			options: {
				help: false,
				format: 'json',
				seed: 42,
				lessons: ['charity', 'mutual-aid/conclusion'],
				documents: ['mutual-aid'],
				types: ['matching', 'fill-in'],
				count: 5
			}
		});
	});

	it('accepts the largest 32-bit seed and seed 0', () => {
		expect(parse_args(['--seed', '4294967295'])).toMatchObject({ options: { seed: 4294967295 } });
		expect(parse_args(['--seed', '0'])).toMatchObject({ options: { seed: 0 } });
	});

	it('drops repeated names in a list', () => {
		expect(parse_args(['--types', 'matching,matching'])).toMatchObject({
			options: { types: ['matching'] }
		});
	});

	it('asks for help with --help or -h, whatever else is given', () => {
		expect(parse_args(['--bogus', '--help'])).toMatchObject({ ok: true, options: { help: true } });
		expect(parse_args(['-h'])).toMatchObject({ ok: true, options: { help: true } });
	});

	it('refuses unknown options and stray arguments', () => {
		expect(message(['--bogus'])).toBe('unknown option "--bogus" (see --help)');
		expect(message(['json'])).toMatch(/^unexpected argument "json"/);
		expect(message(['-s', '3'])).toMatch(/^unexpected argument "-s"/);
	});

	it('refuses an option without its value', () => {
		expect(message(['--seed'])).toBe('--seed needs a value (see --help)');
		expect(message(['--lessons', '--count', '3'])).toBe('--lessons needs a value (see --help)');
		expect(message(['--types='])).toBe('--types needs a value (see --help)');
	});

	it('refuses an option given twice', () => {
		expect(message(['--seed', '1', '--seed', '2'])).toBe('--seed is given more than once');
	});

	it.each(['x', '1.5', '-1', '1e3', '4294967296', ' '])('refuses the seed %j', (seed) => {
		expect(message(['--seed', seed])).toMatch(/^--seed (must be a whole number|needs a value)/);
	});

	it.each(['0', 'ten', '2.5', '-3'])('refuses the count %j', (count) => {
		expect(message(['--count', count])).toBe(
			`--count must be a whole number of at least 1, not "${count}"`
		);
	});

	it('reads every format, and the names people type for them', () => {
		const format = (name: string) => {
			const parsed = parse_args(['--format', name]);
			return parsed.ok ? parsed.options.format : parsed.message;
		};
		for (const name of ['json', 'gift', 'moodle-xml', 'qti21', 'qti12'])
			expect(format(name)).toBe(name);
		expect([format('Moodle'), format('xml'), format('qti'), format('canvas')]).toEqual([
			'moodle-xml',
			'moodle-xml',
			'qti21',
			'qti12'
		]);
		expect(message(['--format', 'csv'])).toBe(
			'unknown format "csv"; use one of json, gift, moodle-xml, qti21, qti12'
		);
	});

	it('reads --out, and wants a file name after it', () => {
		expect(parse_args(['--format', 'qti21', '--out', 'bank.zip'])).toMatchObject({
			ok: true,
			options: { format: 'qti21', out: 'bank.zip' }
		});
		expect(message(['--out'])).toBe('--out needs a value (see --help)');
	});

	it('refuses an unknown item type and lists the valid ones', () => {
		const refused = message(['--types', 'matching,essay']);
		expect(refused).toMatch(/^unknown type "essay"; valid types: /);
		for (const type of ITEM_TYPES) expect(refused).toContain(type);
	});

	it('refuses an empty name in a list', () => {
		expect(message(['--lessons', 'a,,b'])).toMatch(/^--lessons has an empty name in "a,,b"/);
	});
});
