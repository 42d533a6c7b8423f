import { settle, type AnswerRecord, type ProgressState, type StoredCard } from './schema';

type Attempt = ProgressState['attempts'][string];

/** An empty collection keyed by data: no prototype, so no id can mean anything but itself. */
const dict = <T>(from?: Record<string, T>): Record<string, T> =>
	Object.assign(Object.create(null) as Record<string, T>, from);

/**
 * Combines two states so that nothing either holds is lost: used when another tab saved in
 * between, and when a learner imports a file. Answers merge by item and time (not last write
 * wins); attempts merge response by response, the later response to an item winning.
 */
export function merge_states(a: ProgressState, b: ProgressState): ProgressState {
	const lessons_read = dict(a.lessons_read);
	for (const [key, at] of Object.entries(b.lessons_read)) {
		const read = lessons_read[key];
		lessons_read[key] = read === undefined ? at : Math.min(read, at);
	}
	const answers = dict<AnswerRecord[]>();
	for (const item of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) {
		answers[item] = merge_records(a.answers[item] ?? [], b.answers[item] ?? []);
	}
	const attempts = dict(a.attempts);
	for (const [id, attempt] of Object.entries(b.attempts)) {
		const mine = attempts[id];
		attempts[id] = mine ? merge_attempt(mine, attempt) : attempt;
	}
	const cards = merge_cards(a.cards, b.cards);
	const merged = { version: a.version, lessons_read, answers, attempts, ...(cards && { cards }) };
	// Keeps the merged attempts' positions inside their questions; no time moves (Infinity).
	if (settle(merged, Infinity) === undefined) return merged;
	// Only a side built in memory can break a rule settle refuses (an attempt stored under
	// another id): storing the merge would then set all progress aside on the next load. Keep
	// the side that holds to the rules instead.
	return follows_rules(b) && !follows_rules(a) ? b : a;
}

/** Whether `state` keeps the rules `settle` checks, without repairing `state` itself. */
const follows_rules = (state: ProgressState) =>
	settle(structuredClone(state), Infinity) === undefined;

function record_key(record: AnswerRecord) {
	return `${record.at}:${JSON.stringify(record.answer)}`;
}

/** Both lists' records, each once, oldest first, whatever order either list was in. */
function merge_records(a: AnswerRecord[], b: AnswerRecord[]) {
	const seen = new Map<string, AnswerRecord>();
	for (const record of [...a, ...b])
		if (!seen.has(record_key(record))) seen.set(record_key(record), record);
	return [...seen.values()].sort((x, y) => x.at - y.at);
}

/**
 * Both sides' cards, one per item: the one reviewed later, as it has taken in the later answer
 * (answers from the other side given after its last review are taken in when FSRS next loads,
 * through `stale_items`; an answer older than the card's last review stays stored but does not
 * change the card).
 * Ties go by a fixed order of the cards' fields, so a merge gives the same whichever side is
 * `a`, in every tab.
 */
function merge_cards(a?: Record<string, StoredCard>, b?: Record<string, StoredCard>) {
	if (!a || !b) return a ?? b;
	const cards = dict(a);
	for (const [item, card] of Object.entries(b)) {
		const mine = cards[item];
		if (!mine || order(card, mine) > 0) cards[item] = card;
	}
	return cards;
}

const FIELDS = ['last', 'reps', 'due', 's', 'd', 'lapses', 'state', 'step'] as const;

/** Positive when `x` wins over `y`: reviewed later, then more reviews, then field by field. */
function order(x: StoredCard, y: StoredCard) {
	for (const field of FIELDS) if (x[field] !== y[field]) return x[field] - y[field];
	return 0;
}

function merge_attempt(a: Attempt, b: Attempt): Attempt {
	const responses = dict(a.responses);
	for (const [item, response] of Object.entries(b.responses)) {
		const mine = responses[item];
		if (!mine || response.at > mine.at) responses[item] = response;
	}
	const finished =
		a.finished !== undefined && b.finished !== undefined
			? Math.min(a.finished, b.finished)
			: (a.finished ?? b.finished);
	return {
		...a,
		// Both copies' questions, so that no response is left without its question.
		item_ids: [...new Set([...a.item_ids, ...b.item_ids])],
		responses,
		position: Math.max(a.position, b.position),
		...(finished === undefined ? {} : { finished })
	};
}
