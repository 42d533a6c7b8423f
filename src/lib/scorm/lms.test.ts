// The package's main entry: its scorm12 subpath types a default export its code does not have.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { classroom_assignment } from '$testing/classroom';
import { real_quiz_documents } from '$testing/real_content';
import type { Answer, Item } from '../quiz/types';
import {
	cmi_timespan,
	find_api,
	LmsError,
	LmsSession,
	type ApiWindow,
	type Scorm12Api
} from './lms';
import type { ScormData } from './package';
import { ScormRun } from './run';

/** scorm-again as the LMS: its SCORM 1.2 API, silent, committing nowhere. */
const lms = () => new Scorm12API({ logLevel: 5 });
const as_api = (api: Scorm12API) => api as unknown as Scorm12Api;

const drawn = classroom_assignment(real_quiz_documents(), { count: 30 });
// Four one-answer items, so a right or wrong answer is worth exactly 1 or 0 (no part credit).
const items = drawn.items.filter((item) => item.type !== 'matching').slice(0, 4);
const assignment = drawn.assignment;
const data: ScormData = {
	format: 'mobilize-scorm',
	version: 1,
	assignment: { ...assignment, pass: 50 },
	items
};

function right(item: Item): Answer {
	return { kind: 'option', option: item.options.find((o) => o.correct)!.id };
}
function wrong(item: Item): Answer {
	return { kind: 'option', option: item.options.find((o) => !o.correct)!.id };
}

describe('find_api', () => {
	const api = as_api(lms());
	const chain = (depth: number, top: ApiWindow): ApiWindow => {
		let win = top;
		for (let i = 0; i < depth; i++) win = { parent: win };
		return win;
	};

	it('finds the API on the window, up the parent frames, or on the opener', () => {
		expect(find_api({ API: api })).toBe(api);
		const top: ApiWindow = { API: api };
		top.parent = top;
		expect(find_api(chain(3, top))).toBe(api);
		const popup: ApiWindow = {};
		popup.parent = popup;
		popup.opener = chain(2, top);
		expect(find_api(popup)).toBe(api);
	});

	it('stops after 7 frames up, as the SCORM 1.2 findAPI does: found at 7, not at 8', () => {
		const top: ApiWindow = { API: api };
		expect(find_api(chain(7, top))).toBe(api);
		expect(find_api(chain(8, top))).toBeUndefined();
		// The opener's frames are searched with the same limit.
		const popup = (depth: number): ApiWindow => ({ opener: chain(depth, top) });
		expect(find_api(popup(7))).toBe(api);
		expect(find_api(popup(8))).toBeUndefined();
	});

	it('finds none outside an LMS, and passes frames of another origin (which throw) by', () => {
		const alone: ApiWindow = {};
		alone.parent = alone;
		expect(find_api(alone)).toBeUndefined();
		const foreign = Object.defineProperty({}, 'API', {
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		}) as ApiWindow;
		expect(find_api({ parent: foreign })).toBeUndefined();
		expect(find_api({ API: { LMSInitialize: 'no' } })).toBeUndefined();
	});
});

describe('LmsSession', () => {
	it('turns a refused call into the LMS’s own error code and words', () => {
		const session = new LmsSession(as_api(lms()));
		session.initialize();
		expect(() => session.set('cmi.core.score.raw', 'a lot')).toThrow(
			new LmsError('to store cmi.core.score.raw', '405', 'Incorrect Data Type')
		);
		expect(() => session.initialize()).toThrow(/The LMS refused to start the session \(error 101/);
	});
});

describe('ScormRun with scorm-again as the LMS', () => {
	it('says incomplete at the start, keeps answers as it goes, and reports score and pass at the end', () => {
		const api = lms();
		const run = new ScormRun(new LmsSession(as_api(api)), data);
		const state = run.start();
		expect(api.cmi.core.lesson_status).toBe('incomplete');
		state.answers[0] = right(items[0]!);
		state.position = 1;
		run.save(state);
		expect(api.cmi.suspend_data).toMatch(/^M1\./);
		expect(api.cmi.core.score.raw).toBe('');
		state.answers = items.map((item, i) => (i < 3 ? right(item) : wrong(item)));
		state.finished = true;
		expect(run.finish(state)).toEqual({ percent: 75, passed: true });
		expect(api.cmi.core.lesson_status).toBe('passed');
		expect([api.cmi.core.score.raw, api.cmi.core.score.min, api.cmi.core.score.max]).toEqual([
			'75',
			'0',
			'100'
		]);
		expect(run.problem).toBe('');
		run.end();
		expect(api.isTerminated()).toBe(true);
	});

	it('reports failed below the pass mark', () => {
		const api = lms();
		const run = new ScormRun(new LmsSession(as_api(api)), data);
		const state = run.start();
		state.answers = items.map((item, i) => (i < 1 ? right(item) : wrong(item)));
		expect(run.finish({ ...state, finished: true })).toEqual({ percent: 25, passed: false });
		expect(api.cmi.core.lesson_status).toBe('failed');
	});

	it('resumes in a new sitting from what the LMS kept', () => {
		const first = lms();
		const run = new ScormRun(new LmsSession(as_api(first)), data);
		const state = run.start();
		state.answers[0] = wrong(items[0]!);
		state.answers[1] = right(items[1]!);
		state.position = 2;
		run.save(state);
		run.end();
		const second = lms();
		second.loadFromJSON(first.renderCMIToJSONObject().cmi as Record<string, unknown>, 'cmi');
		const again = new ScormRun(new LmsSession(as_api(second)), data).start();
		expect(again).toEqual(state);
	});

	it('keeps the quiz going when the LMS refuses, and says so', () => {
		const api = lms();
		api.LMSInitialize('');
		const run = new ScormRun(new LmsSession(as_api(api)), data);
		const state = run.start();
		expect(state.position).toBe(0);
		expect(run.problem).toMatch(
			/^The LMS refused to start the session \(error 101: .+\)\. Your answers are on this page/
		);
	});

	it('starts afresh, saying why, from suspend data it cannot read', () => {
		const api = lms();
		api.loadFromJSON({ suspend_data: 'page=4' }, 'cmi');
		const run = new ScormRun(new LmsSession(as_api(api)), data);
		expect(run.start().answers.every((a) => a === undefined)).toBe(true);
		expect(run.problem).toBe(
			'Your earlier answers could not be read (no saved answers of this quiz), so the quiz starts again.'
		);
	});

	it('runs without an LMS, reporting nothing', () => {
		const run = new ScormRun(undefined, data);
		const state = run.start();
		state.answers = items.map(right);
		expect(run.finish(state)).toEqual({ percent: 100, passed: true });
		expect(run.problem).toBe('');
	});
});

describe('cmi_timespan', () => {
	it('writes HHHH:MM:SS.SS', () => {
		expect(cmi_timespan(3_723_450)).toBe('0001:02:03.45');
		expect(cmi_timespan(0)).toBe('0000:00:00.00');
	});
});
