import { score_answers } from '../quiz/score';
import type { Answer, Item } from '../quiz/types';
import { InteractionLog } from './interaction_log';
import { cmi_timespan, LmsError, type LmsSession } from './lms';
import type { ScormData } from './package';
import { decode_suspend, encode_suspend, suspend_problem, type SuspendState } from './suspend';

/** How the attempt stands, as the LMS is told it. */
export interface Outcome {
	/** Points (part credit counted) over the number of questions, 0 to 100, rounded. */
	percent: number;
	passed: boolean;
}

/**
 * The score of a state, as the site scores an attempt (quiz/score.ts), unanswered counting 0.
 * Answers read back from suspend data are checked against their items, so none throws here.
 */
export function outcome(
	items: readonly Item[],
	answers: readonly (Answer | undefined)[],
	pass: number
): Outcome {
	const { percent } = score_answers(items, answers);
	return { percent, passed: percent >= pass };
}

/** `cmi.core.lesson_mode` (RTE 3.4.2.1.10): how the LMS opened the quiz. */
export type LessonMode = 'normal' | 'browse' | 'review';

/**
 * One sitting of the quiz inside an LMS: what is read at the start and written after each
 * answer and at the end, following SCORM 1.2's data model (RTE 3.4): `cmi.core.lesson_status`
 * is "incomplete" while under way and "passed"/"failed" once finished; the score is reported in
 * percent (min 0, max 100, as `adlcp:masteryscore` reads it); `cmi.suspend_data` holds the answers
 * and `cmi.core.exit` "suspend" asks the LMS to keep them for the next sitting. Each answer goes
 * to the LMS once, as an interaction (`cmi.interactions.n`, see interactions.ts), with the
 * save that carries it, if the LMS keeps interactions (`cmi.interactions._children`).
 *
 * `cmi.core.lesson_mode` is respected: "browse" (a preview) records no score, pass or fail,
 * interactions or answers to resume, and marks the lesson "browsed" rather than "incomplete";
 * "review" (a finished attempt looked at again) records nothing but the time spent.
 *
 * Without an LMS (`session` undefined) every call is a no-op and the quiz still runs. A refused
 * call never stops the quiz: it becomes a `problem` the page shows, as the learner's answers on
 * screen are worth more than a report the LMS would not take.
 */
export class ScormRun {
	/** What went wrong with the LMS, in words for the page; empty when all is well. */
	problem = '';
	/** Why answers are not kept for a later sitting, when they are not. */
	no_resume = '';
	/** `cmi.core.lesson_status` as the LMS had it at the start ('' without an LMS). */
	lms_status = '';
	/** LMSFinish was called (or tried): the LMS takes no more calls in this page. */
	ended = false;
	/** How the LMS opened the quiz ('normal' without an LMS, or if it does not say). */
	lesson_mode: LessonMode = 'normal';
	private readonly started: number;
	/** What the LMS has had of the answers as interactions, and when each was shown and given. */
	private readonly log: InteractionLog;

	constructor(
		// Dropped when LMSInitialize fails: every later call would fail too (error 301, not
		// initialized) and replace the first, useful message with a useless one.
		private session: LmsSession | undefined,
		private readonly data: ScormData,
		private readonly now: () => number = Date.now
	) {
		this.started = now();
		this.log = new InteractionLog(data.items, now);
		const why = suspend_problem(data.items);
		if (why)
			this.no_resume = `This quiz cannot be resumed later (${why}): finish it in one sitting.`;
	}

	/** Answers go to the LMS for credit: there is one, and it opened the quiz in normal mode. */
	get recording() {
		return this.session !== undefined && this.lesson_mode === 'normal';
	}

	/** Starts the session and returns where the learner left off, or a fresh start. */
	private begin(): SuspendState {
		const fresh: SuspendState = {
			position: 0,
			finished: false,
			answers: this.data.items.map(() => undefined)
		};
		const session = this.session;
		if (!session) return fresh;
		try {
			session.initialize();
		} catch (error) {
			this.problem = words(error);
			this.session = undefined;
			return fresh;
		}
		return (
			this.attempt(() => {
				const saved = session.get('cmi.suspend_data');
				const status = session.get('cmi.core.lesson_status');
				this.lms_status = status;
				this.read_optional(session);
				// A normal sitting after a preview starts the attempt: "browsed" said only that the
				// learner looked.
				const unstarted =
					status === 'not attempted' ||
					status === '' ||
					(status === 'browsed' && this.lesson_mode === 'normal');
				if (unstarted && this.lesson_mode !== 'review') {
					session.set(
						'cmi.core.lesson_status',
						this.lesson_mode === 'browse' ? 'browsed' : 'incomplete'
					);
					session.commit();
				}
				if (!saved) return fresh;
				const read = decode_suspend({
					items: this.data.items,
					fingerprint: this.data.assignment.fingerprint,
					text: saved
				});
				if (!read.ok) {
					this.problem = `Your earlier answers could not be read (${read.problem}), so the quiz starts again.`;
					return fresh;
				}
				return read.state;
			}) ?? fresh
		);
	}

	/** The state the quiz starts from (see `begin`), with what its LMS has already had noted. */
	start(): SuspendState {
		const state = this.begin();
		this.log.resumed(state);
		return state;
	}

	/** The learner answered the question at `position` now (for the interaction's time). */
	answered(position: number) {
		this.log.answered(position);
	}

	/**
	 * What the LMS says it keeps, read apart from the rest: an LMS that does not implement
	 * `lesson_mode` or interactions (error 401) is no problem, the quiz records less.
	 */
	private read_optional(session: LmsSession) {
		const read = (element: string) => {
			try {
				return session.get(element);
			} catch (error) {
				console.warn(`Mobilize: ${words(error)}`);
				return '';
			}
		};
		const mode = read('cmi.core.lesson_mode');
		this.lesson_mode = mode === 'browse' || mode === 'review' ? mode : 'normal';
		if (this.lesson_mode !== 'normal') return;
		this.log.keeps(read('cmi.interactions._children'), read('cmi.interactions._count'));
	}

	/** Keeps the state for a later sitting; called after every answer and move. */
	save(state: SuspendState) {
		const session = this.session;
		this.log.showing(state);
		// A preview or a review keeps nothing: answers kept (suspend_data, exit "suspend") would
		// come back in the next normal sitting and be credited there.
		if (!session || this.ended || this.lesson_mode !== 'normal') return;
		this.attempt(() => {
			this.log.write(session, state);
			this.write_suspend(session, state);
			if (!state.finished) session.set('cmi.core.exit', 'suspend');
			session.commit();
		});
	}

	/** Reports the score and pass or fail, and keeps the finished state. */
	finish(state: SuspendState): Outcome {
		const result = outcome(this.data.items, state.answers, this.data.assignment.pass);
		const session = this.session;
		// A preview (browse) or a review is not for credit: no score, no pass or fail, nothing kept.
		if (!session || this.ended || this.lesson_mode !== 'normal') return result;
		this.attempt(() => {
			session.set('cmi.core.score.min', '0');
			session.set('cmi.core.score.max', '100');
			session.set('cmi.core.score.raw', String(result.percent));
			session.set('cmi.core.lesson_status', result.passed ? 'passed' : 'failed');
			this.log.write(session, state);
			this.write_suspend(session, state);
			// Finished: nothing to resume, so the LMS may start a new attempt next time.
			session.set('cmi.core.exit', '');
			session.commit();
		});
		return result;
	}

	/** Ends the session (when the page goes away): the time spent, then LMSFinish, once. */
	end() {
		const session = this.session;
		if (!session || this.ended) return;
		this.ended = true;
		this.attempt(() => {
			session.set('cmi.core.session_time', cmi_timespan(this.now() - this.started));
			session.finish();
		});
	}

	private write_suspend(session: LmsSession, state: SuspendState) {
		if (this.no_resume) return;
		const encoded = encode_suspend({
			items: this.data.items,
			fingerprint: this.data.assignment.fingerprint,
			state
		});
		if (encoded.ok) session.set('cmi.suspend_data', encoded.text);
		else this.no_resume = `${encoded.problem} Finish it in one sitting.`;
	}

	private attempt<T>(call: () => T): T | undefined {
		// Cleared first, so a message the call itself leaves (a resume refused) stands.
		this.problem = '';
		try {
			return call();
		} catch (error) {
			this.problem = words(error);
			return undefined;
		}
	}
}

/** A failed LMS call, as the page says it. */
function words(error: unknown): string {
	return error instanceof LmsError
		? `${error.message} Your answers are on this page, but the LMS may not have them.`
		: 'The LMS could not be reached. Your answers are on this page, but the LMS may not have them.';
}
