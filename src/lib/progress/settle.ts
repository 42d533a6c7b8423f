import { describe_problem, type Finding, type Problem } from './problems';
import type { AnswerRecord, ProgressState } from './schema';

/** Clocks of two devices may disagree: a time up to a day ahead of this one is not refused. */
export const CLOCK_SKEW = 24 * 60 * 60 * 1000;

/**
 * The rules the shape alone cannot say, so that every page, resume, review and report work for
 * whatever is accepted. What has one sensible repair is repaired and listed in `fixes` (a time
 * ahead of the clock, a question listed twice, a position past the questions, a response to a
 * question the attempt does not have); what would need a guess is refused, naming the field.
 * Each is described as it is found, while the record still holds what was wrong.
 */
export function settle(state: ProgressState, now: number, fixes?: Finding[]) {
	// Repairs are described only for a caller that keeps the list: a merge settles its result and
	// keeps none, and describing (a time on the learner's clock) costs more than the repair.
	const fix = (path: Problem['path'], said: string) =>
		fixes?.push(describe_problem({ path, said }, state));
	const when = (at: number, path: Problem['path']) => {
		if (at <= now + CLOCK_SKEW) return at;
		fix(path, 'was in the future, so it is set to now');
		return now;
	};
	for (const [key, at] of Object.entries(state.lessons_read))
		state.lessons_read[key] = when(at, ['lessons_read', key]);
	for (const [item, records] of Object.entries(state.answers)) {
		for (const [i, r] of records.entries()) r.at = when(r.at, ['answers', item, i, 'at']);
		// Reviews replay answers oldest first; ties in one order, so a record reads back the same.
		records.sort(
			(a, b) =>
				a.at - b.at || +(answer_key(a) > answer_key(b)) || -Number(answer_key(a) < answer_key(b))
		);
	}
	settle_cards(state, when, fix);
	for (const [key, attempt] of Object.entries(state.attempts)) {
		const p = ['attempts', key];
		// Pages list attempts by id: two with one id would make the list, and the page, fail.
		if (attempt.id !== key) {
			const said = `is “${attempt.id}”, not the id it is stored under (“${key}”)`;
			return describe_problem({ path: [...p, 'id'], said }, state);
		}
		// A question listed twice is kept once, where it first appears: its responses stay, as
		// the question does, and one bad attempt never sets aside the whole record.
		const ids = new Set(attempt.item_ids);
		if (ids.size < attempt.item_ids.length) {
			fix([...p, 'item_ids'], 'had a question in it twice, so that question is kept once');
			attempt.item_ids = [...ids];
		}
		attempt.started = when(attempt.started, [...p, 'started']);
		if (attempt.finished !== undefined) {
			attempt.finished = when(attempt.finished, [...p, 'finished']);
			if (attempt.finished < attempt.started) {
				fix([...p, 'finished'], 'was before its start, so it is set to its start');
				attempt.finished = attempt.started;
			}
		}
		// An unfinished attempt must have a current question to resume at.
		const n = attempt.item_ids.length;
		const last = attempt.finished === undefined ? Math.max(n - 1, 0) : n;
		if (attempt.position > last) {
			const to = last === n ? 'its end' : `question ${last + 1}`;
			fix(
				[...p, 'position'],
				`was question ${attempt.position + 1}, past its ${n === 1 ? 'one question' : `${n} questions`}, so it is set to ${to}`
			);
			attempt.position = last;
		}
		for (const [item, response] of Object.entries(attempt.responses)) {
			if (ids.has(item)) response.at = when(response.at, [...p, 'responses', item, 'at']);
			else {
				fix(
					[...p, 'responses', item],
					'is to a question the quiz does not have, so it is left out'
				);
				delete attempt.responses[item];
			}
		}
	}
}

/**
 * A card's rules: it belongs to an item with answers (else it is left out: nothing to review),
 * it was last reviewed no later than now (allowing clock skew), it is not due before that review
 * and has no more lapses than reviews, which no FSRS step gives. A card that breaks a rule is
 * left out rather than refused with everything else: the item's answers are all kept, so its
 * review falls back to the date they give and FSRS makes a new card at the next answer.
 */
function settle_cards(
	state: ProgressState,
	when: (at: number, path: Problem['path']) => number,
	fix: (path: Problem['path'], said: string) => void
) {
	if (!state.cards) return;
	const again = 'so the card is left out, to be made again from its answers';
	for (const [item, card] of Object.entries(state.cards)) {
		const p = ['cards', item];
		if (!state.answers[item]?.length) {
			fix(p, 'belongs to a question with no answer stored, so it is left out');
			delete state.cards[item];
			continue;
		}
		const broken: [string, string] | undefined =
			card.due < card.last
				? ['due', `is before its last review, ${again}`]
				: card.lapses > card.reps
					? ['lapses', `is more than its review count, ${again}`]
					: undefined;
		if (broken) {
			fix([...p, broken[0]], broken[1]);
			delete state.cards[item];
			continue;
		}
		// Moving `last` back to now keeps `due` after it.
		card.last = when(card.last, [...p, 'last']);
	}
}

/** What tells two answers to one item apart. */
export const answer_key = (r: AnswerRecord) => `${r.at} ${r.correct} ${JSON.stringify(r.answer)}`;
