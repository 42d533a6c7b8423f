// scorm-again's SCORM 1.2 API as the LMS for the player's sitting, with every call counted.
import { Scorm12API } from 'scorm-again';
import type { Answer, Item } from '$lib/quiz/types';
import { classroom_assignment } from './classroom';
import { real_quiz_documents } from './real_content';
import { LmsSession, type Scorm12Api } from '$lib/scorm/lms';
import type { ScormData } from '$lib/scorm/package';
import { ScormRun } from '$lib/scorm/run';
import { ScormSitting } from '$lib/scorm/sitting.svelte';

/**
 * scorm-again as the LMS, and every call the player made to it, by name. `kept` is what the LMS
 * holds from an earlier sitting; `now` the player's clock.
 */
export function lms(kept?: Record<string, unknown>, now: () => number = Date.now) {
	const api = new Scorm12API({ logLevel: 5 });
	if (kept) {
		api.loadFromJSON(kept, 'cmi');
		// As an LMS opens a suspended attempt (SCORM 1.2 RTE 3.4.2, cmi.core.entry).
		api.cmi.core.entry = 'resume';
	}
	const calls: string[] = [];
	const counted = new Proxy<Scorm12Api>(api, {
		get(target, name, receiver) {
			const value: unknown = Reflect.get(target, name, receiver);
			if (typeof value !== 'function' || typeof name !== 'string') return value;
			return (...args: string[]) => {
				if (name !== 'LMSGetLastError') calls.push([name, ...args.slice(0, 1)].join(' ').trim());
				return (value as (...a: unknown[]) => unknown).apply(target, args);
			};
		}
	});
	const sitting = (data: ScormData) =>
		new ScormSitting(new ScormRun(new LmsSession(counted), data, now), data);
	/** What the LMS holds, write-only elements (exit) included, as it would store it. */
	const held = () => api.renderCMIToJSONObject().cmi as Cmi;
	return { api, calls, sitting, held };
}

/** One `cmi.interactions.n` as scorm-again renders it. */
export interface CmiInteraction {
	id: string;
	type: string;
	time: string;
	weighting: string;
	student_response: string;
	result: string;
	latency: string;
	correct_responses: Record<string, { pattern: string }>;
}

export interface Cmi {
	suspend_data: string;
	core: { exit: string; lesson_status: string; score: { raw: string } };
	interactions: Record<string, CmiInteraction>;
}

/**
 * A drawn assignment's first four one-answer items as a practice package and an exam package:
 * a right or wrong answer is worth exactly 1 or 0 (no part credit), so scores are easy to state.
 */
export function one_answer_packages() {
	const drawn = classroom_assignment(real_quiz_documents(), { count: 30 });
	const items = drawn.items.filter((item) => item.type !== 'matching').slice(0, 4);
	const practice: ScormData = {
		format: 'mobilize-scorm',
		version: 1,
		assignment: { ...drawn.assignment, mode: 'practice', pass: 50 },
		items
	};
	const exam: ScormData = { ...practice, assignment: { ...practice.assignment, mode: 'exam' } };
	return { items, practice, exam };
}

/** The keyed option of a one-answer item, as the learner's answer. */
export const right = (item: Item): Answer => ({
	kind: 'option',
	option: item.options.find((o) => o.correct)!.id
});

/** An option of a one-answer item that is not its key, as the learner's answer. */
export const wrong = (item: Item): Answer => ({
	kind: 'option',
	option: item.options.find((o) => !o.correct)!.id
});
