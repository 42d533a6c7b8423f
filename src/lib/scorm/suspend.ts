import { deflateSync, inflateSync } from 'fflate';
import { hex_hash } from '../classroom/assignment';
import { from_base64url, to_base64url } from '../classroom/base64url';
import type { Answer, Item } from '../quiz/types';

/**
 * What a SCORM 1.2 package keeps in `cmi.suspend_data` so a learner resumes where they were:
 * the question on screen, whether they finished, and every answer so far. SCORM 1.2 (RTE 3.4.2)
 * gives suspend_data 4,096 characters (CMIString4096), and an LMS may cut or refuse a longer
 * value, so the codec never writes one: it refuses instead, and the player goes on without
 * resume, saying so. `suspend_bound` tells before the first answer whether every state fits.
 *
 * Answers are stored as option positions, one byte each (a matching item one per row), not as
 * ids or text: the items are in the package, so a position names an option exactly, and 100
 * questions take a few hundred bytes. Deflate (fflate) squeezes the usual runs further; base64url
 * keeps the value to characters every LMS stores as given.
 */
export interface SuspendState {
	/** Index of the question on screen. */
	position: number;
	finished: boolean;
	/** One per item, in the package's order; undefined where not answered yet. */
	answers: (Answer | undefined)[];
}

/** SCORM 1.2's length of `cmi.suspend_data`. */
export const SUSPEND_LIMIT = 4096;

/** Starts every value this codec writes: a future layout gets another, and old values are told apart. */
const PREFIX = 'M1.';
/** Mark of the questions (4 bytes, `suspend_mark`), position (2), flags (1). */
const HEADER = 7;
/** One answer is one byte: 0 for none, else the option's position + 1. */
const MAX_OPTIONS = 255;

export type Encoded = { ok: true; text: string } | { ok: false; problem: string };
export type Decoded = { ok: true; state: SuspendState } | { ok: false; problem: string };

/** Bytes an item's answer takes: one per matching row, else one. */
const width = (item: Item) => (item.type === 'matching' ? (item.prompts ?? []).length : 1);

/**
 * The longest value `encode_suspend` can write for these items, whatever the answers: a deflate
 * stream falls back to stored blocks (5 bytes each, at most 65,535 bytes long) when nothing
 * compresses, and base64 writes 4 characters for 3 bytes. The player asks this before the first
 * answer, so a quiz that could outgrow the limit says so at once, not half-way through.
 */
export function suspend_bound(items: readonly Item[]): number {
	const raw = HEADER + items.reduce((sum, item) => sum + width(item), 0);
	const deflated = raw + 5 * Math.max(1, Math.ceil(raw / 65_535));
	return PREFIX.length + Math.ceil((deflated * 4) / 3);
}

/** Why an assignment cannot be resumed, or undefined when every state of it fits. */
export function suspend_problem(items: readonly Item[]): string | undefined {
	if (items.some((item) => item.options.length > MAX_OPTIONS)) {
		return `a question has more than ${MAX_OPTIONS} options`;
	}
	const bound = suspend_bound(items);
	if (bound > SUSPEND_LIMIT) {
		return `its answers could take ${bound.toLocaleString('en')} characters, more than the ${SUSPEND_LIMIT.toLocaleString('en')} an LMS keeps`;
	}
	return undefined;
}

/**
 * What a stored answer depends on: the questions as the player shows them. Answers are kept as
 * option positions, so the mark covers every item's id, its option ids in order and its prompt
 * ids (with the assignment's `fingerprint`, which covers only the item ids): a package made again
 * with an item's options changed or reordered under the same id refuses the old answers instead
 * of reading them against other options.
 */
export function suspend_mark(items: readonly Item[], fingerprint: string): string {
	const questions = items.map((item) =>
		[
			item.id,
			item.options.map((o) => o.id).join(','),
			(item.prompts ?? []).map((p) => p.id).join(',')
		].join('|')
	);
	return hex_hash([fingerprint, ...questions].join('\n'));
}

/** The 4 bytes of an 8-hex-digit mark. */
function mark_bytes(mark: string) {
	return Uint8Array.from({ length: 4 }, (_, i) => parseInt(mark.slice(i * 2, i * 2 + 2), 16));
}

/**
 * Whether the player can be in this state: the question on screen is one of the items, or, once
 * finished (the results on screen), just past the last.
 */
function possible(position: number, finished: boolean, count: number) {
	return Number.isInteger(position) && position >= 0 && position < count + (finished ? 1 : 0);
}

/**
 * The state as a suspend_data value for these items. `fingerprint` is the assignment's; the
 * value is marked with it and the items' questions (`suspend_mark`), so a value written for
 * another version of the package is refused on reading.
 */
export function encode_suspend(options: {
	items: readonly Item[];
	fingerprint: string;
	state: SuspendState;
}): Encoded {
	const { items, fingerprint, state } = options;
	// A position past 255 would wrap in its byte and name another option.
	if (items.some((item) => item.options.length > MAX_OPTIONS)) {
		return {
			ok: false,
			problem: `This quiz cannot be resumed: a question has more than ${MAX_OPTIONS} options.`
		};
	}
	if (!possible(state.position, state.finished, items.length)) {
		return { ok: false, problem: 'The place in the quiz cannot be stored.' };
	}
	const bytes = new Uint8Array(HEADER + items.reduce((sum, item) => sum + width(item), 0));
	bytes.set(mark_bytes(suspend_mark(items, fingerprint)), 0);
	bytes[4] = state.position >> 8;
	bytes[5] = state.position & 0xff;
	bytes[6] = state.finished ? 1 : 0;
	let at = HEADER;
	for (const [index, item] of items.entries()) {
		const answer = state.answers[index];
		const slots = slots_of(item, answer);
		if (!slots) return { ok: false, problem: `Question ${index + 1}'s answer cannot be stored.` };
		bytes.set(slots, at);
		at += slots.length;
	}
	const text = PREFIX + to_base64url(deflateSync(bytes, { level: 9 }));
	// What deflate makes of these answers may fit where the bound does not; what does not fit is
	// never written, as an LMS may cut it or refuse it.
	if (text.length > SUSPEND_LIMIT) {
		return {
			ok: false,
			problem: `The answers take ${text.length.toLocaleString('en')} characters, more than the ${SUSPEND_LIMIT.toLocaleString('en')} an LMS keeps.`
		};
	}
	return { ok: true, text };
}

/** The bytes of one answer, or undefined for an answer the item does not take. */
function slots_of(item: Item, answer: Answer | undefined): number[] | undefined {
	const place = (id: string | undefined) => {
		const index = item.options.findIndex((o) => o.id === id);
		return index < 0 ? 0 : index + 1;
	};
	if (item.type === 'matching') {
		const prompts = item.prompts ?? [];
		if (!answer) return prompts.map(() => 0);
		if (answer.kind !== 'pairs') return undefined;
		return prompts.map((p) => (Object.hasOwn(answer.pairs, p.id) ? place(answer.pairs[p.id]) : 0));
	}
	if (!answer) return [0];
	// The player answers fill-in items from their list; a typed answer has no position to keep.
	if (answer.kind !== 'option') return undefined;
	const slot = place(answer.option);
	return slot ? [slot] : undefined;
}

/**
 * Reads a suspend_data value back. Anything else (empty, cut short by an LMS, written for
 * another version of the package) is refused with the reason, and the quiz starts afresh.
 */
export function decode_suspend(options: {
	items: readonly Item[];
	fingerprint: string;
	text: string;
}): Decoded {
	const { items, fingerprint, text } = options;
	if (!text.startsWith(PREFIX)) return { ok: false, problem: 'no saved answers of this quiz' };
	let bytes: Uint8Array;
	try {
		bytes = inflateSync(from_base64url(text.slice(PREFIX.length)));
	} catch {
		return { ok: false, problem: 'the saved answers are damaged' };
	}
	const expected = HEADER + items.reduce((sum, item) => sum + width(item), 0);
	const mark = mark_bytes(suspend_mark(items, fingerprint));
	if (bytes.length !== expected || mark.some((byte, i) => bytes[i] !== byte)) {
		return { ok: false, problem: 'the saved answers are of another version of this quiz' };
	}
	const answers: (Answer | undefined)[] = [];
	let at = HEADER;
	for (const item of items) {
		const slots = Array.from(bytes.subarray(at, at + width(item)));
		at += slots.length;
		const answer = answer_of(item, slots);
		if (answer === null) return { ok: false, problem: 'the saved answers are damaged' };
		answers.push(answer);
	}
	const position = ((bytes[4] ?? 0) << 8) | (bytes[5] ?? 0);
	const flags = bytes[6] ?? 0;
	// A state the player cannot be in (past the last question unfinished, an unknown flag) would
	// leave it with nothing to show.
	if (flags > 1 || !possible(position, flags === 1, items.length)) {
		return { ok: false, problem: 'the saved answers are damaged' };
	}
	return { ok: true, state: { position, finished: flags === 1, answers } };
}

/** The answer the bytes name; undefined for none, null for a position past the item's options. */
function answer_of(item: Item, slots: number[]): Answer | undefined | null {
	const option = (slot: number) => (slot === 0 ? undefined : item.options[slot - 1]);
	if (slots.some((slot) => slot !== 0 && !option(slot))) return null;
	if (item.type === 'matching') {
		if (slots.every((slot) => slot === 0)) return undefined;
		const pairs: Record<string, string> = Object.create(null) as Record<string, string>;
		for (const [i, prompt] of (item.prompts ?? []).entries()) {
			const chosen = option(slots[i] ?? 0);
			if (chosen) pairs[prompt.id] = chosen.id;
		}
		return { kind: 'pairs', pairs };
	}
	const chosen = option(slots[0] ?? 0);
	return chosen && { kind: 'option', option: chosen.id };
}
