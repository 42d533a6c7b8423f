import { item_key, option_id, parse_pairing, parse_value_option } from '../content/ids';
import { item_id } from '../quiz/items/common';
import type { QuizDocument } from '../quiz/source';
import { matches_typed } from '../quiz/typed';
import type { Answer, Item } from '../quiz/types';
import type { ClassData } from './class_data';
import type { ContentNames } from './names';

/** One mix-up the class makes: what was right, what was given in its place, how often. */
export interface Confusion {
	/** The concept (or term, or "all of them") the item asked about. */
	right: string;
	/** The one whose value, name or trait the student gave instead. */
	taken: string;
	count: number;
	/** The questions (1-based) where it happened. */
	questions: number[];
}

/** A side of a mix-up, as a key to count by and a label to show. */
interface Side {
	key: string;
	label: string;
}

/**
 * The confusions the class makes, most frequent first. Every option of a generated item names
 * whose value it is (see `option_id`), so a wrong choice says which concept the student took
 * for which: a which-concept item answered with another concept, an attribute-value or matching
 * item answered with another concept's value, a false statement (one concept given another's
 * value) judged true, a trait of one concept taken for one all share, a term for another term.
 */
export function class_confusions(
	data: ClassData,
	names: ContentNames,
	documents: readonly QuizDocument[]
): Confusion[] {
	const found = new Map<string, Confusion>();
	data.items.forEach((item, i) => {
		for (const row of data.rows) {
			const answer = row.answers[i];
			if (!answer) continue;
			for (const [right, taken] of mix_ups(item, answer, names, documents)) {
				const key = `${right.key}\u0000${taken.key}`;
				const seen = found.get(key) ?? {
					right: right.label,
					taken: taken.label,
					count: 0,
					questions: []
				};
				seen.count += 1;
				if (!seen.questions.includes(i + 1)) seen.questions.push(i + 1);
				found.set(key, seen);
			}
		}
	});
	return [...found.values()].sort(
		(a, b) => b.count - a.count || a.right.localeCompare(b.right) || a.taken.localeCompare(b.taken)
	);
}

/** The pairs (right, taken) one answer shows; none for a right answer or one that says nothing. */
export function mix_ups(
	item: Item,
	answer: Answer,
	names: ContentNames,
	documents: readonly QuizDocument[]
): [Side, Side][] {
	const concept = (id: string): Side => ({ key: `concept:${id}`, label: names.concept(id) });
	const group: Side = { key: `group:${item.document}`, label: names.group(item.document) };
	const side = (id: string) => (id === option_id.GROUP ? group : concept(id));
	const asked = item.fact.concepts[0];
	const correct = item.options.find((o) => o.correct);
	switch (item.type) {
		case 'which-concept':
		case 'scenario':
		case 'across':
		case 'analogy':
			if (answer.kind !== 'option' || !correct || answer.option === correct.id) return [];
			return [[side(correct.id), side(answer.option)]];
		case 'attribute-value': {
			const taken = answer.kind === 'option' ? parse_value_option(answer.option) : undefined;
			if (!taken || asked === undefined || taken.concept === asked) return [];
			return [[concept(asked), concept(taken.concept)]];
		}
		case 'shared-trait': {
			const taken = answer.kind === 'option' ? parse_value_option(answer.option) : undefined;
			return taken ? [[group, concept(taken.concept)]] : [];
		}
		case 'matching':
			if (answer.kind !== 'pairs') return [];
			// A row asks for one concept's value: the option that belongs with it says whose.
			return (item.prompts ?? []).flatMap(({ id }): [Side, Side][] => {
				const right = item.options.find((o) => o.matches === id);
				const owner = right && parse_value_option(right.id);
				const chosen = answer.pairs[id];
				const taken = chosen === undefined ? undefined : parse_value_option(chosen);
				return owner && taken && taken.concept !== owner.concept
					? [[concept(owner.concept), concept(taken.concept)]]
					: [];
			});
		case 'pairing':
		case 'double-scenario': {
			// Each option pairs two concepts: every side the learner got wrong is a mix-up.
			if (answer.kind !== 'option' || !correct || answer.option === correct.id) return [];
			const right = parse_pairing(correct.id);
			const taken = parse_pairing(answer.option);
			if (!right || !taken) return [];
			return right.flatMap((id, i): [Side, Side][] => {
				const other = taken[i];
				return other !== undefined && other !== id ? [[concept(id), concept(other)]] : [];
			});
		}
		case 'true-false': {
			// Only a false statement judged true names a mix-up: the concept given another's value.
			if (
				answer.kind !== 'option' ||
				answer.option !== option_id.TRUE ||
				correct?.id !== option_id.FALSE
			)
				return [];
			const borrowed = borrowed_concept(item, documents);
			return asked !== undefined && borrowed ? [[concept(asked), concept(borrowed)]] : [];
		}
		case 'fill-in': {
			const term = (option: { id: string; text: string }): Side => ({
				key: `${item.document}:${option.id}`,
				label: option.text
			});
			if (!correct) return [];
			const taken =
				answer.kind === 'option'
					? item.options.find((o) => o.id === answer.option && !o.correct)
					: answer.kind === 'text' && !matches_typed(answer.text, item.accept ?? [])
						? item.options.find((o) => !o.correct && matches_typed(answer.text, [o.text]))
						: undefined;
			return taken ? [[term(correct), term(taken)]] : [];
		}
	}
}

/**
 * Whose value a false statement borrows. Its item id is the hash of a key naming that concept
 * (`item_key.false_statement`), so the one concept whose key hashes to the id is the one.
 */
export function borrowed_concept(item: Item, documents: readonly QuizDocument[]) {
	const concept = item.fact.concepts[0];
	const attribute = item.fact.attribute;
	const doc = documents.find((d) => d.slug === item.document);
	if (!doc || concept === undefined || attribute === undefined) return undefined;
	return doc.distinctions.concepts.find(
		(c) => item_id(item_key.false_statement(item.document, attribute, concept, c.id)) === item.id
	)?.id;
}
