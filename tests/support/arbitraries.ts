/** fast-check arbitraries for property tests of the progress codec and merging. */
import fc from 'fast-check';
import { answer_key, CURRENT_VERSION, type ProgressState } from '$lib/progress/schema';
import { ITEM_TYPES } from '$lib/quiz/types';

const ALNUM = [...'abcdefghijklmnopqrstuvwxyz0123456789'];

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
	// /^[a-z0-9][a-z0-9:/-]{0,10}$/, built from its characters: fc.stringMatching takes twice as
	// long to make one, and the states hold many. Half the characters after the first from
	// `:/-`, as stringMatching picks among the pattern's alternatives, not its 39 characters.
	const word = fc
		.tuple(
			fc.constantFrom(...ALNUM),
			fc.string({
				unit: fc.oneof(fc.constantFrom(...ALNUM), fc.constantFrom(':', '/', '-')),
				maxLength: 10
			})
		)
		.map(([first, rest]) => first + rest);
	// Half the times from a few, so that records and responses often share one: what tells
	// answers apart beyond their time (a merge de-duplicating by time alone) shows only then.
	const time = fc.oneof(
		fc.constantFrom(0, 1_000, 2_000),
		fc.integer({ min: 0, max: 1_700_000_000_000 })
	);
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
			// An answer given in a quiz is kept as an answer too, as the app records it: one record
			// per response. Two quizzes giving one question the same answer in the same millisecond
			// would share a record, which no learner does (and which the codec, restoring a record
			// per response, would not give back as it was): the second response is dropped.
			const responded = new Set<string>();
			for (const attempt of Object.values(state.attempts)) {
				for (const [item, { answer, correct, at }] of Object.entries(attempt.responses)) {
					const records = (state.answers[item] ??= []);
					const record = { answer, correct, at };
					const key = `${item} ${answer_key(record)}`;
					if (responded.has(key)) {
						delete attempt.responses[item];
						continue;
					}
					responded.add(key);
					if (!records.some((r) => answer_key(r) === answer_key(record))) records.push(record);
				}
			}
			for (const records of Object.values(state.answers))
				records.sort(
					(a, b) =>
						a.at - b.at ||
						+(answer_key(a) > answer_key(b)) ||
						-Number(answer_key(a) < answer_key(b))
				);
			return state;
		});
}
