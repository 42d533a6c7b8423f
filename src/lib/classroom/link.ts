import { from_base64url, to_base64url } from './base64url';
import * as v from 'valibot';
import {
	assignment_id,
	assignment_schema,
	canonical_assignment,
	first_issue,
	hex_hash,
	type Assignment
} from './assignment';

/**
 * An assignment as the code in its share link's fragment (`/assignment/#<code>`), so the static
 * host never sees it. The code is `<version>.<length>.<checksum>.<body>`: the body is the
 * assignment's fields in a fixed order (a JSON array, shorter than an object), base64url-encoded;
 * the length tells a link cut short from one changed by hand, and the checksum catches the
 * change. Synchronous, so the builder's link follows every keystroke.
 */
export const LINK_VERSION = 1;

export type LinkProblem = 'empty' | 'not-a-link' | 'version' | 'truncated' | 'changed' | 'invalid';

export type DecodedLink =
	| { ok: true; assignment: Assignment; id: string }
	| { ok: false; kind: LinkProblem; problem: string; ask: string };

export function encode_assignment_link(assignment: Assignment): string {
	const body = link_body(assignment);
	return `${LINK_VERSION}.${body.length.toString(36)}.${hex_hash(body)}.${body}`;
}

/** The assignment's fields, in their fixed order, as the link's body. */
function link_body(assignment: Assignment): string {
	const a = canonical_assignment(assignment);
	const fields = [
		a.title,
		a.instructions,
		a.selection.documents ?? null,
		a.selection.lessons ?? null,
		a.selection.types ?? null,
		a.selection.count,
		a.seed,
		a.mode,
		a.pass,
		a.due ?? null,
		a.fingerprint
	];
	return to_base64url(new TextEncoder().encode(JSON.stringify(fields)));
}

const ASK_LINK = 'Ask your teacher to send the link again, or to share it as a QR code.';
const NOT_ITS_FORM = 'This link’s assignment is not in the form this page reads.';

function problem(kind: LinkProblem, text: string, ask = ASK_LINK): DecodedLink {
	return { ok: false, kind, problem: text, ask };
}

/**
 * Reads a link's code (the fragment, with or without its `#`). Every way it can be wrong gets
 * its own message saying what to ask the teacher for; nothing in it is trusted before the
 * checksum and the schema have passed, and reading it never throws.
 */
export function decode_assignment_link(fragment: string): DecodedLink {
	const code = fragment.replace(/^#/, '').replace(/\s+/g, '');
	if (!code) {
		return problem(
			'empty',
			'This link has no assignment in it: the part after “#” is missing.',
			'Ask your teacher for the whole link; it is long and ends with the assignment’s code.'
		);
	}
	const match = /^(\d{1,6})(?:\.([0-9a-z]{0,8})(?:\.([0-9a-f]{0,8})(?:\.(.*))?)?)?$/.exec(code);
	const version = match?.[1];
	if (!match || version === undefined) {
		return problem('not-a-link', 'This is not an assignment link from Mobilize.');
	}
	if (Number(version) > LINK_VERSION) {
		return problem(
			'version',
			`This assignment was made with a newer version of Mobilize (link format ${version}) than this page reads.`,
			'Reload this page to get the newest version; if it still says so, ask your teacher which site the link is for.'
		);
	}
	if (Number(version) !== LINK_VERSION) {
		return problem('version', `This link has an unknown format (${version}).`);
	}
	const [, , length, sum, body] = match;
	const expected = length ? parseInt(length, 36) : NaN;
	if (body === undefined || sum?.length !== 8 || Number.isNaN(expected) || body.length < expected) {
		return problem(
			'truncated',
			'This link is cut short: part of the assignment is missing (this often happens when a link is copied from a message that wrapped it).',
			'Ask your teacher to send the whole link again, or open it from the QR code.'
		);
	}
	if (body.length > expected || hex_hash(body) !== sum) {
		return problem(
			'changed',
			'This link was changed after it was made: its check digits do not match, so the assignment cannot be trusted.',
			ASK_LINK
		);
	}
	return read_body(body);
}

function read_body(body: string): DecodedLink {
	let fields: unknown;
	try {
		fields = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(from_base64url(body)));
	} catch {
		return problem('invalid', 'This link’s assignment cannot be read.');
	}
	if (!Array.isArray(fields) || fields.length !== 11) {
		return problem('invalid', NOT_ITS_FORM);
	}
	const [
		title,
		instructions,
		documents,
		lessons,
		types,
		count,
		seed,
		mode,
		pass,
		due,
		fingerprint
	] = fields as unknown[];
	const data = {
		title,
		instructions,
		selection: {
			...(documents !== null && { documents }),
			...(lessons !== null && { lessons }),
			...(types !== null && { types }),
			count
		},
		seed,
		mode,
		pass,
		...(due !== null && { due }),
		fingerprint
	};
	const parsed = v.safeParse(assignment_schema, data);
	if (!parsed.success) {
		return problem(
			'invalid',
			`This link’s assignment is not valid (${first_issue(parsed.issues)}).`
		);
	}
	const assignment = parsed.output;
	// Read only as written: a body the encoder would write otherwise (a title with spaces at its
	// ends, which the schema trims; JSON spaced or escaped differently) was not made by a teacher.
	if (link_body(assignment) !== body) {
		return problem('invalid', NOT_ITS_FORM);
	}
	return { ok: true, assignment, id: assignment_id(assignment) };
}
