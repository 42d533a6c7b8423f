import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ASSIGNMENT } from '$testing/classroom';
import { base64url, fields_text, forge_link } from '$testing/forged_link';
import { MAX_SEED } from '../quiz/seed';
import { ITEM_TYPES } from '../quiz/types';
import { assignment_id, hex_hash, LIMITS, type Assignment } from './assignment';
import { decode_assignment_link, encode_assignment_link, LINK_VERSION } from './link';

const assignment = SAMPLE_ASSIGNMENT;

const text = (max: number, min = 0) =>
	fc.string({ unit: 'grapheme', minLength: min, maxLength: max });
const names = fc.option(fc.array(text(LIMITS.name, 1), { maxLength: 6 }), { nil: undefined });

/** Any assignment the schema accepts, titles and instructions in any script and with markup. */
const assignments: fc.Arbitrary<Assignment> = fc.record(
	{
		title: text(LIMITS.title, 1).filter((t) => t.trim() === t && t.length > 0),
		instructions: text(300),
		selection: fc.record(
			{
				documents: names,
				lessons: names,
				types: fc.option(fc.subarray([...ITEM_TYPES]), { nil: undefined }),
				count: fc.integer({ min: 1, max: LIMITS.count })
			},
			{ requiredKeys: ['count'] }
		),
		seed: fc.integer({ min: 0, max: MAX_SEED }),
		mode: fc.constantFrom('practice' as const, 'exam' as const),
		pass: fc.integer({ min: 0, max: 100 }),
		due: fc.option(
			fc
				.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10)),
			{ nil: undefined }
		),
		fingerprint: fc.stringMatching(/^[0-9a-f]{8}$/)
	},
	{ requiredKeys: ['title', 'instructions', 'selection', 'seed', 'mode', 'pass', 'fingerprint'] }
);

describe('assignment links', () => {
	it('read back the assignment they were made from, with its id', () => {
		const code = encode_assignment_link(assignment);
		expect(decode_assignment_link(`#${code}`)).toEqual({
			ok: true,
			assignment,
			id: assignment_id(assignment)
		});
		expect(code.startsWith(`${LINK_VERSION}.`)).toBe(true);
		// Fragment-safe: nothing a browser or chat program would escape or cut at.
		expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
	});

	it('round-trip every assignment the schema accepts', () => {
		fc.assert(
			fc.property(assignments, (a) => {
				const decoded = decode_assignment_link(encode_assignment_link(a));
				expect(decoded).toEqual({ ok: true, assignment: a, id: assignment_id(a) });
			}),
			{ numRuns: 500 }
		);
	});

	it('say a link cut short is cut short, wherever it is cut', () => {
		const code = encode_assignment_link(assignment);
		for (let end = 1; end < code.length; end++) {
			const decoded = decode_assignment_link(code.slice(0, end));
			expect(decoded, `cut at ${end}`).toMatchObject({ ok: false, kind: 'truncated' });
		}
	});

	it('say a link changed by one character was changed', () => {
		const code = encode_assignment_link(assignment);
		const body_start = code.lastIndexOf('.') + 1;
		for (let at = body_start; at < code.length; at++) {
			const swapped = code[at] === 'A' ? 'B' : 'A';
			const decoded = decode_assignment_link(code.slice(0, at) + swapped + code.slice(at + 1));
			expect(decoded, `changed at ${at}`).toMatchObject({ ok: false, kind: 'changed' });
		}
	});

	it('name a newer format, an unknown one, an empty link and other text apart', () => {
		const code = encode_assignment_link(assignment);
		expect(decode_assignment_link(`#2${code.slice(1)}`)).toMatchObject({
			kind: 'version',
			problem: expect.stringContaining('newer version') as string
		});
		expect(decode_assignment_link(`0${code.slice(1)}`)).toMatchObject({ kind: 'version' });
		expect(decode_assignment_link('#')).toMatchObject({ kind: 'empty' });
		expect(decode_assignment_link('MZR1-abc')).toMatchObject({ kind: 'not-a-link' });
	});

	it('refuse a link whose check digits pass but whose assignment does not', () => {
		// Made as the encoder would, around a body the schema refuses (a count of 0).
		const body = btoa(
			JSON.stringify(['T', '', null, null, null, 0, 1, 'exam', 50, null, 'a1b2c3d4'])
		)
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
		const forged = encode_assignment_link(assignment).split('.');
		const decoded = decode_assignment_link(
			`${forged[0]}.${body.length.toString(36)}.${hex_hash(body)}.${body}`
		);
		expect(decoded).toMatchObject({
			ok: false,
			kind: 'invalid',
			problem: expect.stringContaining('selection.count') as string
		});
	});

	it('refuse a body the encoder would write otherwise, though the schema would read it', () => {
		// The teacher's fields, written as the encoder never writes them, each around right check
		// digits: the schema trims a title, and JSON.parse takes any spacing or escape.
		const fields = fields_text(assignment);
		const title = JSON.stringify(assignment.title);
		const escaped = `"\\u${assignment.title.charCodeAt(0).toString(16).padStart(4, '0')}${title.slice(2)}`;
		const written = [
			fields.replace(title, JSON.stringify(` ${assignment.title} `)),
			JSON.stringify(JSON.parse(fields), null, 1),
			fields.replace(title, escaped)
		];
		expect(written.map((text) => decode_assignment_link(forge_link(base64url(text))))).toEqual(
			written.map(() => ({
				ok: false,
				kind: 'invalid',
				problem: 'This link’s assignment is not in the form this page reads.',
				ask: expect.any(String) as string
			}))
		);
		// The fields as the encoder writes them pass.
		expect(decode_assignment_link(forge_link(base64url(fields)))).toMatchObject({ ok: true });
	});
});
