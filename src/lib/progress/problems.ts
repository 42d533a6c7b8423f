import { attempt_started, parse_scope } from '../content/ids';

/**
 * Something wrong with one field of a progress record, as the schema's checks and rules find
 * it. The words for the learner are made from it by `describe_problem`, which looks at the
 * record to say which part of their progress the field belongs to.
 */
export interface Problem {
	/** Keys from the record's top down to the field: `['attempts', 'a1', 'started']`. */
	path: (string | number)[];
	/** What the field should hold, when its shape is wrong: `a score from 0 to 1`. */
	expected?: string;
	/** What it holds instead. */
	value?: unknown;
	/** Otherwise what is wrong with it, or what was done: `was in the future, so it is now`. */
	said?: string;
}

/** A problem in the learner's words, and the field's path for whoever helps them. */
export interface Finding {
	text: string;
	path: string;
}

const plain = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored time as `7 Dec 2026, 10:30 GMT+1`, or undefined for one that is not a time: on the
 * learner's clock, as they remember starting a quiz, with the zone's short name so a teacher
 * helping from elsewhere reads it right. In English, as the rest of the message is.
 */
export function when(ms: unknown) {
	if (typeof ms !== 'number' || !(ms >= 0 && ms <= 8.64e15)) return undefined;
	// Made per call: the learner's time zone is read when the message is made, not at import.
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZoneName: 'short'
	}).format(ms);
}

/** A value found where another was expected, short enough to quote. */
function shown(value: unknown) {
	if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value === null) return 'empty';
	return Array.isArray(value) ? 'a list' : 'a set of named fields';
}

/** Which quiz an attempt was: what it covered and when it started (its id says, if need be). */
function attempt_name(key: string, attempt: unknown) {
	const a = plain(attempt) ? attempt : {};
	const scope = typeof a.scope === 'string' ? parse_scope(a.scope) : undefined;
	const quiz =
		scope?.kind === 'lesson'
			? `the quiz on lesson “${scope.document}/${scope.lesson}”`
			: scope?.kind === 'document'
				? `the quiz on all of “${scope.document}”`
				: scope?.kind === 'assignment'
					? `the assignment “${scope.assignment}”`
					: scope?.kind === 'check'
						? 'the quick check'
						: scope?.kind === 'review'
							? 'the review of due questions'
							: scope?.kind === 'mixed'
								? 'the mixed quiz'
								: 'the quiz';
	const started = when(a.started);
	if (started) return `${quiz} started ${started}`;
	// Its own start missing or unusable, which may be the very problem: said as the id's.
	const from_id = when(attempt_started(key));
	return from_id ? `${quiz} (its id says it began ${from_id})` : `${quiz} stored as “${key}”`;
}

/** An answer's own fields (`rest` is the path below the answer record). */
function answer_field(rest: (string | number)[]) {
	const [field, inner, key] = rest;
	if (field === 'answer') {
		if (inner === 'kind') return 'the kind';
		if (inner === 'option') return 'the chosen option';
		if (inner === 'text') return 'the text typed';
		if (inner === 'pairs')
			return key === undefined ? 'the pairs matched' : `the match for “${key}”`;
		return undefined;
	}
	if (field === 'correct') return 'the right-or-wrong mark';
	if (field === 'at') return 'the time';
	return field === undefined ? undefined : `the ${field}`;
}

const SELECTION = new Map([
	['documents', 'documents chosen'],
	['lessons', 'lessons chosen'],
	['types', 'question types chosen'],
	['items', 'questions chosen'],
	['count', 'number of questions chosen']
]);
const ATTEMPT = new Map([
	['id', 'id'],
	['scope', 'scope (what it covers)'],
	['seed', 'seed'],
	['mode', 'mode'],
	['item_ids', 'list of questions'],
	['position', 'current question'],
	['responses', 'answers'],
	['started', 'start time'],
	['finished', 'finish time']
]);
const CARD = new Map([
	['due', 'due date'],
	['last', 'last review time'],
	['s', 'stability'],
	['d', 'difficulty'],
	['reps', 'review count'],
	['lapses', 'lapse count'],
	['state', 'state'],
	['step', 'learning step']
]);

/** A field's name in words, from its table, or as stored (a path part is any text). */
const named = (table: ReadonlyMap<string, string>, field: string | number) =>
	table.get(String(field)) ?? String(field);

/**
 * `field of part`, or the part itself when the problem is with all of it; `by` for the fields
 * that read better with another word ("the questions chosen for the quiz").
 */
const of = (field: string | undefined, part: string, by = 'of') =>
	field ? `${field} ${by} ${part}` : part;

/** Which entry of a list, and of which list. */
const entry = (list: string, i: string | number | undefined) =>
	typeof i === 'number' ? `entry ${i + 1} in the ${list}` : `the ${list}`;

function attempt_part(key: string, rest: (string | number)[], attempt: unknown) {
	const name = attempt_name(key, attempt);
	const [field, item, ...below] = rest;
	if (field === 'responses' && item !== undefined) {
		const ids = plain(attempt) && Array.isArray(attempt.item_ids) ? attempt.item_ids : [];
		const i = ids.indexOf(item);
		const question = i >= 0 ? `question ${i + 1} of ${ids.length}` : `question “${item}”`;
		return of(answer_field(below), `your answer to ${question} in ${name}`);
	}
	if (field === 'selection' && typeof item === 'string')
		return of(entry(named(SELECTION, item), below[0]), name, 'for');
	if (field === 'selection') return of('the choice of questions', name, 'for');
	if (field === 'item_ids') return of(entry('list of questions', item), name, 'in');
	if (field === 'responses') return of('your answers', name, 'in');
	return of(field === undefined ? undefined : `the ${named(ATTEMPT, field)}`, name);
}

/** The part of their progress a field belongs to, in words: `the score of your answer to…`. */
function part(path: (string | number)[], data: unknown): string {
	const [section, key, ...rest] = path;
	const record = plain(data) ? data : {};
	const within = (name: string) => {
		const collection = record[name];
		return plain(collection) && key !== undefined ? collection[key] : undefined;
	};
	if (section === undefined) return 'the progress record';
	if (section === 'version') return 'the format number';
	if (section === 'lessons_read')
		return key === undefined ? 'the list of lessons read' : `the read time of lesson “${key}”`;
	if (section === 'answers') {
		if (key === undefined) return 'the list of answers';
		const [i, ...below] = rest;
		if (typeof i !== 'number') return `the list of answers to question “${key}”`;
		const records = within('answers');
		const given = when(Array.isArray(records) && plain(records[i]) ? records[i].at : undefined);
		const answer = `answer ${i + 1} to question “${key}”${given ? ` (given ${given})` : ''}`;
		return of(answer_field(below), answer);
	}
	if (section === 'attempts')
		return key === undefined
			? 'the list of quiz attempts'
			: attempt_part(String(key), rest, within('attempts'));
	if (section === 'cards') {
		if (key === undefined) return 'the list of review cards';
		const field = rest[0];
		return of(
			field === undefined ? undefined : `the ${named(CARD, field)}`,
			`the review card of question “${key}”`
		);
	}
	return `the field “${path.join('.')}”`;
}

/**
 * A problem in words a learner (or a teacher helping them) can act on: which part of their
 * progress — a lesson read, an answer, a quiz attempt and when it started, an answer in it, a
 * review card — and what is wrong with it. `data` is the record the problem was found in.
 */
export function describe_problem(problem: Problem, data: unknown): Finding {
	const { path, expected, value, said } = problem;
	const what =
		said ?? (value === undefined ? 'is missing' : `is ${shown(value)}, not ${expected ?? 'valid'}`);
	return { text: `${part(path, data)} ${what}`, path: path.join('.') };
}
