/*
 * Item-writing flaws a rule can catch, after Haladyna, Downing & Rodriguez (2002) and the
 * rule-based checker of Moore et al. (2023). Each rule looks at one generated item as a learner
 * sees it and returns what is wrong, in words a content author can act on.
 */
import { SHORT_OPTION } from '../gates';
import type { Item, Option } from '../types';
import { content_words, shared } from './words';

export interface LintContext {
	/**
	 * The kinds of answer a fact is, by fact key, its main kind first (who, how, scale…; a shared
	 * trait is a "trait", and so is a value whose attribute reads as traits); empty for options
	 * that are not facts (concept names, True/False).
	 */
	kinds_of(fact_key: string): readonly string[];
	/** The other concepts the source lets a value hold for, by fact key. */
	also(fact_key: string): readonly string[];
	/** Words in the question of every item of this item's type and document. */
	common_words(item: Item): ReadonlySet<string>;
}

export interface Rule {
	id: string;
	/** What the rule forbids, for the report and the README. */
	title: string;
	check(item: Item, context: LintContext): string[];
}

/** Items whose options are alternative answers to one question, one of them the key. */
export function single_answer(item: Item) {
	return item.type !== 'matching' && item.type !== 'true-false' && item.type !== 'fill-in';
}

const key_of = (item: Item) => item.options.find((o) => o.correct);
const distractors_of = (item: Item) => item.options.filter((o) => !o.correct);
/** Everything the learner reads before the options. */
export const question_of = (item: Item) => `${item.stem} ${item.prompt ?? ''}`;

const ABSOLUTES = /\b(always|never|only|all|none|every|completely|entirely|solely|must)\b/i;
const NEGATIVE = /\b(not|except|never|least|cannot|isn't|doesn't)\b/i;
const ABOVE = /\b(all|none|both) of the above\b/i;
/** Options of this many words or more are statements rather than names. */
const STATEMENT_WORDS = 4;
/** A length gap a learner notices: the key a quarter longer, or shorter, than every distractor. */
export const LENGTH_CUE = 1.25;

const kind_mismatch: Rule = {
	id: 'kind-mismatch',
	title: 'Every option is the same kind of answer as the key (a "who" is answered by people)',
	check(item, context) {
		const wanted = context.kinds_of(item.fact.key)[0];
		if (!single_answer(item) || !wanted) return [];
		return distractors_of(item).flatMap((option) => {
			const kinds = context.kinds_of(option.id);
			return kinds.length && !kinds.includes(wanted)
				? [`offers "${option.text}" (kind: ${kinds[0]}) to a question of kind ${wanted}`]
				: [];
		});
	}
};

const overlap: Rule = {
	id: 'overlap',
	title: 'No wrong answer is one the source lets hold for the asked concept too',
	check(item, context) {
		const asked = item.fact.concepts[0];
		if (item.type === 'which-concept') {
			const also = context.also(item.fact.key);
			return also.length
				? [`asks which concept fits a value that also holds for ${also.join(', ')}`]
				: [];
		}
		if (item.type === 'matching') {
			// Two options that each hold for the other's concept could be matched either way round.
			return item.options.flatMap((o, i) =>
				item.options
					.slice(i + 1)
					.filter(
						(p) =>
							p.matches !== undefined &&
							o.matches !== undefined &&
							context.also(o.id).includes(p.matches) &&
							context.also(p.id).includes(o.matches)
					)
					.map((p) => `"${o.text}" and "${p.text}" could be matched either way round`)
			);
		}
		if (!single_answer(item) || item.fact.kind !== 'value' || !asked) return [];
		return distractors_of(item)
			.filter((option) => context.also(option.id).includes(asked))
			.map((option) => `offers "${option.text}", which the source lets hold for ${asked} too`);
	}
};

const length_cue: Rule = {
	id: 'key-length',
	title: 'The key is neither clearly the longest nor clearly the shortest option',
	check(item) {
		const key = key_of(item);
		const others = distractors_of(item).map((o) => o.text.length);
		if (!single_answer(item) || !key || others.length < 2) return [];
		const length = key.text.length;
		// Options this short are read at a glance; their lengths give nothing away.
		if (Math.max(length, ...others) <= SHORT_OPTION) return [];
		if (length >= LENGTH_CUE * Math.max(...others))
			return [`the key is the longest option by far (${length} vs ${Math.max(...others)})`];
		if (length * LENGTH_CUE <= Math.min(...others))
			return [`the key is the shortest option by far (${length} vs ${Math.min(...others)})`];
		return [];
	}
};

const clang: Rule = {
	id: 'stem-clang',
	title: 'The key does not echo more words of the question than every distractor does',
	check(item, context) {
		const key = key_of(item);
		// An analogy's stem names concepts that are also its options ("A is to B as C is to …"):
		// B is sometimes the key and sometimes a distractor, so an echo of it cues nothing.
		if (!single_answer(item) || !key || item.type === 'analogy') return [];
		// Words every question of its kind asks ("Which approach…") cue nothing.
		const common = context.common_words(item);
		const asked = new Set([...content_words(question_of(item))].filter((w) => !common.has(w)));
		const echoed = (text: string) => [...content_words(text)].filter((word) => asked.has(word));
		const cues = echoed(key.text);
		const most = Math.max(0, ...distractors_of(item).map((o) => echoed(o.text).length));
		return cues.length > most ? [`the key echoes "${cues.join('", "')}" from the question`] : [];
	}
};

const absolutes: Rule = {
	id: 'absolutes',
	title: 'Absolute words ("always", "never", "only") are not found in distractors alone',
	check(item) {
		const key = key_of(item);
		if (!single_answer(item) || !key || ABSOLUTES.test(key.text)) return [];
		// Names such as "All three types" are categories, not claims; only statements count.
		return distractors_of(item)
			.filter((option) => option.text.split(' ').length >= STATEMENT_WORDS)
			.filter((option) => ABSOLUTES.test(option.text))
			.map((option) => `only a distractor says "${ABSOLUTES.exec(option.text)?.[0]}"`);
	}
};

const starts_with_vowel_sound = (text: string) => /^[aeio]|^u(?!ni|s[eu])/i.test(text.trim());

const article_cue: Rule = {
	id: 'article-cue',
	title: 'A question ending in "a" or "an" fits every option, not just the key',
	check(item) {
		const article = /\b(a|an)\s*$/i.exec(item.stem.replace(/[?:.…_\s]+$/, ''))?.[1];
		if (!article || !single_answer(item)) return [];
		const fits = (option: Option) =>
			starts_with_vowel_sound(option.text) === (article.toLowerCase() === 'an');
		return item.options
			.filter((option) => !fits(option))
			.map((option) => `"${article} ${option.text}" does not read`);
	}
};

const negative_stem: Rule = {
	id: 'negative-stem',
	title: 'The question is asked positively (no "not", "except")',
	check(item) {
		if (item.type === 'true-false') return [];
		const word = NEGATIVE.exec(item.stem)?.[0];
		return word ? [`the question asks with "${word}"`] : [];
	}
};

/** Item types whose options each name two concepts, one of this document and one of another. */
const PAIRED_NAMES: ReadonlySet<string> = new Set(['pairing', 'double-scenario']);

const near_duplicates: Rule = {
	id: 'near-duplicate',
	title: 'No two options say nearly the same thing',
	check(item) {
		// Options that pair two concept names differ in one name by design ("Coalition building,
		// mirroring social mobilization" or "…community mobilization"): two different claims, as
		// two one-word-apart names are two different terms.
		if (PAIRED_NAMES.has(item.type)) return [];
		const problems: string[] = [];
		const sets = item.options.map((o) => content_words(o.text));
		item.options.forEach((a, i) => {
			item.options.slice(i + 1).forEach((b, offset) => {
				const x = sets[i];
				const y = sets[i + 1 + offset];
				// Two-word names ("community organizer", "community organizing") are distinct terms.
				if (!x || !y || Math.min(x.size, y.size) < 3) return;
				if (shared(x, y) / Math.min(x.size, y.size) >= 0.8)
					problems.push(`"${a.text}" and "${b.text}" say nearly the same thing`);
			});
		});
		return problems;
	}
};

const convergence: Rule = {
	id: 'convergence',
	title: 'The key is not the option that shares words with all the others',
	check(item) {
		const key = key_of(item);
		if (!single_answer(item) || !key || item.options.length < 3) return [];
		const sets = new Map(item.options.map((o) => [o, content_words(o.text)]));
		const linked = (option: Option) =>
			item.options.filter(
				(other) =>
					other !== option &&
					shared(sets.get(option) ?? new Set(), sets.get(other) ?? new Set()) >= 2
			).length;
		const all = item.options.length - 1;
		const hub = linked(key) === all && distractors_of(item).every((o) => linked(o) < all);
		return hub ? ['the key shares words with every distractor, and no distractor does'] : [];
	}
};

const above: Rule = {
	id: 'all-none-above',
	title: 'No "all of the above" or "none of the above"',
	check(item) {
		return item.options
			.filter((option) => ABOVE.test(option.text))
			.map((option) => `offers "${option.text}"`);
	}
};

/** Marks of a template filled with a value that did not fit it. */
const SEAMS: [RegExp, string][] = [
	[/[{}]/, 'a placeholder left unfilled'],
	[/\b(\w+) \1\b/i, 'a word written twice'],
	[/ {2}| [.,;:?!]|\.\.(?!\.)|,[.?!]/, 'stray spacing or punctuation'],
	[/\ban (?![aeiouh]|[A-Z]{2})\w/, '"an" before a consonant'],
	[/\ba (?=[aeio]\w)(?!one\b)/i, '"a" before a vowel'],
	[/[.?!] [a-z]/, 'a sentence starting in lower case']
];

/** A plural head noun with a singular verb, or the reverse, as a template can leave them. */
const DISAGREEMENT: RegExp[] = [
	/\b[Tt]he \w*[^isu\W]s (?:of|in|for) [^.;:]*? is\b/,
	/\b[Tt]hat is the \w*[^isu\W]s of\b/,
	/\b[Tt]hose are the \w*(?:[isu]s|[^s\W]) of\b/
];

const agreement: Rule = {
	id: 'number-agreement',
	title: 'Verbs agree in number with the attribute they speak of ("the methods … are")',
	check(item) {
		const texts = [item.prompt ?? '', item.explanation, ...item.options.map((o) => o.feedback)];
		return texts.flatMap((text) =>
			DISAGREEMENT.filter((pattern) => pattern.test(text)).map(
				(pattern) => `the verb does not agree: "…${excerpt(text, pattern)}…"`
			)
		);
	}
};

const seams: Rule = {
	id: 'template-seam',
	title:
		'Filled templates read as written sentences (no doubled words, stray marks, "a" before a vowel)',
	check(item) {
		const texts = [
			item.stem,
			item.prompt ?? '',
			item.explanation,
			...item.options.flatMap((o) => [o.text, o.feedback])
		];
		return texts.flatMap((text) =>
			SEAMS.filter(([pattern]) => pattern.test(text)).map(
				([pattern, what]) => `${what}: "…${excerpt(text, pattern)}…"`
			)
		);
	}
};

function excerpt(text: string, pattern: RegExp) {
	const at = text.search(pattern);
	return text.slice(Math.max(0, at - 20), at + 25).trim();
}

/** Every rule, in the order the report lists them. */
export const RULES: readonly Rule[] = [
	kind_mismatch,
	overlap,
	length_cue,
	clang,
	absolutes,
	article_cue,
	negative_stem,
	near_duplicates,
	convergence,
	above,
	agreement,
	seams
];
