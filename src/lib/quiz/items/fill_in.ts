import { fact_anchor, fact_key, item_key, option_id } from '../../content/ids';
import type { Random } from '../random';
import type { DocumentFacts } from '../source';
import { lower_first } from '../text';
import type { Item } from '../types';
import { fact, finish, LengthIndex, source_of } from './common';
import { DISTRACTORS } from './distractors';

/**
 * A key term blanked from its definition. The learner types it (graded with
 * `matches_typed`) or chooses it from two other key terms of the same document (three options, like every single-answer item).
 */
export function fill_in_items(facts: DocumentFacts, rng: (key: string) => Random): Item[] {
	const terms = facts.doc.lessons.flatMap((lesson) =>
		lesson.terms.map((term) => ({ lesson, term, text: term.term }))
	);
	if (terms.length < 2) return [];
	const index = new LengthIndex(terms);
	return terms.map(({ lesson, term }, t) => {
		const key = item_key.fill_in(facts.doc.slug, term.id);
		const random = rng(key);
		const others = index.closest(term.term, DISTRACTORS, random, (x) => x.term.id !== term.id);
		return finish(
			{
				type: 'fill-in',
				document: facts.doc.slug,
				stem: 'Which key term has this definition?',
				prompt: term.definition,
				accept: [term.term, ...term.aliases],
				explanation: `${term.term}: ${term.definition}`,
				source: source_of(
					facts,
					{ lesson: lesson.slug, section: lesson.section },
					fact_anchor.term(term.id)
				),
				fact: {
					...fact(
						facts,
						{ kind: 'term', key: fact_key.term(facts.doc.slug, term.id), concepts: [] },
						`terms.${t}`
					),
					origin: `${facts.doc.folder} lesson "${lesson.slug}" terms: ${term.term}`
				},
				options: [
					{
						id: option_id.term(term.id),
						text: term.term,
						correct: true,
						feedback: `Right: this defines ${term.term.toLowerCase()}.`
					},
					...others.map((o) => ({
						id: option_id.term(o.term.id),
						text: o.term.term,
						correct: false,
						feedback: `No: “${o.term.term}” means ${lower_first(o.term.definition.replace(/\.$/, ''))}.`,
						href: source_of(
							facts,
							{ lesson: o.lesson.slug, section: o.lesson.section },
							fact_anchor.term(o.term.id)
						).href
					}))
				]
			},
			{ key, random }
		);
	});
}
