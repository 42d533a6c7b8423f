// Assignment links made around a body of the test's choosing, with the length and check digits
// the encoder would give it (or deliberately wrong ones): how a link whose check digits pass can
// still hold what the decoder must refuse. Used by link_fuzz.test.ts and link.test.ts.
import { hex_hash, type Assignment } from '$lib/classroom/assignment';
import { encode_assignment_link, LINK_VERSION } from '$lib/classroom/link';

/** How the length and check digits around the body are written. */
export type Frame =
	| 'exact'
	/** A length shorter than the body: more was added after the link was made. */
	| 'length-short'
	/** A length longer than the body: the body is cut short. */
	| 'length-long'
	/** No length at all. */
	| 'length-missing'
	/** Check digits cut to fewer than 8. */
	| 'sum-cut';

export const FRAMES: readonly Frame[] = [
	'exact',
	'length-short',
	'length-long',
	'length-missing',
	'sum-cut'
];

/** The code of a link around `body` (base64url text, or anything else), framed as asked. */
export function forge_link(body: string, frame: Frame = 'exact'): string {
	const length =
		frame === 'length-missing'
			? ''
			: (body.length + (frame === 'length-short' ? -1 : frame === 'length-long' ? 1 : 0)).toString(
					36
				);
	const sum = frame === 'sum-cut' ? hex_hash(body).slice(0, 5) : hex_hash(body);
	return `${LINK_VERSION}.${length}.${sum}.${body}`;
}

/** Bytes as RFC 4648 §5 base64url, no padding: a body as the encoder writes one. */
export function base64url(bytes: Uint8Array | string): string {
	const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
	return Buffer.from(data).toString('base64url');
}

/**
 * The fields a body holds, read strictly (base64url alphabet only, UTF-8 without a bad byte,
 * JSON), or undefined: what a link really says, to compare with what the decoder accepted.
 */
export function read_strictly(body: string): unknown {
	if (!/^[A-Za-z0-9_-]*$/.test(body)) return undefined;
	try {
		const bytes = Buffer.from(body, 'base64url');
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
	} catch {
		return undefined;
	}
}

/** The body of the link the encoder makes for `assignment`. */
export function body_of(assignment: Assignment): string {
	return encode_assignment_link(assignment).split('.').slice(3).join('.');
}

/** The JSON text of the fields the encoder writes for `assignment` (an array of 11). */
export function fields_text(assignment: Assignment): string {
	return Buffer.from(body_of(assignment), 'base64url').toString('utf8');
}
