import { attempt_id, lesson_key, MIXED_SCOPE } from '../../src/lib/content/ids';
import { answer_item, type Attempt } from '../../src/lib/quiz/attempt';
import { shuffle, seeded, type Random } from '../../src/lib/quiz/random';
import type { Answer, Item } from '../../src/lib/quiz/types';
import { encode } from '../../src/lib/progress/codec';
import { review_card } from '../../src/lib/progress/review';
import { due_items } from '../../src/lib/progress/schedule';
import { empty_state, type ProgressState } from '../../src/lib/progress/schema';
import { ProgressStore, STORAGE_KEY } from '../../src/lib/progress/storage';
import { MemoryStorage } from '../../tests/support/storage';
import { round, time_runs, type Timing } from './measure';
import { at, must } from '../../src/lib/must';

const QUIZ_LENGTH = 10;
// Far enough back that 10,000 answers, a quiz a day, all lie in the past: stored progress with
// times ahead of the clock is repaired on reading, which the load figure must not include.
const START = Date.UTC(2020, 0, 1);

export interface ProgressFigures {
	answers: number;
	attempts: number;
	stored_kb: number;
	/** Of which the answer history and the attempts (with their graded responses). */
	answers_kb: number;
	attempts_kb: number;
	/** Of which the FSRS cards, one per item answered. */
	cards_kb: number;
	load: Timing;
	save: Timing;
	/** Replaying every answer through FSRS (ts-fsrs), oldest first, item by item. */
	replay: Timing;
	/** The header's review count: which items are due now (times compared, no FSRS). */
	due: Timing;
}

/** A plausible answer to `item`: right about two times in three. */
function answer_for(item: Item, random: Random): Answer {
	const right = random() < 0.66;
	if (item.type === 'matching') {
		const options = right ? item.options : shuffle(item.options, random);
		const prompts = item.prompts ?? [];
		return {
			kind: 'pairs',
			pairs: Object.fromEntries(
				prompts.map((p, i) => [
					p.id,
					(right ? options.find((o) => o.matches === p.id) : options[i])!.id
				])
			)
		};
	}
	if (item.type === 'fill-in' && item.accept) {
		return { kind: 'text', text: right ? at(item.accept, 0) : 'something else' };
	}
	const options = item.options.filter((o) => o.correct === right);
	return { kind: 'option', option: (options[0] ?? at(item.options, 0)).id };
}

/**
 * Progress as a learner who has answered `answers` questions would have it: quizzes of ten items
 * from the real bank, each answer stored with its attempt, as `Progress.record` stores them.
 */
export function progress_with_answers(bank: readonly Item[], answers: number): ProgressState {
	const random = seeded(answers);
	const state = empty_state();
	let at = START;
	for (let a = 0; a * QUIZ_LENGTH < answers; a++) {
		const items = shuffle(bank, random).slice(0, Math.min(QUIZ_LENGTH, answers - a * QUIZ_LENGTH));
		let attempt: Attempt = {
			id: attempt_id(MIXED_SCOPE, at),
			scope: MIXED_SCOPE,
			seed: a + 1,
			selection: { count: QUIZ_LENGTH },
			mode: 'practice',
			item_ids: items.map((item) => item.id),
			position: items.length - 1,
			responses: {},
			started: at
		};
		for (const item of items) {
			at += 20_000;
			const answer = answer_for(item, random);
			attempt = answer_item(attempt, item, answer, at).attempt;
			const record = {
				answer,
				correct: must(attempt.responses[item.id], 'answer_item records a response').correct,
				at,
				attempt: attempt.id
			};
			(state.answers[item.id] ??= []).push(record);
			state.lessons_read[lesson_key(item.document, item.source.lesson)] ??= at;
		}
		state.attempts[attempt.id] = { ...attempt, finished: at };
		at += 86_400_000;
	}
	// Each item's card, as FSRS left it after its answers (Progress saves it after each answer).
	state.cards = replay(state);
	return state;
}

function replay(state: ProgressState) {
	const cards = Object.create(null) as NonNullable<ProgressState['cards']>;
	for (const [item, records] of Object.entries(state.answers)) {
		const card = review_card(undefined, records);
		if (card) cards[item] = card;
	}
	return cards;
}

/**
 * Times reading stored progress (`ProgressStore.read`: getItem, JSON, schema validation) and
 * saving one more answer (`ProgressStore.write`: re-read, merge with what another tab may have
 * saved, encode, setItem), against an in-memory Storage holding `answers` answers.
 */
export function bench_progress(bank: readonly Item[], answers: number): ProgressFigures {
	const state = progress_with_answers(bank, answers);
	const storage = new MemoryStorage();
	storage.setItem(STORAGE_KEY, encode(state));
	const store = new ProgressStore(() => storage);
	const stored_kb = round(storage.getItem(STORAGE_KEY)!.length / 1024, 1);

	const load = time_runs(
		() => {
			if (store.read().notices.length) throw new Error('stored progress did not read back');
		},
		{ runs: 20, budget_ms: 5_000 }
	);

	let current = store.read().state;
	let at = START + 1e11;
	const item = must(bank[0], 'the bank holds items');
	const option = must(item.options[0], 'an item has options');
	const save = time_runs(
		() => {
			at += 1000;
			const record = {
				answer: { kind: 'option' as const, option: option.id },
				correct: option.correct,
				at,
				fact: item.fact.key,
				lesson: lesson_key(item.document, item.source.lesson)
			};
			const next = {
				...current,
				answers: { ...current.answers, [item.id]: [...(current.answers[item.id] ?? []), record] }
			};
			const { notice, state: saved } = store.write(next);
			if (notice) throw new Error(notice.message);
			current = saved;
		},
		{ runs: 20, budget_ms: 5_000 }
	);

	const replayed = time_runs(() => replay(state), { runs: 20, budget_ms: 5_000 });
	const known = new Set(bank.map((i) => i.id));
	const due = time_runs(() => due_items(state, known, at), { runs: 20, budget_ms: 5_000 });

	return {
		answers: Object.values(state.answers).reduce((sum, list) => sum + list.length, 0),
		attempts: Object.keys(state.attempts).length,
		stored_kb,
		answers_kb: round(JSON.stringify(state.answers).length / 1024, 1),
		attempts_kb: round(JSON.stringify(state.attempts).length / 1024, 1),
		cards_kb: round(JSON.stringify(state.cards).length / 1024, 1),
		load,
		save,
		replay: replayed,
		due
	};
}
