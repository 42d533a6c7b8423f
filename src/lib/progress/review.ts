import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { Attempt } from '../quiz/attempt';
import { pending } from './carry_over';
import type { AnswerRecord, ProgressState, StoredCard } from './schema';

/**
 * FSRS review with ts-fsrs and its default parameters (FSRS-6, 90% requested retention, no
 * fuzz, so the same answers always give the same dates). Imported dynamically where a card
 * changes, after an answer, so no page's start-up JavaScript carries ts-fsrs.
 */
const scheduler = fsrs();

/**
 * A right answer this quick (exam mode) is rated Easy, and one this slow Hard. A quick check
 * budgets about 24 s a question (five in two minutes): a right answer in a third of that was
 * recalled without deliberating; one taking nearly twice as long was recalled with effort.
 */
export const EASY_MS = 8_000;
export const HARD_MS = 45_000;
/** Longer than this, the learner most likely left the page: how long it took is not known. */
export const AWAY_MS = 5 * 60_000;

/**
 * How long the answer given at `at` took, where the attempt records it: in exam mode each
 * question follows the last response at once, so the time since then (or since the start) is
 * the time spent on it. In practice mode it includes reading the last feedback: not known.
 */
export function time_taken(attempt: Attempt | undefined, at: number): number | undefined {
	if (attempt?.mode !== 'exam') return undefined;
	let shown = attempt.started;
	for (const response of Object.values(attempt.responses))
		if (response.at < at) shown = Math.max(shown, response.at);
	const took = at - shown;
	return took >= 0 && took <= AWAY_MS ? took : undefined;
}

/** Wrong → Again; right → Good, or Easy when quick and Hard when slow, if the time is known. */
export function rating(correct: boolean, took?: number): Grade {
	if (!correct) return Rating.Again;
	if (took === undefined) return Rating.Good;
	if (took < EASY_MS) return Rating.Easy;
	return took > HARD_MS ? Rating.Hard : Rating.Good;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function to_card(card: StoredCard): Card {
	return {
		due: new Date(card.due),
		stability: card.s,
		difficulty: card.d,
		elapsed_days: 0,
		scheduled_days: Math.round((card.due - card.last) / 86_400_000),
		learning_steps: card.step,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: new Date(card.last)
	};
}

function from_card(card: Card, at: number): StoredCard {
	return {
		due: card.due.getTime(),
		last: card.last_review?.getTime() ?? at,
		s: round(card.stability),
		d: round(card.difficulty),
		reps: card.reps,
		lapses: card.lapses,
		// Reviewed, a card is never new again.
		state: card.state === State.New ? State.Learning : card.state,
		step: card.learning_steps
	};
}

/**
 * `card` (undefined for an item never reviewed) after FSRS takes in `fresh`, answers given
 * after its last review, oldest first. `took` is how long the newest of them took, if known.
 */
export function review_card(
	card: StoredCard | undefined,
	fresh: readonly AnswerRecord[],
	took?: number
): StoredCard | undefined {
	const first = fresh[0];
	if (!first) return card;
	let current = card ? to_card(card) : createEmptyCard(new Date(first.at));
	let at = first.at;
	let grade: Grade = Rating.Good;
	for (const [i, record] of fresh.entries()) {
		at = record.at;
		grade = rating(record.correct, i === fresh.length - 1 ? took : undefined);
		current = scheduler.next(current, new Date(record.at), grade).card;
	}
	const card_now = from_card(current, at);
	// A missed question is due at once, as Mobilize has always promised. FSRS's first (re)learning
	// step (1 or 10 minutes) is there to show a missed card again in the same sitting; here the
	// review page is that sitting, so it lists the question straight away. Only the due time
	// changes: the step, stability and difficulty FSRS gave stay, and go on from there.
	return grade === Rating.Again ? { ...card_now, due: at } : card_now;
}

/**
 * The cards of `state` after FSRS takes in what `items` were answered since their last review,
 * or undefined when none changed. `given` is the answer just given, to rate by its time.
 */
export function review_items(
	state: ProgressState,
	items: readonly string[],
	given?: { attempt?: Attempt; at: number }
): Record<string, StoredCard> | undefined {
	const cards = { ...state.cards };
	let changed = false;
	for (const item of items) {
		const { card, fresh } = pending(state, item);
		const next = review_card(card, fresh, given && time_taken(given.attempt, given.at));
		if (!next || next === card) continue;
		cards[item] = next;
		changed = true;
	}
	return changed ? cards : undefined;
}
