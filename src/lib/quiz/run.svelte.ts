import type { Progress } from '$lib/progress/progress.svelte';
import { answer_item, resume_items, start_attempt, type Attempt, type Mode } from './attempt';
import type { QuizDocument } from './source';
import type { Answer, Item, Selection } from './types';

/** One quiz on a page: its items, where the learner is, and what they answered. */
export class QuizRun {
	attempt = $state.raw<Attempt>() as Attempt;
	items = $state.raw<Item[]>([]);
	/** Said once when a quiz is resumed or has lost items to a content change. */
	message = $state('');
	current = $derived(this.items[this.attempt.position]);
	finished = $derived(this.attempt.finished !== undefined);
	answered = $derived(Object.keys(this.attempt.responses).length);

	constructor(
		private readonly documents: readonly QuizDocument[],
		readonly scope: string,
		readonly selection: Selection,
		seed: number,
		private readonly progress?: Progress
	) {
		this.start(seed, 'practice');
	}

	start(seed: number, mode: Mode) {
		const { attempt, items } = start_attempt({
			documents: this.documents,
			scope: this.scope,
			seed,
			selection: this.selection,
			mode,
			now: Date.now()
		});
		this.attempt = attempt;
		this.items = items;
		this.message = '';
	}

	/** Picks up a stored attempt where it was left. */
	resume(attempt: Attempt) {
		const { items, missing } = resume_items(this.documents, attempt);
		if (!items.length) return false;
		const ids = items.map((item) => item.id);
		const position = Math.min(
			ids.indexOf(attempt.item_ids[attempt.position] ?? '') >= 0
				? ids.indexOf(attempt.item_ids[attempt.position])
				: attempt.position,
			ids.length
		);
		this.items = items;
		this.attempt = { ...attempt, item_ids: ids, position };
		this.message =
			`Resumed where you left off: question ${Math.min(position + 1, ids.length)} of ${ids.length}.` +
			(missing
				? ` ${missing} question${missing === 1 ? '' : 's'} no longer exist${missing === 1 ? 's' : ''} because the lessons changed, so ${missing === 1 ? 'it was' : 'they were'} left out.`
				: '');
		return true;
	}

	set_mode(mode: Mode) {
		if (this.answered === 0) this.attempt = { ...this.attempt, mode };
	}

	answer(item: Item, answer: Answer) {
		if (this.attempt.responses[item.id]) return;
		this.attempt = answer_item(this.attempt, item, answer, Date.now());
		this.progress?.record(item, answer, this.attempt.responses[item.id].grade, this.attempt);
	}

	next() {
		const position = this.attempt.position + 1;
		const finished = position >= this.items.length ? Date.now() : undefined;
		this.attempt = {
			...this.attempt,
			position: Math.min(position, this.items.length),
			...(finished ? { finished } : {})
		};
		this.progress?.save_attempt(this.attempt);
	}

	restart(seed: number) {
		this.start(seed, this.attempt.mode);
	}
}
