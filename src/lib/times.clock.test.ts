// Times a learner reads, or their LMS records, are on the learner's clock. The `clock` project
// (vite.config.ts) runs this file in a process started on Newfoundland's clock, 3 h 30 behind
// UTC in winter, so a time read in UTC, or a zone left unnamed, shows. Every other test file
// runs on UTC, in worker threads, which cannot take a zone of their own.
import { describe, expect, it } from 'vitest';
import { when } from './progress/problems';
import { cmi_time } from './scorm/interactions';

describe('on the learner’s clock', () => {
	it('runs on Newfoundland’s clock, as the clock project sets it', () => {
		expect(new Date(Date.UTC(2025, 0, 5)).getTimezoneOffset()).toBe(210);
	});

	it('writes a stored time with its zone, in a learner’s message', () => {
		expect(when(Date.UTC(2025, 0, 5, 9, 7))).toBe('5 Jan 2025, 05:37 GMT-3:30');
		expect(when(Date.UTC(2025, 0, 1, 2, 0))).toBe('31 Dec 2024, 22:30 GMT-3:30');
	});

	it('says a time of day to a SCORM 1.2 LMS', () => {
		expect(cmi_time(Date.UTC(2026, 0, 2, 3, 29, 7))).toBe('23:59:07');
	});
});
