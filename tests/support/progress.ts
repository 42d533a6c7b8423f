/** Stored-progress fixtures: answers, attempts and states as the app stores them. */
import { CURRENT_VERSION, type AnswerRecord, type ProgressState } from '$lib/progress/schema';

export const DAY = 24 * 60 * 60 * 1000;

/** One stored answer, correct or not, at time `at`. */
export function answer_record(correct: boolean, at: number, option = 'a'): AnswerRecord {
	return { answer: { kind: 'option', option }, correct, at };
}

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

/** A valid state holding `answers` (item id to records) and nothing else. */
export function state_with(answers: Record<string, AnswerRecord[]> = {}): ProgressState {
	return { version: CURRENT_VERSION, lessons_read: {}, answers, attempts: {} };
}
