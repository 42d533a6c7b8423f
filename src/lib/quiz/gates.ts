import { fact_key } from '../content/ids';
import { MIN_HELD_BACK } from '../content/schema';
import { generate_bank } from './bank';
import { check_objectives } from './objectives';
import type { QuizDocument } from './source';
import { normalize } from './typed';
import { PLAIN_TEXT_CHECKS, remembering, type TextChecks } from './text_checks';
import type { Item } from './types';

/**
 * Options of one item must look alike so that form does not betray the key: all are shown in
 * sentence case without a final full stop (the generator makes them so), and the longest is at
 * most twice as long as the shortest, unless every option is short (32 characters or fewer).
 */
export const LENGTH_RATIO = 2;
export const SHORT_OPTION = 32;
/**
 * No option position may hold more keys than its fair share (1 in n for items of n options) plus
 * this much, over many seeds: with four options, at most 40%.
 */
export const POSITION_SLACK = 0.15;

export interface GateProblem {
	item: string;
	/** The fact at fault: file and field. */
	origin: string;
	message: string;
}

const GIVEAWAY = /\b(all|none|both) of the above\b/i;
const QUESTION_WORD = /^(who|whom|whose|what|which|how|when|where|why)\b/i;

/**
 * The rules every single item must meet, whatever the seed. `text` makes its text comparisons:
 * `check_banks` passes ones that remember, for the many seeds of a run.
 */
export function check_item(item: Item, text: TextChecks = PLAIN_TEXT_CHECKS): string[] {
	const problems: string[] = [];
	const keys = item.options.filter((o) => o.correct);
	if (item.type !== 'matching' && keys.length !== 1) {
		problems.push(`has ${keys.length} correct options; it needs exactly one`);
	}
	if (item.options.length < 2) problems.push('has fewer than two options');
	const texts = item.options.map((o) => text.normalize(o.text));
	if (new Set(texts).size !== texts.length) problems.push('has two options with the same text');
	if (new Set(item.options.map((o) => o.id)).size !== item.options.length)
		problems.push('has two options with the same id');
	for (const option of item.options) {
		if (GIVEAWAY.test(option.text)) problems.push(`offers "${option.text}"`);
		if (!option.feedback.trim()) problems.push(`option "${option.text}" has no feedback`);
	}
	const lengths = item.options.map((o) => o.text.length);
	const longest = Math.max(...lengths);
	const shortest = Math.min(...lengths);
	if (longest > SHORT_OPTION && longest > LENGTH_RATIO * shortest) {
		problems.push(
			`options differ too much in length (${shortest} to ${longest} characters; at most ${LENGTH_RATIO}×)`
		);
	}
	if (!item.source.lesson || !item.source.section || !item.source.href)
		problems.push('does not trace to a lesson and section');
	if (item.type === 'which-concept' && item.prompt) {
		const prompt = text.normalize(item.prompt);
		for (const option of item.options) {
			if (prompt.includes(text.normalize(option.text)))
				problems.push(`its statement names the option "${option.text}"`);
		}
	}
	if (item.type === 'fill-in' && item.accept) {
		for (const option of item.options.filter((o) => !o.correct)) {
			if (text.matches_typed(option.text, item.accept))
				problems.push(`the typed answer would also accept the distractor "${option.text}"`);
		}
		const prompt = text.normalize(item.prompt ?? '');
		for (const answer of item.accept) {
			if (prompt.includes(text.normalize(answer)))
				problems.push(`its definition contains the answer "${answer}"`);
		}
	}
	if (item.type === 'matching') {
		const matched = new Set(item.options.map((o) => o.matches));
		for (const prompt of item.prompts ?? [])
			if (!matched.has(prompt.id)) problems.push(`"${prompt.text}" has no match`);
	}
	return problems;
}

const words = (text: string) =>
	new Set(
		normalize(text)
			.split(' ')
			.filter((w) => w.length > 3)
	);

function overlap(a: string, b: string) {
	const x = words(a);
	const y = words(b);
	const shared = [...x].filter((w) => y.has(w)).length;
	return shared / Math.max(1, Math.min(x.size, y.size));
}

/**
 * Rules over the content as a whole: every value, similarity, scenario, link and term is tested
 * by some item, and no trait that is shared is also stated as one concept's own value.
 */
export function check_facts(
	documents: readonly QuizDocument[],
	bank: readonly Item[]
): GateProblem[] {
	const problems: GateProblem[] = [];
	const tested = new Set(bank.map((item) => item.fact.key));
	for (const doc of documents) {
		const file = `${doc.folder}/distinctions.yaml`;
		const d = doc.distinctions;
		const need = (key: string, origin: string) => {
			if (!tested.has(key))
				problems.push({ item: '-', origin: `${file} ${origin}`, message: 'is tested by no item' });
		};
		d.attributes.forEach((attribute, a) => {
			// Sentences say "the <name> of <concept>": a question-like name would not read.
			if (QUESTION_WORD.test(attribute.name)) {
				problems.push({
					item: '-',
					origin: `${file} attributes.${a}.name`,
					message: `"${attribute.name}" does not read as a noun in "the ${attribute.name.toLowerCase()} of …"; name what it is (e.g. "Decision-makers")`
				});
			}
			attribute.values.forEach((value, v) => {
				need(fact_key.value(attribute.id, value.concept), `attributes.${a}.values.${v}`);
				for (const [s, similarity] of d.similarities.entries()) {
					if (overlap(value.text, similarity.text) >= 0.75) {
						problems.push({
							item: '-',
							origin: `${file} attributes.${a}.values.${v}`,
							message: `states as one concept's own a trait that similarities.${s} says is shared`
						});
					}
				}
				attribute.values.forEach((other, o) => {
					if (o > v && normalize(other.text) === normalize(value.text)) {
						problems.push({
							item: '-',
							origin: `${file} attributes.${a}.values.${v}`,
							message: `is the same as values.${o}: true of both, keyed to one`
						});
					}
				});
			});
		});
		d.similarities.forEach((s, i) =>
			need(fact_key.similarity(doc.slug, s.id), `similarities.${i}`)
		);
		d.scenarios.forEach((s, i) => need(fact_key.scenario(doc.slug, s.id), `scenarios.${i}`));
		// The quiz tests transfer: each concept needs new situations the lessons do not print.
		for (const concept of d.concepts) {
			const held = d.scenarios.filter((s) => s.concept === concept.id).length;
			if (held < MIN_HELD_BACK) {
				problems.push({
					item: '-',
					origin: `${file} scenarios`,
					message: `has ${held} held-back scenario${held === 1 ? '' : 's'} for "${concept.id}"; each concept needs at least ${MIN_HELD_BACK} (worked examples under "examples" do not count: the lessons print them)`
				});
			}
		}
		d.links.forEach((l, i) => need(fact_key.link(doc.slug, l.id), `links.${i}`));
		for (const lesson of doc.lessons) {
			for (const term of lesson.terms) {
				if (!tested.has(fact_key.term(doc.slug, term.id))) {
					problems.push({
						item: '-',
						origin: `${doc.folder} lesson "${lesson.slug}" terms: ${term.term}`,
						message:
							'is tested by no item (a fill-in item needs at least two key terms in the document)'
					});
				}
			}
		}
	}
	return problems;
}

/** Keys counted by option count and position, over single-answer items with shuffled options. */
export class KeyPositions {
	private readonly counts = new Map<number, number[]>();

	add(bank: readonly Item[]) {
		for (const item of bank) {
			if (item.type === 'matching' || item.type === 'true-false') continue;
			const index = item.options.findIndex((o) => o.correct);
			const row = this.counts.get(item.options.length) ?? [];
			row[index] = (row[index] ?? 0) + 1;
			this.counts.set(item.options.length, row);
		}
		return this;
	}

	/** For each option count, the share of keys at each position. */
	shares(): Map<number, number[]> {
		return new Map(
			[...this.counts].map(([options, row]) => {
				const total = row.reduce((sum, count) => sum + (count ?? 0), 0);
				return [options, Array.from({ length: options }, (_, i) => (row[i] ?? 0) / total)];
			})
		);
	}
}

/** Positions holding more keys than their fair share and {@link POSITION_SLACK}. */
export function position_problems(shares: ReadonlyMap<number, readonly number[]>): GateProblem[] {
	return [...shares].flatMap(([options, row]) => {
		const limit = 1 / options + POSITION_SLACK;
		return row.flatMap((share, index) =>
			share > limit
				? [
						{
							item: '-',
							origin: 'all items',
							message: `option ${index + 1} of ${options} holds ${(share * 100).toFixed(1)}% of the keys (at most ${(limit * 100).toFixed(0)}%)`
						}
					]
				: []
		);
	});
}

/** One seed's bank, as the gates see it. */
export interface SeededBank {
	seed: number;
	bank: readonly Item[];
}

/** Below this many banks, key positions are too few to judge, so that gate is not run. */
export const POSITION_BANKS = 50;

/** Every gate over the given seeds: item rules, content rules and key positions. */
export function run_gates(
	documents: readonly QuizDocument[],
	seeds: readonly number[]
): GateProblem[] {
	// A generator, so that many seeds' banks never sit in memory at once.
	function* banks(): Generator<SeededBank> {
		for (const seed of seeds) yield { seed, bank: generate_bank(documents, seed) };
	}
	return check_banks(documents, banks());
}

/**
 * Every gate over banks already generated: {@link run_gates} without the generation, so that a
 * caller holding banks (or a test holding made-up ones) checks them without making them again.
 * The content rules and unique ids are judged on the first bank, since neither depends on the
 * seed; item rules on every bank, each problem said once, at the first seed that shows it.
 */
export function check_banks(
	documents: readonly QuizDocument[],
	banks: Iterable<SeededBank>
): GateProblem[] {
	const problems: GateProblem[] = [];
	const seen = new Set<string>();
	let first: readonly Item[] | undefined;
	const positions = new KeyPositions();
	const text = remembering();
	let keyed = 0;
	for (const { seed, bank } of banks) {
		keyed++;
		first ??= bank;
		positions.add(bank);
		for (const item of bank) {
			for (const message of check_item(item, text)) {
				const key = `${item.id}:${message}`;
				if (seen.has(key)) continue;
				seen.add(key);
				problems.push({
					item: item.id,
					origin: item.fact.origin,
					message: `${item.type} item ${message} (seed ${seed})`
				});
			}
		}
	}
	if (first) problems.push(...check_facts(documents, first), ...check_objectives(documents, first));
	const ids = new Map<string, string>();
	for (const item of first ?? []) {
		const other = ids.get(item.id);
		if (other !== undefined)
			problems.push({
				item: item.id,
				origin: item.fact.origin,
				message: `shares its id with ${other}`
			});
		ids.set(item.id, item.fact.origin);
	}
	if (keyed >= POSITION_BANKS) problems.push(...position_problems(positions.shares()));
	return problems;
}
