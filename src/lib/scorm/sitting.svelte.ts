import type { Answer } from '../quiz/types';
import type { ScormData } from './package';
import { outcome, type LessonMode, type Outcome, type ScormRun } from './run';
import type { SuspendState } from './suspend';

/** What the page says when the browser brings it back after its LMS session ended. */
export const RESTORED_PROBLEM =
	'This page came back from the browser’s history after its LMS session had ended, so nothing more is recorded. Open the quiz again from your course to go on.';

/** What the page says when the LMS opened the quiz not for credit (`cmi.core.lesson_mode`). */
export function mode_notice(mode: LessonMode) {
	if (mode === 'review')
		return 'This is a review of your finished attempt: nothing you answer here is recorded.';
	if (mode === 'browse') return 'Preview: no score is recorded, and your answers are not kept.';
	return '';
}

/**
 * The quiz of a SCORM package from opening to results: which question is shown, answering,
 * going on, finishing, and when the LMS is told (through `ScormRun`). The player component
 * renders this and calls its methods; nothing here touches the DOM.
 *
 * The LMS is written to on a move (next question, results) and when the frame is left, not on
 * every click: a practice answer is checked on the page and kept when the learner goes on.
 * Exam mode has no feedback to read, so an answer moves on at once, and says it was saved (or,
 * when nothing is recorded, only that it was taken).
 */
export class ScormSitting {
	readonly data: ScormData;
	readonly exam: boolean;
	/** How the LMS opened the quiz: 'normal' for credit, 'browse' a preview, 'review' a look back. */
	readonly lesson_mode: LessonMode;
	state: SuspendState = $state() as SuspendState;
	result = $state.raw<Outcome>();
	problem = $state('');
	no_resume = $state('');
	/** Said in the page's status region after a step ("Answer 3 saved."), else empty. */
	said = $state('');
	/** A practice answer checked on the page that the LMS has not been given yet. */
	private unsaved = false;
	/** Back from the browser's history after the LMS session ended. */
	private stale = false;

	constructor(
		private readonly run: ScormRun,
		data: ScormData
	) {
		this.data = data;
		this.exam = data.assignment.mode === 'exam';
		this.state = run.start();
		this.lesson_mode = run.lesson_mode;
		if (this.state.finished) {
			// Back at a finished quiz: the result again. The LMS is told again only if it does not
			// have it (the final commit of the last sitting failed); the session ends at once.
			const reported = run.lms_status === 'passed' || run.lms_status === 'failed';
			this.result = reported
				? outcome(data.items, this.state.answers, data.assignment.pass)
				: run.finish($state.snapshot(this.state));
			run.end();
		}
		this.sync();
	}

	/** Why nothing answered here counts, when the LMS opened the quiz not for credit; else ''. */
	get mode_notice() {
		return mode_notice(this.lesson_mode);
	}

	/** The question shown, if any: none once finished. */
	get item() {
		return this.state.finished ? undefined : this.data.items[this.state.position];
	}

	get answered() {
		return this.state.answers.filter((a) => a !== undefined).length;
	}

	get last() {
		return this.state.position + 1 >= this.data.items.length;
	}

	/** The learner's answer to the question shown. */
	answer(given: Answer) {
		const position = this.state.position;
		this.state.answers[position] = given;
		this.run.answered(position);
		if (this.exam) {
			this.next();
			// After next(): a problem the save met is said by the alert, not as a save; the
			// results say the rest.
			// "Saved" only where the LMS keeps it: a review, a preview or no LMS keeps nothing.
			this.said =
				this.problem || this.result
					? ''
					: this.run.recording
						? `Answer ${position + 1} saved.`
						: `Answer ${position + 1} taken; nothing is recorded.`;
		} else this.unsaved = true;
	}

	/** On to the next question, or to the results after the last; the LMS is told either way. */
	next() {
		this.unsaved = false;
		if (this.last) {
			this.state.finished = true;
			this.said = '';
			this.result = this.run.finish($state.snapshot(this.state));
			// LMSFinish now, while the page is alive: a browser may block the LMS's own calls
			// (Moodle's synchronous requests) while a frame is closing.
			this.run.end();
		} else {
			this.state.position += 1;
			this.run.save($state.snapshot(this.state));
		}
		this.sync();
	}

	/** The frame is going away mid-quiz: keep a checked answer, then end the LMS session. */
	leave() {
		if (this.unsaved) this.run.save($state.snapshot(this.state));
		this.unsaved = false;
		this.run.end();
		this.sync();
	}

	/** The browser brought the page back from its history (bfcache) after `leave()`. */
	restored() {
		this.stale = this.run.ended && !this.result;
		this.sync();
	}

	private sync() {
		this.problem = this.stale ? RESTORED_PROBLEM : this.run.problem;
		// Nothing is kept outside normal mode anyway: the mode's notice says so.
		this.no_resume = this.lesson_mode === 'normal' ? this.run.no_resume : '';
	}
}
