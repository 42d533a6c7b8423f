import { interaction_id, option_id } from '../content/ids';
import { grade_answer } from '../quiz/grade';
import type { Answer, Item } from '../quiz/types';
import { cmi_timespan } from './lms';

/**
 * One answered question as SCORM 1.2 reports it to the LMS (RTE 3.4.2.7, `cmi.interactions.n`):
 * the elements below `cmi.interactions.n.`, in the order they are written (`id` first: it makes
 * the record), each in its data type's format. Teachers read these in the LMS's report.
 */
export type InteractionFields = [element: string, value: string][];

/** CMIString255 (RTE A.1): what fill-in texts are limited to. */
const MAX_TEXT = 255;

/**
 * A choice's or a matching target's identifier: SCORM 1.2 allows one character, 0-9 or a-z
 * (RTE 3.4.2.7.5), so options are lettered by their place, as the worksheet prints them (A is
 * `a`), and matching prompts numbered (1 to 9, then a to z).
 */
const letter = (index: number) =>
	index >= 0 && index < 26 ? String.fromCharCode(97 + index) : undefined;
const numeral = (index: number) =>
	index >= 0 && index < 35 ? (index + 1).toString(36) : undefined;

/**
 * Text as CMIString255: printable, on one line, at most 255 characters (UTF-16 units, as an LMS's
 * JavaScript counts them), never cut inside a character written as two (an emoji, say).
 */
export function text255(text: string) {
	const cut = text
		// eslint-disable-next-line no-control-regex -- control characters are what is removed
		.replace(/[\u0000-\u001f\u007f]+/g, ' ')
		.trim()
		.slice(0, MAX_TEXT);
	return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The item's SCORM 1.2 interaction type, and how an answer and the key are written in it. */
function formats(item: Item) {
	const index = (id: string | undefined) => item.options.findIndex((o) => o.id === id);
	const key = item.options.find((o) => o.correct);
	if (item.type === 'matching') {
		const prompts = item.prompts ?? [];
		// Each prompt given a match (all of them for the key), as `1.a,2.c`; a prompt left
		// unmatched is left out. A pair that cannot be written in SCORM's one-character form:
		// none is written.
		const pairs = (pick: (prompt: string) => string | undefined, all: boolean) => {
			const written: string[] = [];
			for (const [i, prompt] of prompts.entries()) {
				const chosen = pick(prompt.id);
				if (chosen === undefined && !all) continue;
				const target = letter(index(chosen));
				const source = numeral(i);
				if (!source || !target) return undefined;
				written.push(`${source}.${target}`);
			}
			return written.length ? written.join(',') : undefined;
		};
		const key = pairs((p) => item.options.find((o) => o.matches === p)?.id, true);
		return {
			type: 'matching',
			response: (answer: Answer) =>
				answer.kind === 'pairs' ? pairs((p) => answer.pairs[p], false) : undefined,
			patterns: key === undefined ? [] : [key]
		};
	}
	if (item.type === 'fill-in') {
		// The term itself, typed or (in the player) chosen: a teacher reads it as it is.
		return {
			type: 'fill-in',
			response: (answer: Answer) =>
				answer.kind === 'text'
					? text255(answer.text)
					: answer.kind === 'option'
						? text255(item.options[index(answer.option)]?.text ?? '')
						: undefined,
			// Every spelling the quiz accepts is right, so each is a correct response of its own.
			patterns: [
				...new Set([key?.text, ...(item.accept ?? [])].map((t) => text255(t ?? '')))
			].filter((t) => t !== '')
		};
	}
	const true_false =
		item.type === 'true-false' &&
		item.options.every((o) => o.id === option_id.TRUE || o.id === option_id.FALSE);
	const choice = (id: string | undefined) =>
		true_false
			? id === option_id.TRUE
				? 't'
				: id === option_id.FALSE
					? 'f'
					: undefined
			: letter(index(id));
	return {
		type: true_false ? 'true-false' : 'choice',
		response: (answer: Answer) => (answer.kind === 'option' ? choice(answer.option) : undefined),
		patterns: [choice(key?.id)].filter((p) => p !== undefined)
	};
}

/**
 * `cmi.interactions.n.result` (RTE 3.4.2.7.6): "correct" or "wrong", or, for part credit (a
 * matching answer partly right), the credit as a CMIDecimal between 0 and 1, as the score counts
 * it. Four places keep a part from reading as 0 or 1.
 */
export function result(score: number) {
	if (score >= 1) return 'correct';
	if (score <= 0) return 'wrong';
	return String(Number(score.toFixed(4)));
}

/** A time of day as CMITime (RTE A.2): `HH:MM:SS`, on the learner's clock. */
export function cmi_time(ms: number) {
	const at = new Date(ms);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

/**
 * The interaction for the answer to `item`, the `position`th question (from 0): its id is the
 * question's number and the item's id (`interaction_id`), the same for every learner. `answered` is
 * when it was given; `shown`, when the question was put on screen, gives the latency, if known.
 */
export function interaction(options: {
	item: Item;
	position: number;
	answer: Answer;
	answered: number;
	shown?: number;
}): InteractionFields {
	const { item, position, answer, answered, shown } = options;
	const { type, response, patterns } = formats(item);
	const given = response(answer);
	const fields: InteractionFields = [
		['id', interaction_id(position + 1, item.id)],
		['type', type],
		['time', cmi_time(answered)],
		['weighting', '1']
	];
	if (given !== undefined) fields.push(['student_response', given]);
	for (const [n, pattern] of patterns.entries())
		fields.push([`correct_responses.${n}.pattern`, pattern]);
	fields.push(['result', result(grade_answer(item, answer).score)]);
	if (shown !== undefined && shown <= answered)
		fields.push(['latency', cmi_timespan(answered - shown)]);
	return fields;
}
