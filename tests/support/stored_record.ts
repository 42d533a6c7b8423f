// A valid stored progress record, and what `decode` makes of it changed one way, for the tests
// of what a learner is told about a record that is not quite right.
import { decode } from '$lib/progress/codec';
import { CURRENT_VERSION } from '$lib/progress/schema';
import { answer_record, attempt_record, DAY } from './progress';

/** When the record is read. */
export const NOW = Date.UTC(2025, 0, 15);

export type Json = Record<string, unknown>;

/** A valid record: one lesson read, one answer, one finished attempt and the answer's card. */
export function record(): Json {
	return {
		version: CURRENT_VERSION,
		lessons_read: { 'doc/lesson': NOW - DAY },
		answers: { q1: [answer_record(true, NOW - DAY)] },
		attempts: {
			a1: attempt_record('a1', {
				item_ids: ['q1', 'q2'],
				position: 1,
				responses: {
					q1: { answer: { kind: 'option', option: 'a' }, score: 1, at: NOW - DAY + 5 }
				},
				started: NOW - DAY,
				finished: NOW - DAY + 10
			})
		},
		cards: {
			q1: { due: NOW + DAY, last: NOW - DAY, s: 2, d: 5, reps: 1, lapses: 0, state: 2, step: 0 }
		}
	};
}

/** `record()` changed by `change`, decoded at NOW. */
export function decoded(
	change: (data: Json & { attempts: { a1: Json }; cards: { q1: Json } }) => void
) {
	const data = record() as Parameters<typeof change>[0];
	change(data);
	return decode(JSON.stringify(data), NOW);
}

/**
 * What a learner is told when `change` makes the record one no version of Mobilize writes: the
 * words after "not a valid progress record:", and the field named after them for whoever helps.
 */
export function refusal(change: Parameters<typeof decoded>[0]) {
	const result = decoded(change);
	if (result.ok) throw new Error('the changed record was accepted');
	const said = /^The saved progress is not a valid progress record: (.*)\. \(Field: (.*)\)$/.exec(
		result.message
	);
	return { words: said?.[1] ?? result.message, field: said?.[2] };
}

/** The fixture's attempt, as a learner is told of it: what it covered and when it started. */
export const QUIZ = 'the mixed quiz started 14 Jan 2025, 00:00 UTC';
/** An attempt id with its start in it, as `attempt_id` makes them. */
export const TIMED = `mixed@${(NOW - DAY).toString(36)}`;
