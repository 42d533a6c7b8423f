import { describe, expect, it } from 'vitest';
import { answer_record, attempt_record, state_with } from '$testing/progress';
import { MemoryStorage, QuotaStorage } from '$testing/storage';
import { decode, encode } from './codec';
import { count_answers, import_progress, MAX_IMPORT_BYTES } from './import';
import { CURRENT_VERSION, empty_state, type ProgressState } from './schema';
import { with_reclaim } from './full';
import { ProgressStore, STORAGE_KEY } from './storage';
import { when } from './problems';

const mine = state_with({ q1: [answer_record(true, 100)] });

/** A store on `storage` holding `state`, and an import into it as the page runs one. */
function setup(state: ProgressState = mine, storage: Storage = new MemoryStorage()) {
	const store = with_reclaim(new ProgressStore(() => storage));
	store.write(state);
	const run = (text: string, file_name?: string) =>
		import_progress({
			state,
			text,
			file_name,
			save: (next) => store.write(next, { verify: true })
		});
	return { storage, store, run };
}

async function refused(text: string, name = 'progress.json') {
	const { storage, run } = setup();
	const before = storage.getItem(STORAGE_KEY);
	const result = await run(text, name);
	if (result.ok) throw new Error('import_progress accepted a bad file');
	expect(result.message).toContain(name);
	expect(result.message).toMatch(/Nothing was changed\.$/);
	expect(storage.getItem(STORAGE_KEY)).toBe(before);
	return result.message;
}

const file = (state: unknown) => JSON.stringify(state);
const attempt = attempt_record;

describe('import_progress', () => {
	it('refuses an empty file', async () => {
		expect(await refused('')).toContain('is empty');
		expect(await refused('  \n ')).toContain('is empty');
	});

	it('refuses a file that is not JSON', async () => {
		expect(await refused('hello, world')).toContain('not valid JSON');
	});

	it('refuses JSON of the wrong shape, saying what is wrong', async () => {
		expect(await refused('[1, 2, 3]')).toContain('not a progress record');
		expect(await refused('{"answers": {}}')).toContain('no version number');
		expect(
			await refused(file({ version: 1, lessons_read: {}, answers: { q1: 'yes' }, attempts: {} }))
		).toContain('answers.q1');
	});

	it('refuses a file from a newer version', async () => {
		expect(await refused(file({ ...empty_state(), version: CURRENT_VERSION + 1 }))).toMatch(
			/newer version/
		);
	});

	it('refuses a file over the size limit', async () => {
		expect(await refused(' '.repeat(MAX_IMPORT_BYTES + 1))).toContain('too large');
	});

	it('refuses a file nested 20,000 deep before parsing it, without overflowing', async () => {
		const deep = `{"version":1,"lessons_read":{},"answers":{},"attempts":{},"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
		expect(await refused(deep)).toContain('nested more than 64 levels deep');
	});

	it('refuses two attempts sharing an id, naming the attempt', async () => {
		const text = file({
			...empty_state(),
			attempts: { a: attempt('a'), b: attempt('a') }
		});
		expect(await refused(text)).toContain(
			'progress.json is not a valid progress record: the id of the mixed quiz started 1 Jan 1970, 00:00 UTC is “a”, not the id it is stored under (“b”). (Field: attempts.b.id)'
		);
	});

	it('keeps a question an attempt lists twice once, where it first appears, and says so', async () => {
		const { run } = setup();
		const response = { answer: { kind: 'option', option: 'x' }, correct: true, score: 1, at: 5 };
		const text = file({
			...empty_state(),
			attempts: { a: attempt('a', { item_ids: ['q', 'r', 'q'], responses: { q: response } }) }
		});
		const result = await run(text, 'twice.json');
		if (!result.ok) throw new Error(result.message);
		expect(result.message).toContain(
			'1 thing in it was repaired: the list of questions in the mixed quiz started 1 Jan 1970, 00:00 UTC had a question in it twice, so that question is kept once. (Field: attempts.a.item_ids)'
		);
		expect(result.state.attempts.a?.item_ids).toEqual(['q', 'r']);
		expect(Object.keys(result.state.attempts.a?.responses ?? {})).toEqual(['q']);
	});

	it.each(['__proto__', 'constructor', 'propertyIsEnumerable', '__lookupGetter__', 'prototype'])(
		'refuses %s as a key at every keyed level',
		async (key) => {
			const levels: Record<string, string> = {
				lessons_read: `{"${key}": 5}`,
				answers: `{"${key}": []}`,
				attempts: `{"${key}": ${file(attempt(key))}}`,
				responses: `{"a": ${file(attempt('a')).replace('"responses":{}', `"responses":{"${key}":{"answer":{"kind":"option","option":"x"},"correct":true,"score":1,"at":5}}`)}}`,
				pairs: `{"q1": [{"answer":{"kind":"pairs","pairs":{"${key}":"x"}},"correct":true,"at":5}]}`
			};
			for (const [level, json] of Object.entries(levels)) {
				const field = level === 'responses' ? 'attempts' : level === 'pairs' ? 'answers' : level;
				const text = `{"version":1,"lessons_read":{},"answers":{},"attempts":{},"${field}":${json}}`;
				expect(JSON.parse(text)).toBeTypeOf('object');
				expect(await refused(text), level).toContain(
					`uses “${key}” as a name, which is reserved and cannot be an id`
				);
			}
		}
	);

	it('repairs what has one sensible repair, and says what it repaired', async () => {
		const { run, storage } = setup();
		const text = file({
			...empty_state(),
			attempts: {
				a: attempt('a', {
					position: 9,
					responses: {
						q9: { answer: { kind: 'option', option: 'x' }, correct: true, score: 1, at: 5 }
					}
				})
			}
		});
		const result = await run(text, 'odd.json');
		if (!result.ok) throw new Error(result.message);
		expect(result.message).toContain('2 things in it were repaired');
		expect(result.message).toContain(
			'the current question of the mixed quiz started 1 Jan 1970, 00:00 UTC was question 10, past its 2 questions, so it is set to question 2'
		);
		expect(result.message).toContain(
			'your answer to question “q9” in the mixed quiz started 1 Jan 1970, 00:00 UTC is to a question the quiz does not have, so it is left out'
		);
		expect(result.message).toMatch(
			/\(Fields: attempts\.a\.position; attempts\.a\.responses\.q9\)$/
		);
		expect(result.state.attempts.a?.position).toBe(1);
		expect(result.state.attempts.a?.responses).toEqual({});
		expect(decode(storage.getItem(STORAGE_KEY)!)).toEqual({ ok: true, state: result.state });
	});

	it('moves times from the future to now', async () => {
		const { run } = setup();
		const future = Date.now() + 10 * 24 * 60 * 60 * 1000;
		const result = await run(file(state_with({ q2: [answer_record(true, future)] })));
		if (!result.ok) throw new Error(result.message);
		expect(result.state.answers.q2?.[0]?.at).toBeLessThanOrEqual(Date.now());
		expect(result.message).toContain(
			`the time of answer 1 to question “q2” (given ${when(future)}) was in the future, so it is set to now. (Field: answers.q2.0.at)`
		);
	});

	it('merges a valid file, saves it, and counts the answers it added', async () => {
		const { run, storage } = setup();
		const from = state_with({
			q1: [answer_record(true, 100), answer_record(false, 200)],
			q2: [answer_record(true, 300)]
		});
		const result = await run(encode(from), '“progress.json”');
		expect(result).toMatchObject({
			ok: true,
			added: 2,
			message: 'Imported “progress.json”: 2 answers added, merged with what was here and saved.'
		});
		if (!result.ok) return;
		expect(result.state.answers.q1?.map((r) => r.at)).toEqual([100, 200]);
		expect(result.state.answers.q2?.map((r) => r.at)).toEqual([300]);
		expect(count_answers(result.state)).toBe(3);
		expect(decode(storage.getItem(STORAGE_KEY)!)).toEqual({ ok: true, state: result.state });
	});

	it('adds nothing when the file holds only what is already there', async () => {
		expect(await setup().run(encode(mine))).toMatchObject({ ok: true, added: 0 });
	});

	it('refuses a file that does not fit, saying how big it is and how much room is left', async () => {
		const storage = new QuotaStorage(40_000);
		const { run } = setup(mine, storage);
		const before = { ...storage };
		const many: ProgressState['answers'] = {};
		for (let i = 0; i < 2000; i++) many[`q${i}`] = [answer_record(i % 2 === 0, 1000 + i)];
		const result = await run(encode(state_with(many)), 'big.json');
		if (result.ok) throw new Error('accepted a file that cannot fit');
		expect(result.message).toMatch(
			/^big\.json does not fit in this browser’s storage: merged with your progress it needs \d+ KB, and about \d+ KB is free for it\. Nothing was changed\.$/
		);
		expect({ ...storage }).toEqual(before);
	});

	it('reports storage that cannot be written', async () => {
		const state = empty_state();
		const result = await import_progress({
			state,
			text: encode(mine),
			save: (next) => ({ state: next, saved: false })
		});
		expect(result).toEqual({
			ok: false,
			message:
				'The file could not be saved: this browser’s storage cannot be written. Nothing was changed.'
		});
	});
});

describe('count_answers', () => {
	it('counts every stored answer', () => {
		expect(count_answers(empty_state())).toBe(0);
		expect(
			count_answers(state_with({ a: [answer_record(true, 1), answer_record(true, 2)], b: [] }))
		).toBe(2);
	});
});

describe('import messages', () => {
	it('start with a capital when no file name is given', async () => {
		const result = await setup().run('');
		expect(result.ok ? '' : result.message).toBe('The file is empty. Nothing was changed.');
	});
});
