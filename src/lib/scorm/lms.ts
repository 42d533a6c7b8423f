/**
 * The SCO's side of the SCORM 1.2 run-time (RTE 3.3): finding the LMS's `API` object and
 * talking to it. The LMS side is the LMS's own (scorm-again in the tests); this file only calls
 * the eight functions the specification gives every SCORM 1.2 API.
 */

/** The SCORM 1.2 API an LMS puts on a window that holds the SCO (RTE 3.3.2). */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** The part of `window` the search reads, so it runs on any window-like object in tests. */
export interface ApiWindow {
	API?: unknown;
	parent?: ApiWindow | null;
	opener?: ApiWindow | null;
}

/** How far up the frames the search goes, as the specification's own findAPI does. */
const MAX_TRIES = 7;

function is_api(value: unknown): value is Scorm12Api {
	return (
		typeof value === 'object' &&
		value !== null &&
		['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'].every(
			(name) => typeof (value as Record<string, unknown>)[name] === 'function'
		)
	);
}

/** `API` of one window; a frame of another origin throws on reading, and has none for us. */
function api_of(win: ApiWindow): unknown {
	try {
		return win.API;
	} catch {
		return undefined;
	}
}

function search(start: ApiWindow): Scorm12Api | undefined {
	let win: ApiWindow = start;
	for (let tries = 0; ; tries++) {
		const api = api_of(win);
		if (is_api(api)) return api;
		let parent: ApiWindow | null | undefined;
		try {
			parent = win.parent;
		} catch {
			return undefined;
		}
		if (!parent || parent === win || tries >= MAX_TRIES) return undefined;
		win = parent;
	}
}

/**
 * The LMS's API: this window's, or a parent frame's (at most 7 up), or else the window that
 * opened this one and its parents, in that order (the SCORM 1.2 RTE's `getAPI`).
 */
export function find_api(win: ApiWindow): Scorm12Api | undefined {
	const found = search(win);
	if (found) return found;
	let opener: ApiWindow | null | undefined;
	try {
		opener = win.opener;
	} catch {
		return undefined;
	}
	return opener ? search(opener) : undefined;
}

/** An LMS call that failed, with the LMS's own code and words, for the page to show. */
export class LmsError extends Error {
	constructor(
		readonly call: string,
		readonly code: string,
		reason: string
	) {
		super(`The LMS refused ${call} (error ${code}: ${reason}).`);
	}
}

/**
 * The calls the player makes, each checked: SCORM 1.2 calls answer "true"/"false" or a value,
 * and report failures only through LMSGetLastError, which is read after every call (a value
 * of "" is also what a failed LMSGetValue returns).
 */
export class LmsSession {
	constructor(private readonly api: Scorm12Api) {}

	/** Throws the LMS's error, if the last call left one; "0" means none. */
	private check(call: string) {
		const code = String(this.api.LMSGetLastError());
		if (code === '0' || code === '') return;
		let reason = '';
		try {
			reason = String(this.api.LMSGetErrorString(code));
		} catch {
			// An LMS whose error string itself fails still has its code said.
		}
		throw new LmsError(call, code, reason || 'no reason given');
	}

	initialize() {
		const ok = String(this.api.LMSInitialize(''));
		if (ok !== 'true') this.check('to start the session');
		if (ok !== 'true') throw new LmsError('to start the session', '101', 'general exception');
	}

	get(element: string): string {
		const value = String(this.api.LMSGetValue(element) ?? '');
		this.check(`to read ${element}`);
		return value;
	}

	set(element: string, value: string) {
		const ok = String(this.api.LMSSetValue(element, value));
		if (ok !== 'true') {
			this.check(`to store ${element}`);
			throw new LmsError(`to store ${element}`, '101', 'general exception');
		}
	}

	commit() {
		const ok = String(this.api.LMSCommit(''));
		if (ok !== 'true') {
			this.check('to save');
			throw new LmsError('to save', '101', 'general exception');
		}
	}

	finish() {
		const ok = String(this.api.LMSFinish(''));
		if (ok !== 'true') {
			this.check('to end the session');
			throw new LmsError('to end the session', '101', 'general exception');
		}
	}
}

/** A duration as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (RTE 3.4.2, cmi.core.session_time). */
export function cmi_timespan(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.min(9999, Math.floor(centis / 360_000));
	const minutes = Math.floor((centis % 360_000) / 6000);
	const seconds = (centis % 6000) / 100;
	const two = (n: number) => String(n).padStart(2, '0');
	return `${String(hours).padStart(4, '0')}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
