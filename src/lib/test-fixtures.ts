/**
 * Shared fixtures for the unit tests: the real content read from disk, a small valid
 * two-document content set to mutate, a synthetic third document, progress records, and fake
 * Web Storage objects. Only test files import this module.
 */
import fc from 'fast-check';
import { ContentError } from './content/errors';
import { load_content } from './content/load';
import { read_content_files } from './server/content_source';
import type { Content } from './content/types';
import { quiz_documents_of, type QuizDocument } from './quiz/source';
import { ITEM_TYPES, type Item, type Option } from './quiz/types';
import {
	answer_key,
	CURRENT_VERSION,
	type AnswerRecord,
	type ProgressState
} from './progress/schema';

/** The content the tests run against: whatever content/ (or MOBILIZE_CONTENT) holds. */
export { read_content_files } from './server/content_source';

let real: Content | undefined;

/** The real content, loaded once per test file. */
export function real_content(): Content {
	real ??= load_content(read_content_files());
	return real;
}

/** The subset of the content model that quiz pages receive (as `quiz_documents()` builds it). */
export function to_quiz_documents(content: Content): QuizDocument[] {
	return quiz_documents_of(content);
}

export function real_quiz_documents(): QuizDocument[] {
	return to_quiz_documents(real_content());
}

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
		`section: ${front.section}\nobjectives:\n  - Explain one thing.\n  - Describe another.\n` +
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
			'scenarios:',
			'  - id: fire',
			'    text: A fire truck parks outside.',
			'    concept: red',
			'    why: Fire trucks are painted that way.',
			'    lesson: first',
			'    section: Part A',
			'links:',
			'  - { id: red-sun, concept: red, counterpart: sun, why: Both are warm, lesson: first, section: Part A }'
		].join('\n'),
		[`${ALPHA}/01-first.md`]: lesson_md({
			section: 'Part A',
			terms: [{ term: 'Hue', definition: 'The name a colour goes by.' }]
		}),
		[`${ALPHA}/02-second.md`]: lesson_md({
			section: 'Part B',
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
			'  - { id: moon, name: Moon, summary: The night light, lesson: sky, section: Only part }'
		].join('\n'),
		[`${BETA}/01-sky.md`]: lesson_md({
			section: 'Only part',
			terms: [{ term: 'Orbit', definition: 'The path one body takes around another.' }]
		})
	};
}

/** Folder of the synthetic third document added to the real content. */
export const SYNTHETIC = 'content/03-tides-and-currents';

/**
 * A third document, written only for tests, with its own concepts, attributes, similarities,
 * scenarios, terms and a link to `counterpart`, a concept of another document: adding it must
 * need no code change.
 */
export function synthetic_document_files(counterpart: string): Record<string, string> {
	const cite = (lesson: string, section: string) => `lesson: ${lesson}, section: ${section}`;
	const ocean = cite('ocean-forces', 'Ocean Forces');
	const people = cite('coastal-people', 'Coastal People');
	return {
		[`${SYNTHETIC}/document.yaml`]: [
			'title: Tides and Currents',
			'source: synthetic.txt',
			'description: A made-up document used only by the unit tests.',
			'sections:',
			'  - name: Ocean Forces',
			'  - name: Coastal People',
			'  - name: Open Questions',
			'    covered: false'
		].join('\n'),
		[`${SYNTHETIC}/synthetic.txt`]: 'Tides and Currents\n\nOcean Forces\n\nA made-up source.\n',
		[`${SYNTHETIC}/distinctions.yaml`]: [
			'concept_noun: water movement',
			'concept_noun_plural: water movements',
			'group: all three movements',
			'concepts:',
			`  - { id: tide, name: Tide, summary: The twice-daily rise and fall of the sea, ${ocean} }`,
			`  - { id: current, name: Current, summary: A steady river of water inside the ocean, ${ocean} }`,
			`  - { id: wave, name: Wave, summary: Energy rolling across the surface of the sea, ${people} }`,
			'attributes:',
			'  - id: cause',
			'    name: Cause',
			'    trait: true',
			'    question: What mainly drives {concept}?',
			'    claim: The main driver of {concept} is {value}.',
			'    values:',
			`      - { concept: tide, text: The pull of the moon and the sun on the oceans, ${ocean} }`,
			`      - { concept: current, text: Differences in temperature and saltiness of water, ${ocean} }`,
			`      - { concept: wave, text: Wind blowing across the open surface of the sea, ${people} }`,
			'  - id: rhythm',
			'    name: Rhythm',
			'    trait: true',
			'    question: How often does {concept} repeat?',
			'    values:',
			`      - { concept: tide, text: Twice a day on a schedule that can be predicted, ${ocean} }`,
			`      - { concept: current, text: Hardly at all since the flow runs for centuries, ${ocean} }`,
			`      - { concept: wave, text: Every few seconds as one crest follows another, ${people} }`,
			'  - id: use',
			'    name: Human use',
			'    question: How do coastal people mostly use {concept}?',
			'    claim: Coastal people mostly use {concept} for {value}.',
			'    values:',
			`      - { concept: tide, text: Timing harbor entries and digging for shellfish, ${people} }`,
			`      - { concept: current, text: Steering cargo ships along faster sea routes, ${people} }`,
			`      - { concept: wave, text: Surfing contests and small power generators, ${people} }`,
			'similarities:',
			`  - { id: energy, text: Moving huge amounts of energy through seawater, ${ocean} }`,
			`  - { id: coasts, text: Shaping beaches and cliffs over long periods, ${people} }`,
			'scenarios:',
			'  - id: harbor-wait',
			'    text: A fishing boat waits at the harbor mouth until the water rises high enough to cross the sandbar.',
			'    concept: tide',
			'    why: The water level rises and falls on a predictable daily schedule.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: ship-route',
			'    text: A cargo ship crossing the Atlantic plans its course to ride a warm stream heading east.',
			'    concept: current',
			'    why: A steady flow inside the ocean carries the ship along its route.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: surf-school',
			'    text: A surf school checks the wind forecast before deciding whether lessons go ahead.',
			'    concept: wave',
			'    why: Wind over the sea surface is what builds the rolling crests.',
			`    ${people.replace(', ', '\n    ')}`,
			'links:',
			'  - id: tide-community',
			'    concept: tide',
			`    counterpart: ${counterpart}`,
			'    why: Both build slowly and locally, in a rhythm the people nearby know well.',
			`    ${people.replace(', ', '\n    ')}`
		].join('\n'),
		[`${SYNTHETIC}/01-ocean-forces.md`]: lesson_md({
			section: 'Ocean Forces',
			terms: [
				{ term: 'Gravity', definition: 'The force by which masses pull on one another.' },
				{ term: 'Salinity', definition: 'How much dissolved salt a body of water holds.' }
			]
		}),
		[`${SYNTHETIC}/02-coastal-people.md`]: lesson_md({
			section: 'Coastal People',
			terms: [
				{ term: 'Sandbar', definition: 'A ridge of sediment built up near a shore.' },
				{
					term: 'Swell',
					definition: 'Long, regular rollers that travel far from the storm that raised them.',
					aliases: ['swells']
				}
			]
		})
	};
}

/** A plain item that passes every `check_item` rule; tests break one thing at a time. */
export function valid_item(overrides: Partial<Item> = {}): Item {
	const option = (id: string, text: string, correct: boolean): Option => ({
		id,
		text,
		correct,
		feedback: correct ? 'Right.' : 'No.'
	});
	return {
		id: 'qtest001',
		type: 'attribute-value',
		document: 'alpha',
		stem: 'What is the mood of red?',
		options: [
			option('a', 'Lively and loud', true),
			option('b', 'Restful and steady', false),
			option('c', 'Quiet and distant', false)
		],
		explanation: 'Red is lively and loud.',
		source: {
			document: 'alpha',
			section: 'Part A',
			lesson: 'first',
			href: '/alpha/first#attr-mood'
		},
		fact: { kind: 'value', key: 'value:mood:red', concepts: ['red'], origin: 'x' },
		...overrides
	};
}

export const DAY = 24 * 60 * 60 * 1000;

/** One stored answer, correct or not, at time `at`. */
export function answer_record(correct: boolean, at: number, option = 'a'): AnswerRecord {
	return { answer: { kind: 'option', option }, correct, at };
}

/** A valid state holding `answers` (item id to records) and nothing else. */
/** A stored attempt as JSON holds it: two items, none answered; `extra` overrides any field. */
export function attempt_record(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		scope: 'mixed',
		seed: 1,
		selection: {},
		mode: 'practice',
		item_ids: ['q1', 'q2'],
		position: 0,
		responses: {},
		started: 100,
		...extra
	};
}

export function state_with(answers: Record<string, AnswerRecord[]> = {}): ProgressState {
	return { version: CURRENT_VERSION, lessons_read: {}, answers, attempts: {} };
}

/**
 * An in-memory Web Storage. Stored items are own enumerable properties, as on `localStorage`,
 * so `Object.keys(storage)` lists them.
 */
export class MemoryStorage implements Storage {
	[name: string]: unknown;

	get length() {
		return Object.keys(this).length;
	}

	clear() {
		for (const key of Object.keys(this)) delete this[key];
	}

	getItem(key: string): string | null {
		return Object.prototype.hasOwnProperty.call(this, key) ? String(this[key]) : null;
	}

	key(index: number): string | null {
		return Object.keys(this)[index] ?? null;
	}

	removeItem(key: string) {
		delete this[key];
	}

	setItem(key: string, value: string) {
		this[key] = String(value);
	}
}

/** A storage whose reads or writes throw a DOMException of the given name. */
export class ThrowingStorage extends MemoryStorage {
	// A private field is not an own enumerable property, so it never looks like a stored item.
	readonly #fail: { get?: string; set?: string };

	/**
	 * `items` are stored before any failure applies, as data a browser already holds. `fail` is
	 * read on every call, so a test may change it to make room again.
	 */
	constructor(fail: { get?: string; set?: string }, items: Record<string, string> = {}) {
		super();
		this.#fail = fail;
		Object.assign(this, items);
	}

	getItem(key: string): string | null {
		if (this.#fail.get) throw new DOMException('x', this.#fail.get);
		return super.getItem(key);
	}

	setItem(key: string, value: string) {
		if (this.#fail.set) throw new DOMException('x', this.#fail.set);
		super.setItem(key, value);
	}
}

/**
 * A storage that holds at most `quota` characters of keys and values, as browsers count
 * localStorage (Chromium: 5 MiB of UTF-16), and throws QuotaExceededError past it.
 */
export class QuotaStorage extends MemoryStorage {
	readonly #quota: { chars: number };

	/** `quota.chars` is read on every write, so a test may change it to make room. */
	constructor(quota: number | { chars: number }, items: Record<string, string> = {}) {
		super();
		this.#quota = typeof quota === 'number' ? { chars: quota } : quota;
		Object.assign(this, items);
	}

	/** Characters used now, keys included. */
	used() {
		return Object.keys(this).reduce((n, key) => n + key.length + String(this[key]).length, 0);
	}

	setItem(key: string, value: string) {
		const old = this.getItem(key);
		const after =
			this.used() - (old === null ? 0 : key.length + old.length) + key.length + value.length;
		if (after > this.#quota.chars) throw new DOMException('full', 'QuotaExceededError');
		super.setItem(key, value);
	}
}

/**
 * Arbitrary valid progress states, as the app stores them, for property tests. Item, attempt and
 * lesson ids come from small pools so that two states often share keys, which merging must handle.
 * They keep the record's rules: an attempt is stored under its id, lists each question once,
 * sits at one of its questions (or past the last once finished), holds responses only to its
 * questions, finishes after it started; a response is right when it scores 1 and is also among
 * the answers; answers are oldest first (ties in `answer_key` order); no time is after 2023-11.
 */
export function progress_state_arbitrary(): fc.Arbitrary<ProgressState> {
	const id = (prefix: string) => fc.integer({ min: 1, max: 4 }).map((n) => `${prefix}${n}`);
	const word = fc.stringMatching(/^[a-z0-9][a-z0-9:/-]{0,10}$/);
	const time = fc.integer({ min: 0, max: 1_700_000_000_000 });
	const dict = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>) =>
		fc.dictionary(key, value, { maxKeys: 4, noNullPrototype: true });
	const answer = fc.oneof(
		fc.record({ kind: fc.constant('option' as const), option: word }),
		fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 20 }) }),
		fc.record({ kind: fc.constant('pairs' as const), pairs: dict(word, word) })
	);
	const record = fc.record({ answer, correct: fc.boolean(), at: time });
	const response = fc
		.record({ answer, score: fc.integer({ min: 0, max: 4 }).map((n) => n / 4), at: time })
		.map((r) => ({ ...r, correct: r.score === 1 }));
	const attempt = fc
		.record(
			{
				scope: word,
				seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				selection: fc.record(
					{
						documents: fc.array(word, { maxLength: 2 }),
						lessons: fc.array(word, { maxLength: 2 }),
						types: fc.subarray([...ITEM_TYPES]),
						count: fc.integer({ min: 1, max: 50 })
					},
					{ requiredKeys: [] }
				),
				mode: fc.constantFrom('practice' as const, 'exam' as const),
				item_ids: fc.uniqueArray(id('q'), { maxLength: 4 }),
				position: fc.nat({ max: 4 }),
				responses: dict(id('q'), response),
				started: time,
				finished: time
			},
			{
				requiredKeys: [
					'scope',
					'seed',
					'selection',
					'mode',
					'item_ids',
					'position',
					'responses',
					'started'
				]
			}
		)
		.map(({ item_ids, position, responses, started, finished, ...rest }) => ({
			...rest,
			item_ids,
			position: Math.min(
				position,
				finished === undefined ? Math.max(item_ids.length - 1, 0) : item_ids.length
			),
			responses: Object.fromEntries(
				Object.entries(responses).filter(([item]) => item_ids.includes(item))
			),
			started,
			...(finished === undefined ? {} : { finished: Math.max(started, finished) })
		}));
	return fc
		.record({
			version: fc.constant(CURRENT_VERSION),
			lessons_read: dict(id('doc/lesson-'), time),
			// Stored answers are appended as they are given: oldest first, each once.
			answers: dict(
				id('q'),
				fc.uniqueArray(record, {
					maxLength: 4,
					selector: (r) => `${r.at}:${JSON.stringify(r.answer)}`
				})
			),
			attempts: dict(id('attempt'), attempt).map((attempts) =>
				Object.fromEntries(Object.entries(attempts).map(([key, a]) => [key, { id: key, ...a }]))
			)
		})
		.map((state) => {
			// An answer given in a quiz is kept as an answer too, as the app records it.
			for (const attempt of Object.values(state.attempts)) {
				for (const [item, { answer, correct, at }] of Object.entries(attempt.responses)) {
					const records = (state.answers[item] ??= []);
					const record = { answer, correct, at };
					if (!records.some((r) => answer_key(r) === answer_key(record))) records.push(record);
				}
			}
			for (const records of Object.values(state.answers))
				records.sort(
					(a, b) =>
						a.at - b.at || +(answer_key(a) > answer_key(b)) || -(answer_key(a) < answer_key(b))
				);
			return state;
		});
}
