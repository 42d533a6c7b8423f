import { seeded, type Random } from '../../src/lib/quiz/random';
import type { QuizDocument } from '../../src/lib/quiz/source';
import { at } from '../../src/lib/must';

const WORDS = (
	'local regional national shared lasting rapid patient broad narrow formal informal public ' +
	'private voluntary trained elected diverse urgent steady visible quiet strong careful open ' +
	'residents leaders agencies networks councils volunteers partners donors media coalitions ' +
	'meetings campaigns surveys petitions trainings forums budgets policies services rights ' +
	'needs assets skills trust voice power change capacity awareness resources decisions ' +
	'building mapping funding planning sharing framing organizing lobbying teaching hosting'
).split(' ');

/** Words chosen by `random`, as one sentence-case phrase of 55 to about 70 characters. */
function phrase(random: Random): string {
	const words: string[] = [];
	while (words.join(' ').length < 55) words.push(at(WORDS, Math.floor(random() * WORDS.length)));
	const text = words.join(' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Made-up documents in the shape the generator takes, with `distinctions` attributes in all,
 * `per_document` to a document. Documents alternate two and three concepts (so a distinction
 * has values for 2 or 3 concepts); each has two lessons with a term each, two similarities, three
 * held-back scenarios per concept and, from the second document on, one link to the document before.
 * Values are random phrases of similar length, so length gates and distractor choice work as
 * they do on real content. The same arguments give the same documents.
 */
export function synthetic_documents(options: {
	distinctions: number;
	per_document: number;
}): QuizDocument[] {
	const random = seeded(options.distinctions * 7919 + options.per_document);
	const documents: QuizDocument[] = [];
	for (let start = 0, d = 0; start < options.distinctions; start += options.per_document, d++) {
		const size = Math.min(options.per_document, options.distinctions - start);
		documents.push(synthetic_document(d, size, random, documents.at(-1)));
	}
	return documents;
}

function synthetic_document(
	d: number,
	attributes: number,
	random: Random,
	previous: QuizDocument | undefined
): QuizDocument {
	const slug = `doc-${d}`;
	const lessons = ['basics', 'details'].map((name, l) => ({
		slug: `${name}-${d}`,
		title: `Lesson ${l + 1} of document ${d}`,
		section: `Section ${l + 1}`,
		examined: [],
		terms: [
			{
				id: `term-${d}-${l}`,
				// Two unlike terms, so a typed answer to one never passes for the other.
				term: `${['Asset mapping', 'Power analysis'][l]} ${d}`,
				definition: phrase(random),
				aliases: []
			}
		]
	}));
	const cite = (i: number) => ({
		lesson: at(lessons, i % 2).slug,
		section: at(lessons, i % 2).section
	});
	const concepts = Array.from({ length: d % 2 ? 3 : 2 }, (_, c) => ({
		id: `d${d}-c${c}`,
		name: `Model ${String.fromCharCode(65 + c)}${d}`,
		summary: phrase(random),
		...cite(c)
	}));
	return {
		slug,
		title: `Document ${d}`,
		folder: `content/${String(d).padStart(2, '0')}-${slug}`,
		lessons,
		distinctions: {
			concept_noun: 'model',
			concept_noun_plural: 'models',
			group: concepts.length === 2 ? 'both models' : 'all three models',
			concepts,
			attributes: Array.from({ length: attributes }, (_, a) => ({
				id: `attr-${a}`,
				name: `Trait ${a}`,
				// Half the attributes share a kind and read as traits, as in real documents.
				kind: a % 2 === 0 ? ('what' as const) : undefined,
				trait: a % 2 === 0,
				values: concepts.map((c, i) => ({
					concept: c.id,
					text: phrase(random),
					also: [],
					...cite(a + i)
				}))
			})),
			similarities: [0, 1].map((s) => ({ id: `same-${s}`, text: phrase(random), ...cite(s) })),
			examples: [],
			// Three held-back scenarios per concept, as the gates ask of real content.
			scenarios: concepts.flatMap((c, s) =>
				[0, 1, 2].map((k) => ({
					id: `case-${s}-${k}`,
					text: phrase(random),
					concept: c.id,
					why: phrase(random),
					...cite(s)
				}))
			),
			links: previous
				? [
						{
							id: 'link-0',
							concept: at(concepts, 0).id,
							counterpart: at(previous.distinctions.concepts, 0).id,
							why: phrase(random),
							...cite(0)
						}
					]
				: []
		}
	};
}
