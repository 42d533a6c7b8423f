import type { Progress } from '$lib/progress/progress.svelte';
import { answer_item, new_attempt, resume_items, type Attempt, type Mode } from './attempt';
import type { QuizDocument } from './source';
import type { Answer, Grade, Item, Selection } from './types';

/** The generator is loaded only when a quiz other than the page's first one is needed. */
const generator = () => import('./bank');

/** What a quiz on a page starts from. */
export interface QuizSetup {
	/** The content to generate from; loaded only when another quiz is needed. */
	documents: () => Promise<readonly QuizDocument[]>;
	scope: string;
	selection: Selection;
	/** The page's first quiz: its seed and the items drawn for it. */
	seed: number;
	items: Item[];
	/** How to draw a fresh quiz, where it depends on more than the seed (review, quick check). */
	draw?: (seed: number) => { selection: Selection; items: Item[] };
}

function reason(error: unknown) {
	return error instanceof Error ? error.message : String(error);
}

/** One quiz on a page: its items, where the learner is, and what they answered. */
export class QuizRun {
	attempt = $state.raw<Attempt>() as Attempt;
	items = $state.raw<Item[]>([]);
	/** Said once when a quiz is resumed, has lost items to a content change, or has a bad link. */
	message = $state('');
	current = $derived(this.items[this.attempt.position]);
	finished = $derived(this.attempt.finished !== undefined);
	answered = $derived(Object.keys(this.attempt.responses).length);

	constructor(private readonly options: QuizSetup & { progress?: Progress }) {
		this.use(options.items, options.seed, 'practice', options.selection);
	}

	private use(items: Item[], seed: number, mode: Mode, selection: Selection) {
		const { scope } = this.options;
		this.items = items;
		this.attempt = new_attempt({ items, scope, seed, selection, mode, now: Date.now() });
		this.message = '';
	}

	/** A new quiz for `seed`: drawn afresh where the page says how, else the same selection. */
	async start(seed: number, mode: Mode) {
		const { selection, draw } = this.options;
		if (draw) {
			const fresh = draw(seed);
			this.use(fresh.items, seed, mode, fresh.selection);
			return;
		}
		try {
			const [{ build_quiz }, documents] = await this.loaded();
			this.use(build_quiz({ documents, seed, selection }), seed, mode, selection);
		} catch (error) {
			this.message = `New questions could not be loaded (${reason(error)}). Check the connection and try again.`;
		}
	}

	private loading?: ReturnType<QuizRun['load']>;

	/** The generator and the content, loaded once per page; a failed load is tried again next time. */
	private loaded() {
		this.loading ??= this.load().catch((error) => {
			this.loading = undefined;
			throw error;
		});
		return this.loading;
	}

	private load() {
		return Promise.all([generator(), this.options.documents()]);
	}

	/** Picks up a stored attempt where it was left; false if none of its items exist now. */
	async resume(attempt: Attempt) {
		let found = resume_items(attempt.seed === this.options.seed ? this.options.items : [], attempt);
		if (found.missing) {
			try {
				const [{ generate_bank }, documents] = await this.loaded();
				found = resume_items(generate_bank(documents, attempt.seed), attempt);
			} catch (error) {
				this.message = `Your unfinished quiz could not be loaded (${reason(error)}); it is still saved, so reload the page to try again.`;
				return true;
			}
		}
		const { items, missing } = found;
		if (!items.length) return false;
		const ids = items.map((item) => item.id);
		const at = ids.indexOf(attempt.item_ids[attempt.position] ?? '');
		const position = at >= 0 ? at : Math.min(attempt.position, ids.length);
		this.items = items;
		this.attempt = { ...attempt, item_ids: ids, position };
		const gone =
			missing === 0
				? ''
				: ` ${missing} question${missing === 1 ? ' no longer exists' : 's no longer exist'} because the lessons changed, so ${missing === 1 ? 'it was' : 'they were'} left out.`;
		this.message = `Resumed where you left off: question ${Math.min(position + 1, ids.length)} of ${ids.length}.${gone}`;
		return true;
	}

	set_mode(mode: Mode) {
		if (this.answered === 0) this.attempt = { ...this.attempt, mode };
	}

	/** Grades and records an answer, saving it at once; returns the grade to show. */
	answer(item: Item, answer: Answer): Grade | undefined {
		if (this.attempt.responses[item.id]) return undefined;
		const { attempt, grade } = answer_item(this.attempt, item, answer, Date.now());
		this.attempt = attempt;
		this.options.progress?.record(item, answer, grade.correct, attempt);
		return grade;
	}

	next() {
		const position = this.attempt.position + 1;
		const finished = position >= this.items.length ? Date.now() : undefined;
		this.attempt = {
			...this.attempt,
			position: Math.min(position, this.items.length),
			...(finished ? { finished } : {})
		};
		this.options.progress?.save_attempt(this.attempt);
	}
}
