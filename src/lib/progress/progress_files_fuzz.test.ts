/**
 * Property test of the promise an import makes: whatever file a learner picks, it is either
 * refused with a message and nothing changes, or it is saved, reads back the same on the next
 * load, and every view the pages derive from it works.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resume_items } from '../quiz/resume';
import { score } from '../quiz/score';
import { progress_state_arbitrary } from '$testing/arbitraries';
import { costly_runs } from '$testing/fuzz';
import { answer_record, state_with } from '$testing/progress';
import { real_bank, real_quiz_documents } from '$testing/real_content';
import { QuotaStorage } from '$testing/storage';
import { decode, encode } from './codec';
import { size, with_reclaim } from './full';
import { import_progress } from './import';
import { pick_quick_check } from './quick_check';
import { attempt_history, progress_report, report_data } from './report';
import { due_items } from './schedule';
import { CLOCK_SKEW, reserved, type ProgressState } from './schema';
import { ProgressStore, QUOTA_CHARS } from './storage';
import { at } from '$lib/must';

/**
 * Files imported: each is stored, read back and rendered into every view, so 100 in `vitest run`
 * (about 0.8 s) and 1,000 in `npm run test:fuzz`, where 400 used to run in every unit run.
 */
const RUNS = costly_runs(import.meta.env.MODE, 100, 1_000);

/**
 * Answers in the file too large for storage: 100,000 against the browser's quota in `npm run
 * test:fuzz`; 4,000 against a 25th of it in `vitest run`, the same file for the room it is given
 * (the room is what the storage holds, measured by writing to it), where 100,000 cost about 1.5 s
 * of every unit run.
 */
const HUGE_ANSWERS = costly_runs(import.meta.env.MODE, 4_000, 100_000);
const HUGE_QUOTA = Math.floor((QUOTA_CHARS * HUGE_ANSWERS) / 100_000);

const documents = real_quiz_documents();
const bank = real_bank(1);
const report_documents = report_data(documents, bank);
const known = new Set(bank.map((item) => item.id));
/** The fixture's item ids q1…q4 become real ones, so that resume and review find them. */
const REAL = bank.slice(0, 4).map((item) => item.id);
const real_ids = (text: string) => text.replace(/"q([1-4])"/g, (_, n) => `"${REAL[n - 1]}"`);

const RESERVED_KEYS = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'propertyIsEnumerable',
	'__lookupGetter__',
	'__defineSetter__',
	'valueOf'
];

type Json = Record<string, unknown>;

/** Mutations a fuzzer would make to a valid file, each touching one place. */
const mutation: fc.Arbitrary<(data: Json) => void> = fc.oneof(
	// A value anywhere replaced by arbitrary JSON.
	fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([n, value]) => (data: Json) => {
		const slots = places(data);
		const [parent, key] = at(slots, n % slots.length);
		parent[key] = value;
	}),
	// A field anywhere removed.
	fc.nat().map((n) => (data: Json) => {
		const slots = places(data);
		const [parent, key] = at(slots, n % slots.length);
		delete parent[key];
	}),
	// A reserved name as a key of any keyed collection.
	fc.tuple(fc.nat(), fc.constantFrom(...RESERVED_KEYS)).map(([n, key]) => (data: Json) => {
		const collections = keyed(data);
		const target = at(collections, n % collections.length);
		// JSON.parse makes `__proto__` an own key: define it the same way.
		Object.defineProperty(target, key, {
			value: Object.values(target)[0] ?? 1,
			enumerable: true,
			configurable: true,
			writable: true
		});
	}),
	// An attempt copied under another key, keeping its id.
	fc.nat().map((n) => (data: Json) => {
		const attempts = data.attempts as Json;
		if (typeof attempts !== 'object' || !attempts) return;
		const ids = Object.keys(attempts);
		if (ids.length) attempts[`copy${n}`] = attempts[at(ids, n % ids.length)];
	}),
	// Positions, counts and times pushed out of range.
	fc
		.tuple(
			fc.nat(),
			fc.constantFrom(-1, 5, 1e6, 2 ** 53, 1e300, 0.5),
			fc.constantFrom('position', 'started', 'finished', 'at', 'seed', 'score')
		)
		.map(([n, value, field]) => (data: Json) => {
			const slots = places(data).filter(([, key]) => key === field);
			if (slots.length) {
				const [parent, key] = at(slots, n % slots.length);
				parent[key] =
					field === 'started' || field === 'at' || field === 'finished'
						? Date.now() + value * 1e3
						: value;
			}
		}),
	// A response to a question the attempt does not list; a question listed twice.
	fc.nat().map((n) => (data: Json) => {
		const attempts = Object.values(Object(data.attempts) as Record<string, Json>);
		const attempt = attempts[n % Math.max(attempts.length, 1)];
		if (!attempt || typeof attempt !== 'object' || !Array.isArray(attempt.item_ids)) return;
		if (typeof attempt.responses !== 'object' || !attempt.responses) return;
		if (n % 2) (attempt.item_ids as string[]).push(...(attempt.item_ids as string[]).slice(0, 1));
		else
			(attempt.responses as Json)[`stray${n}`] = {
				answer: { kind: 'option', option: 'a' },
				correct: true,
				score: 1,
				at: 5
			};
	}),
	// Deep nesting put in a field.
	fc.tuple(fc.nat(), fc.integer({ min: 60, max: 20_000 })).map(([n, depth]) => (data: Json) => {
		const slots = places(data);
		const [parent, key] = at(slots, n % slots.length);
		parent[key] = { deep: depth };
	})
);

/** Every [object, key] pair in `data`. */
function places(data: unknown, out: [Json, string][] = []): [Json, string][] {
	if (typeof data !== 'object' || data === null) return out;
	for (const key of Object.keys(data)) {
		out.push([data as Json, key]);
		places((data as Json)[key], out);
	}
	return out;
}

/** The keyed collections of a progress record: lessons read, answers, attempts, responses, pairs. */
function keyed(data: Json): Json[] {
	const found: Json[] = [];
	for (const field of ['lessons_read', 'answers', 'attempts']) {
		if (typeof data[field] === 'object' && data[field]) found.push(data[field] as Json);
	}
	for (const attempt of Object.values(Object(data.attempts) as Record<string, Json>)) {
		if (typeof attempt?.responses === 'object' && attempt.responses)
			found.push(attempt.responses as Json);
	}
	for (const [parent, key] of places(data))
		if (key === 'pairs' && typeof parent[key] === 'object' && parent[key])
			found.push(parent[key] as Json);
	return found;
}

/** JSON text of `data`, with `{deep: n}` written out as n nested lists. */
function to_text(data: unknown) {
	return JSON.stringify(data).replace(
		/\{"deep":(\d+)\}/g,
		(_, n) => `${'['.repeat(n)}${']'.repeat(n)}`
	);
}

const files = fc.oneof(
	{ weight: 2, arbitrary: progress_state_arbitrary().map((s) => real_ids(encode(s))) },
	{
		weight: 6,
		arbitrary: fc
			.tuple(progress_state_arbitrary(), fc.array(mutation, { minLength: 1, maxLength: 3 }))
			.map(([state, changes]) => {
				const data = JSON.parse(real_ids(encode(state))) as Json;
				for (const change of changes) change(data);
				return to_text(data);
			})
	},
	{ weight: 1, arbitrary: fc.oneof(fc.string(), fc.json()) }
);

/** Every view a page derives from stored progress; throws if any of them fails. */
function render_views(state: ProgressState, now: number) {
	const report = progress_report({ documents: report_documents, state, now });
	expect(report.length).toBe(documents.length);
	const history = attempt_history(state);
	// The progress page lists attempts keyed by id: one id twice breaks the page.
	expect(new Set(history.map((h) => h.id)).size).toBe(history.length);
	for (const h of history) expect(Number.isFinite(h.percent)).toBe(true);
	due_items(state, known, now);
	expect(pick_quick_check({ bank, state, seed: 1 })).toHaveLength(5);
	// No time ahead of the clock (a day's skew allowed): reviews would never fall due.
	const times = [
		...Object.values(state.lessons_read),
		...Object.values(state.answers).flatMap((records) => records.map((r) => r.at)),
		...Object.values(state.attempts).flatMap((a) => [
			a.started,
			a.finished ?? 0,
			...Object.values(a.responses).map((r) => r.at)
		])
	];
	expect(Math.max(0, ...times)).toBeLessThanOrEqual(now + CLOCK_SKEW);
	for (const attempt of Object.values(state.attempts)) {
		if (attempt.finished !== undefined)
			expect(attempt.finished).toBeGreaterThanOrEqual(attempt.started);
		const { items } = resume_items(bank, attempt);
		expect(Number.isFinite(score(attempt).percent)).toBe(true);
		// Resuming an unfinished attempt whose questions all exist finds its current question.
		if (attempt.finished === undefined && items.length === attempt.item_ids.length && items.length)
			expect(items[attempt.position]).toBeDefined();
		for (const item of Object.keys(attempt.responses)) expect(attempt.item_ids).toContain(item);
	}
}

/** Imports `text` (named `file_name`) into what `store` holds, saving as the page saves: verified. */
function import_into(store: ProgressStore, text: string, file_name: string) {
	return import_progress({
		state: store.read().state,
		text,
		file_name,
		save: (next) => store.write(next, { verify: true })
	});
}

function check(text: string, quota: number, earlier: ProgressState) {
	const storage = new QuotaStorage(quota);
	const store = with_reclaim(new ProgressStore(() => storage));
	store.write(earlier);
	const before = { ...storage };
	return import_into(store, text, 'file.json').then((result) => {
		if (!result.ok) {
			expect(result.message).toMatch(/^file\.json .+ Nothing was changed\.$/s);
			expect({ ...storage }).toEqual(before);
			return 'refused';
		}
		// The next load reads what the import said it saved.
		const next = new ProgressStore(() => storage).read();
		expect(next.notices).toEqual([]);
		expect(next.state).toEqual(result.state);
		expect(decode(encode(result.state))).toEqual({ ok: true, state: result.state });
		for (const collection of keyed(result.state as unknown as Json))
			for (const key of Object.keys(collection)) expect(reserved(key)).toBe(false);
		render_views(next.state, Date.now());
		return 'accepted';
	});
}

describe('importing any file', () => {
	it(`refuses it with a message and changes nothing, or saves what reads back and renders (${RUNS} files)`, async () => {
		const outcomes = { accepted: 0, refused: 0 };
		await fc.assert(
			fc.asyncProperty(
				files,
				progress_state_arbitrary().map((s) => decode(real_ids(encode(s)))),
				fc.constantFrom(QUOTA_CHARS, 3000),
				async (text, earlier, quota) => {
					if (!earlier.ok) throw new Error(earlier.message);
					outcomes[await check(text, quota, earlier.state)]++;
				}
			),
			{ numRuns: RUNS }
		);
		// Every file was tried, and both outcomes were exercised (about a third of the files are
		// accepted, two thirds refused), so neither branch passed vacuously.
		expect(outcomes.accepted + outcomes.refused).toBe(RUNS);
		expect(outcomes.accepted).toBeGreaterThan(RUNS / 20);
		expect(outcomes.refused).toBeGreaterThan(RUNS / 20);
	}, 120_000);

	it.each([
		[
			'two attempts sharing an id',
			'the id of the quiz started 1 Jan 1970, 00:00 UTC is “a”, not the id it is stored under (“copy”)'
		],
		['a prototype key', 'which is reserved and cannot be an id'],
		['nesting 20,000 deep', 'nested more than 64 levels deep']
	])('refuses %s with a message saying so', async (what, says) => {
		const data = JSON.parse(real_ids(encode(state_with({ q1: [answer_record(true, 5)] })))) as Json;
		const attempt = {
			id: 'a',
			scope: 's',
			seed: 1,
			selection: {},
			mode: 'practice',
			item_ids: [],
			position: 0,
			responses: {},
			started: 5
		};
		let text: string;
		if (what.startsWith('two'))
			text = JSON.stringify({ ...data, attempts: { a: attempt, copy: attempt } });
		else if (what.startsWith('a prototype'))
			text = JSON.stringify(data).replace('"answers":{', '"answers":{"__proto__":[],');
		else
			text = JSON.stringify({ ...data, x: { deep: 20_000 } }).replace(
				/\{"deep":(\d+)\}/,
				'['.repeat(20_000) + ']'.repeat(20_000)
			);
		const storage = new QuotaStorage(QUOTA_CHARS);
		const store = with_reclaim(new ProgressStore(() => storage));
		const result = await import_into(store, text, 'x.json');
		expect(result.ok).toBe(false);
		expect(result.message).toContain(says);
		expect(storage.length).toBe(0);
	});

	it(`saves ${HUGE_ANSWERS} answers only if they fit, and otherwise says why`, async () => {
		const answers: ProgressState['answers'] = {};
		for (let i = 0; i < HUGE_ANSWERS; i++)
			(answers[`q${i % 250}`] ??= []).push(answer_record(i % 3 > 0, 1000 + i));
		const text = encode(state_with(answers));
		expect(text.length).toBeGreaterThan(HUGE_QUOTA);
		const storage = new QuotaStorage(HUGE_QUOTA);
		const store = with_reclaim(new ProgressStore(() => storage));
		const result = await import_into(store, text, 'huge.json');
		expect(result).toEqual({
			ok: false,
			message: expect.stringMatching(
				new RegExp(
					`^huge\\.json does not fit in this browser’s storage: merged with your progress it needs [\\d.]+ [KM]B, and about ${size(HUGE_QUOTA)} is free for it\\. Nothing was changed\\.$`
				)
			)
		});
		expect(storage.length).toBe(0);
		// Half of it fits, is saved, and reads back after a reload.
		const half = state_with(
			Object.fromEntries(
				Object.entries(answers).map(([id, records]) => [id, records.slice(0, records.length / 2)])
			)
		);
		const saved = await import_into(store, encode(half), 'half.json');
		expect(saved).toMatchObject({ ok: true, added: HUGE_ANSWERS / 2 });
		expect(new ProgressStore(() => storage).read().state).toEqual(half);
	}, 60_000);
});
