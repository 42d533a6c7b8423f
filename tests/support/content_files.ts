/**
 * A small, valid two-document content set as file texts, and helpers to break it one thing at a
 * time, for tests of the content loader and the scripts that read content/.
 */
import { ContentError } from '$lib/content/errors';
import { load_content } from '$lib/content/load';

/** The error `load_content` throws for `files`; fails the test when it throws none. */
export function content_error(files: Record<string, string>): ContentError {
	try {
		load_content(files);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('load_content accepted content that should have been rejected');
}

/** A copy of `files` with `from` replaced by `to` in one file; fails when `from` is not there. */
export function edit(
	files: Record<string, string>,
	path: string,
	from: string,
	to: string
): Record<string, string> {
	const text = files[path];
	if (text === undefined) throw new Error(`fixture has no file ${path}`);
	if (!text.includes(from)) throw new Error(`fixture ${path} does not contain ${from}`);
	return { ...files, [path]: text.replace(from, to) };
}

export function lesson_md(front: {
	title?: string;
	section: string;
	terms: { term: string; definition: string; aliases?: string[] }[];
	takeaway?: string | null;
	body?: string;
	/** YAML lines of the objectives list; two bare sentences unless given. */
	objectives?: string[];
}): string {
	const terms = front.terms
		.map(
			(t) =>
				`  - term: ${t.term}\n    definition: ${t.definition}` +
				(t.aliases ? `\n    aliases: [${t.aliases.join(', ')}]` : '')
		)
		.join('\n');
	const takeaway = front.takeaway === null ? '' : `takeaway: ${front.takeaway ?? 'One point.'}\n`;
	return (
		`---\ntitle: ${front.title ?? 'A lesson'}\ndescription: What the lesson covers.\n` +
		`section: ${front.section}\nobjectives:\n${(front.objectives ?? ['  - Explain one thing.', '  - Describe another.']).join('\n')}\n` +
		`terms:\n${terms}\n${takeaway}---\n\n${front.body ?? 'Some words of body text.'}\n`
	);
}

/** Document 1 of the minimal fixture: three concepts, so dropping one value leaves two. */
export const ALPHA = 'content/01-alpha';
/** Document 2 of the minimal fixture, the target of alpha's link. */
export const BETA = 'content/02-beta';

/** A small, valid two-document content set; tests copy it and break one thing. */
export function minimal_files(): Record<string, string> {
	return {
		[`${ALPHA}/document.yaml`]: [
			'title: Alpha',
			'source: alpha.txt',
			'description: The first fixture document.',
			'sections:',
			'  - name: Part A',
			'  - name: Part B',
			'  - name: Part C',
			'    covered: false'
		].join('\n'),
		[`${ALPHA}/alpha.txt`]: 'Alpha\n\nPart A\n\nThe source text of the first fixture document.\n',
		[`${ALPHA}/distinctions.yaml`]: [
			'concept_noun: kind',
			'concept_noun_plural: kinds',
			'group: all three kinds',
			'concepts:',
			'  - { id: red, name: Red, summary: The warm one, lesson: first, section: Part A }',
			'  - { id: green, name: Green, summary: The calm one, lesson: first, section: Part A }',
			'  - { id: blue, name: Blue, summary: The cool one, lesson: second, section: Part B }',
			'attributes:',
			'  - id: mood',
			'    name: Mood',
			'    values:',
			'      - { concept: red, text: Lively and loud, lesson: first, section: Part A }',
			'      - { concept: green, text: Restful and steady, lesson: first, section: Part A }',
			'      - { concept: blue, text: Quiet and distant, lesson: second, section: Part B }',
			'similarities:',
			'  - { id: colour, text: Seen by the eye, lesson: second, section: Part B }',
			'examples:',
			'  - id: fire',
			'    text: A fire truck parks outside.',
			'    concept: red',
			'    why: Fire trucks are painted that way.',
			'    lesson: first',
			'    section: Part A',
			'scenarios:',
			'  - id: stop-sign',
			'    text: A driver halts at a sign on the corner.',
			'    concept: red',
			'    why: Stop signs are painted that way.',
			'    lesson: first',
			'    section: Part A',
			'  - { id: held-red-1, text: A tomato ripens on the vine., concept: red, why: That is its colour., lesson: first, section: Part A }',
			'  - { id: held-red-2, text: A cardinal lands on the fence., concept: red, why: That is its colour., lesson: first, section: Part A }',
			'  - { id: held-green-3, text: Grass grows back after the rain., concept: green, why: That is its colour., lesson: first, section: Part A }',
			'  - { id: held-green-4, text: A frog sits on a lily pad., concept: green, why: That is its colour., lesson: first, section: Part A }',
			'  - { id: held-green-5, text: A traffic light says go., concept: green, why: That is its colour., lesson: first, section: Part A }',
			'  - { id: held-blue-6, text: A cloudless sky at noon., concept: blue, why: That is its colour., lesson: first, section: Part A }',
			'  - { id: held-blue-7, text: A sapphire in a ring., concept: blue, why: That is its colour., lesson: first, section: Part A }',
			'  - { id: held-blue-8, text: Deep water far from shore., concept: blue, why: That is its colour., lesson: first, section: Part A }',
			'links:',
			'  - { id: red-sun, concept: red, counterpart: sun, why: Both are warm, lesson: first, section: Part A }'
		].join('\n'),
		[`${ALPHA}/01-first.md`]: lesson_md({
			section: 'Part A',
			objectives: [
				'  - { text: Tell the kinds apart by mood., facts: [attribute:mood], types: [which-concept] }',
				'  - { text: Tell the kinds apart in a new case., facts: ["scenario:*"], types: [scenario] }'
			],
			terms: [{ term: 'Hue', definition: 'The name a colour goes by.' }]
		}),
		[`${ALPHA}/02-second.md`]: lesson_md({
			section: 'Part B',
			objectives: [
				'  - { text: Judge a statement about mood., facts: [attribute:mood], types: [true-false] }',
				'  - { text: Name what all kinds share., facts: ["similarity:*"], types: [which-concept] }'
			],
			terms: [{ term: 'Shade', definition: 'A colour mixed with black.', aliases: ['shades'] }]
		}),
		[`${BETA}/document.yaml`]: [
			'title: Beta',
			'source: beta.txt',
			'description: The second fixture document.',
			'sections:',
			'  - name: Only part'
		].join('\n'),
		[`${BETA}/beta.txt`]: 'Beta\n\nOnly part\n\nThe source text of the second fixture document.\n',
		[`${BETA}/distinctions.yaml`]: [
			'concept_noun: body',
			'concept_noun_plural: bodies',
			'group: both bodies',
			'concepts:',
			'  - { id: sun, name: Sun, summary: The day star, lesson: sky, section: Only part }',
			'  - { id: moon, name: Moon, summary: The night light, lesson: sky, section: Only part }',
			'examples:',
			'  - { id: noon, text: Shadows are shortest., concept: sun, why: It stands highest then., lesson: sky, section: Only part }',
			'scenarios:',
			...[
				['dawn', 'The east turns bright.', 'sun'],
				['sunburn', 'Skin reddens at the beach.', 'sun'],
				['solar-panel', 'A roof panel makes power.', 'sun'],
				['tide', 'The sea rises at the harbor.', 'moon'],
				['crescent', 'A thin curve hangs at dusk.', 'moon'],
				['night-walk', 'A path is pale at midnight.', 'moon']
			].map(
				([id, text, concept]) =>
					`  - { id: ${id}, text: ${text}, concept: ${concept}, why: That is its work., lesson: sky, section: Only part }`
			)
		].join('\n'),
		[`${BETA}/01-sky.md`]: lesson_md({
			section: 'Only part',
			objectives: [
				'  - { text: Tell the bodies apart in a new case., facts: ["scenario:*"], types: [scenario] }',
				'  - { text: Relate the bodies to the kinds., facts: ["link:*"], types: [across] }'
			],
			terms: [{ term: 'Orbit', definition: 'The path one body takes around another.' }]
		})
	};
}
