import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '$testing/storage';
import { encode } from './codec';
import { loaded } from './local_store';
import { Progress } from './progress.svelte';
import { empty_state } from './schema';
import { ProgressStore, STORAGE_KEY } from './storage';

// The header's review count: pages do not carry the content's item ids; `known` arrives later.
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function progress_with(answers: Record<string, { correct: boolean }>) {
	const storage = new MemoryStorage();
	// Long enough ago to be due again under any schedule (Leitner or FSRS).
	const at = Date.now() - 400 * 24 * 60 * 60 * 1000;
	const state = empty_state();
	for (const [item, { correct }] of Object.entries(answers)) {
		state.answers[item] = [{ answer: { kind: 'option', option: 'x' }, correct, at }];
	}
	storage.setItem(STORAGE_KEY, encode(state));
	const progress = new Progress(loaded(new ProgressStore(() => storage)));
	stops.push(progress.start());
	return progress;
}

describe('what is due, without every item id on the page', () => {
	it('counts answers given on this page without the list: they are to current items', () => {
		const progress = progress_with({});
		progress.state = {
			...progress.state,
			answers: { q1: [{ answer: { kind: 'option', option: 'x' }, correct: false, at: 0 }] }
		};
		expect(progress.due_ready).toBe(true);
		expect(progress.due.map((card) => card.item)).toEqual(['q1']);
	});

	it('is known at once when nothing is stored', () => {
		const progress = progress_with({});
		expect(progress.due_ready).toBe(true);
		expect(progress.due).toEqual([]);
	});

	it('waits for the list of items when answers are stored', () => {
		const progress = progress_with({ q1: { correct: false } });
		expect(progress.due_ready).toBe(false);
		progress.known = new Set(['q1']);
		expect(progress.due_ready).toBe(true);
		expect(progress.due.map((card) => card.item)).toEqual(['q1']);
	});

	it('waits for the list again when a file brings answers from elsewhere', () => {
		const progress = progress_with({});
		expect(progress.due_ready).toBe(true);
		const imported = empty_state();
		imported.answers.gone = [{ answer: { kind: 'option', option: 'x' }, correct: false, at: 0 }];
		expect(progress.save_verified(imported).saved).toBe(true);
		// Until the list of current items arrives, "gone" could be a question removed since.
		expect(progress.due_ready).toBe(false);
		progress.known = new Set(['q1']);
		expect(progress.due).toEqual([]);
	});

	it('leaves out answers to items the content no longer has', () => {
		const progress = progress_with({ q1: { correct: false }, gone: { correct: false } });
		progress.known = new Set(['q1']);
		expect(progress.due.map((card) => card.item)).toEqual(['q1']);
	});
});
