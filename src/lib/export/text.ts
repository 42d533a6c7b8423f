import type { Item, Option } from '../quiz/types';
import type { Decision } from './report';
import type { ExportBank } from './types';

/**
 * The question as one line of plain text: the stem, then the material it asks about in
 * quotation marks, as the quiz shows it below the stem.
 */
export function question_text(item: Item): string {
	return item.prompt ? `${item.stem} “${item.prompt}”` : item.stem;
}

/** The question as HTML for formats whose question text is HTML: stem and prompt as paragraphs. */
export function question_html(item: Item): string {
	const stem = `<p>${escape_xml(item.stem)}</p>`;
	return item.prompt ? `${stem}<blockquote><p>${escape_xml(item.prompt)}</p></blockquote>` : stem;
}

/** A short, unique name for an LMS's question list: the item id and the start of the stem. */
export function question_name(item: Item): string {
	const text = question_text(item);
	const short = text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
	return `${item.id} ${short}`;
}

/**
 * Text for XML character data and attribute values. Characters XML 1.0 forbids (C0 controls
 * but tab, newline and carriage return) are dropped: content never has them, and one would make
 * the whole file unreadable.
 */
export function escape_xml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex -- these are the characters XML forbids
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}

/** Document and lesson titles of an item, for categories; the slugs when the bank lacks them. */
export function item_place(bank: ExportBank, item: Item): { document: string; lesson: string } {
	const document = bank.documents.find((doc) => doc.slug === item.document);
	const lesson = document?.lessons.find((l) => l.slug === item.source.lesson);
	return {
		document: document?.title ?? item.document,
		lesson: lesson?.title ?? item.source.section
	};
}

/** The items grouped by document and lesson, in the order they first appear. */
export function by_lesson(bank: ExportBank): { path: string[]; items: Item[] }[] {
	const groups = new Map<string, { path: string[]; items: Item[] }>();
	for (const item of bank.items) {
		const place = item_place(bank, item);
		const key = `${item.document}\n${item.source.lesson}`;
		const group = groups.get(key) ?? {
			path: [bank.title, place.document, place.lesson],
			items: []
		};
		group.items.push(item);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/**
 * A Moodle category path (GIFT's `$CATEGORY:` and Moodle XML's category question). Moodle splits
 * the path at `/` and reads `//` as a slash inside a name.
 */
export function moodle_category(path: readonly string[]): string {
	return ['$course$', 'top', ...path.map((name) => name.replace(/\//g, '//'))].join('/');
}

/** The one right option of a single-answer item, or undefined when it has none or several. */
export function single_key(item: Item): Option | undefined {
	const keys = item.options.filter((option) => option.correct);
	return keys.length === 1 ? keys[0] : undefined;
}

/** Matching pairs, prompt by prompt; undefined when a prompt has no option or fewer than two. */
export function matching_pairs(item: Item): { prompt: string; option: Option }[] | undefined {
	const prompts = item.prompts ?? [];
	const pairs = prompts.map((prompt) => ({
		prompt: prompt.text,
		option: item.options.find((option) => option.matches === prompt.id)
	}));
	if (pairs.length < 2 || pairs.some((pair) => !pair.option)) return undefined;
	return pairs as { prompt: string; option: Option }[];
}

/** How the formats that share one shape of answer treat each item. */
export type Shape = 'choice' | 'true-false' | 'matching' | 'short';

/**
 * The shape an item is written in, before a format names it. A fill-in item is typed (short
 * answer) when it has accepted answers, else chosen from its options; true-false needs a True
 * and a False option.
 */
export function shape_of(item: Item): Shape | undefined {
	if (item.type === 'matching') return matching_pairs(item) ? 'matching' : undefined;
	if (item.type === 'fill-in' && item.accept?.length) return 'short';
	if (!single_key(item)) return undefined;
	if (item.type === 'true-false') {
		const ids = item.options.map((option) => option.id).sort();
		return ids.join() === 'false,true' ? 'true-false' : 'choice';
	}
	return 'choice';
}

/** A skipped item's decision, when its data cannot be written in any shape. */
export const MALFORMED: Decision = {
	outcome: 'skipped',
	as: 'no single key, or matching without two complete pairs'
};

/**
 * `total` split into `count` shares written with `digits` decimals, the last taking what
 * rounding left, so that all shares add up to `total` exactly: a matching item answered all
 * right scores full marks in the LMS, not 0.9999.
 */
export function pair_shares(count: number, total: number, digits: number): string[] {
	const scale = 10 ** digits;
	const units = Math.round(total * scale);
	const each = Math.floor(units / count);
	return Array.from({ length: count }, (_, i) =>
		((i === count - 1 ? units - each * (count - 1) : each) / scale).toFixed(digits)
	);
}
