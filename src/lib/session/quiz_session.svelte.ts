import { base } from '$app/paths';
import { answer_item, new_attempt, type Attempt, type Mode } from '$lib/quiz/attempt';
import { verdict } from '$lib/quiz/answer_form';
import { grade_answer } from '$lib/quiz/grade';
import { new_seed } from '$lib/quiz/seed';
import type { QuizDocument } from '$lib/quiz/source';
import type { Answer, Grade, Item, Selection } from '$lib/quiz/types';
import { address_for, names_a_quiz, without } from './query';
import { reason } from './reason';

/** The generator is loaded only when a quiz other than the page's first one is needed. */
const generator = () => import('$lib/quiz/bank');

/** What a quiz on a page starts from. */
export interface QuizSetup {
	/** What the quiz covers (see `lesson_scope` and the others in content/ids.ts); stored with each attempt. */
	scope: string;
	/** The content to generate from; loaded only when another quiz is needed. */
	documents: () => Promise<readonly QuizDocument[]>;
	/** What the page's quizzes draw from; pages with `draw` get it with each draw instead. */
	selection?: Selection;
	/** The seed of the page's first quiz. */
	seed: number;
	/** The page's first quiz, drawn at build time; absent where the draw needs the learner's progress. */
	items?: Item[];
	/**
	 * The mode, where the page fixes it; else the learner chooses. A page that fixes the mode is a
	 * teacher's assignment, whose questions are fixed too: a `?seed=` added to its address is not used.
	 */
	mode?: Mode;
	/** How to draw a quiz where it depends on more than the seed (review, quick check). */
	draw?: (seed: number) => { selection: Selection; items: Item[] };
}

/** What the session needs of the learner's stored progress; `Progress` provides it. */
export interface SessionProgress {
	readonly state: { readonly attempts: Readonly<Record<string, Attempt>> };
	/** Saves an answer, with the attempt it belongs to, the moment it is given. */
	record(item: Item, answer: Answer, correct: boolean, attempt?: Attempt): void;
	save_attempt(attempt: Attempt): void;
	/** The newest unfinished attempt for a scope. */
	open_attempt(scope: string): Attempt | undefined;
}

/** The page's address: read for `?seed=` and `?attempt=`, rewritten so a reload shows the same. */
export interface SessionAddress {
	url(): URL;
	replace(url: URL): void;
}

/**
 * One quiz on a page, from opening to results: which quiz to show (the page's own, a resumed
 * attempt, a `?seed=` link or a finished attempt's results), its mode, answering, finishing,
 * and what is said to the learner. Components render it and call its methods; nothing here
 * touches the DOM, so it is tested without a browser.
 */
export class QuizSession {
	attempt = $state.raw<Attempt>() as Attempt;
	items = $state.raw<Item[]>([]);
	/** A notice shown above the quiz: resumed, questions removed, a bad link, a failed load. */
	message = $state('');
	/** Said by the live region: the verdict, "Answer saved.", "Quiz finished…". */
	announcement = $state('');
	/** Whether `open` has decided which quiz to show; until then a linked quiz is not shown. */
	ready = $state(false);
	current = $derived<Item | undefined>(
		this.attempt.finished === undefined ? this.items[this.attempt.position] : undefined
	);
	finished = $derived(this.attempt.finished !== undefined);
	answered = $derived(Object.keys(this.attempt.responses).length);

	private readonly setup: QuizSetup;
	private readonly progress?: SessionProgress;
	private readonly address?: SessionAddress;
	private readonly now: () => number;
	private opening?: Promise<void>;
	private loading?: ReturnType<QuizSession['load']>;
	/** An answer given before the app was live, held until `open` has decided (see `answer_early`). */
	private early?: { item_id: string; answer: Answer };
	/** Items answered before the app was live: only the first such answer to each counts. */
	// Nothing renders from it: a plain Set, not reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly early_items = new Set<string>();

	constructor(options: {
		setup: QuizSetup;
		progress?: SessionProgress;
		address?: SessionAddress;
		now?: () => number;
	}) {
		this.setup = options.setup;
		this.progress = options.progress;
		this.address = options.address;
		this.now = options.now ?? Date.now;
		const { items = [], seed, selection = {}, mode = 'practice' } = this.setup;
		this.use(items, seed, mode, selection);
	}

	private use(items: Item[], seed: number, mode: Mode, selection: Selection) {
		const { scope } = this.setup;
		this.items = items;
		this.attempt = new_attempt({ items, scope, seed, selection, mode, now: this.now() });
	}

	/**
	 * Decides, once stored progress is read, which quiz to show (see `plan_opening`): a stored
	 * attempt, a `?seed=` link's quiz or the page's own. Calling it again returns the first
	 * call's promise.
	 */
	open(): Promise<void> {
		this.opening ??= this.decide().finally(() => {
			this.ready = true;
			this.take_early();
		});
		return this.opening;
	}

	private async decide() {
		const { scope, items } = this.setup;
		let url = this.address?.url();
		if (url && this.setup.mode && url.searchParams.has('seed')) {
			// Every student of an assignment gets the same questions: a seed in its link is dropped.
			url = without(url, ['seed']);
			this.address?.replace(url);
			this.message =
				'The teacher set these questions, so the seed added to this link was not used.';
		}
		// A seed link's quiz is drawn by the generator: asked for now, with the module that reads
		// the link, rather than after it (one round trip fewer before the quiz shows). A failed
		// load is tried again when the quiz is drawn, and says so there.
		if (url?.searchParams.has('seed')) this.loaded().catch(() => {});
		const open = this.progress?.open_attempt(scope);
		if (open || (url && names_a_quiz(url.search))) {
			// Loaded only when there is something to decide, to keep the page's start-up small.
			let opening: typeof import('./opening');
			try {
				opening = await import('./opening');
			} catch (error) {
				// Nothing stored is touched: the attempt or link is still there after a reload.
				this.message = `Your quiz could not be opened (${reason(error)}); it is still saved, so reload the page to try again.`;
				return;
			}
			const { plan_opening } = opening;
			const plan = await plan_opening({
				search: url?.search ?? '',
				scope,
				stored: (id) => this.stored(id),
				open,
				base,
				own: this.setup,
				bank: async (seed) => {
					const [{ generate_bank }, documents] = await this.loaded();
					return generate_bank(documents, seed);
				}
			});
			if (plan.kind === 'start') {
				await this.start(plan.seed ?? this.setup.seed, this.attempt.mode);
				// A link that cannot be used leaves the address, so a reload does not say so again.
				if (url && plan.drop.length) this.address?.replace(without(url, plan.drop));
			} else {
				this.items = plan.items;
				this.attempt = plan.attempt;
				if (plan.kind === 'results' && plan.finish) this.finish();
				// Saved at once, so what is stored always matches what is shown.
				if (plan.kind === 'resume' && plan.missing) this.progress?.save_attempt(plan.attempt);
				if (plan.kind === 'resume') this.announcement = plan.message;
			}
			// Said after `start` or `finish`, which clear what was said before.
			if (plan.message) this.message = plan.message;
		} else if (!items) await this.start(this.setup.seed, this.attempt.mode);
	}

	/** The stored attempt `id`, found without trusting `id` as an object key. */
	private stored(id: string): Attempt | undefined {
		const attempts = this.progress?.state.attempts;
		return attempts && Object.hasOwn(attempts, id) ? attempts[id] : undefined;
	}

	/** A new quiz for `seed`: drawn afresh where the page says how, else the same selection. */
	async start(seed: number, mode: Mode): Promise<boolean> {
		const { selection = {}, draw, items } = this.setup;
		try {
			if (draw) {
				const fresh = draw(seed);
				this.use(fresh.items, seed, mode, fresh.selection);
			} else if (items && seed === this.setup.seed) {
				// The page's own quiz: no need to load the generator to draw it again.
				this.use(items, seed, mode, selection);
			} else {
				const [{ build_quiz }, documents] = await this.loaded();
				this.use(build_quiz({ documents, seed, selection }), seed, mode, selection);
			}
			this.message = '';
			return true;
		} catch (error) {
			this.message = `New questions could not be loaded (${reason(error)}). Check the connection and try again.`;
			return false;
		}
	}

	/** The generator and the content, loaded once per page; a failed load is tried again next time. */
	private loaded() {
		this.loading ??= this.load().catch((error: unknown) => {
			this.loading = undefined;
			throw error;
		});
		return this.loading;
	}

	private load() {
		return Promise.all([generator(), this.setup.documents()]);
	}

	/** Practice or exam; fixed once the first answer is given. */
	set_mode(mode: Mode) {
		if (this.answered === 0 && !this.setup.mode) this.attempt = { ...this.attempt, mode };
	}

	/**
	 * Grades and saves an answer to the current item; in exam mode moves on at once. Returns
	 * the grade, or undefined when there is no current item or it was answered already.
	 */
	answer(answer: Answer): Grade | undefined {
		const item = this.current;
		if (!item || Object.hasOwn(this.attempt.responses, item.id)) return undefined;
		const { attempt, grade } = answer_item(this.attempt, item, answer, this.now());
		this.attempt = attempt;
		this.progress?.record(item, answer, grade.correct, attempt);
		if (attempt.mode === 'exam') {
			this.announcement = 'Answer saved.';
			this.next();
		} else {
			this.announcement = `${verdict(grade)} ${grade.feedback.join(' ')}`;
		}
		return grade;
	}

	/**
	 * An answer the learner gave from the page's HTML before the app was live (the prerendered
	 * quiz works without scripts). It is recorded once `open` has decided which quiz to show: in
	 * that quiz if it asks this question now, else as an answer outside a quiz, so it is never lost.
	 */
	answer_early(item_id: string, answer: Answer) {
		// The first answer checked is the learner's: its feedback was shown (see EarlyCheck).
		if (this.early_items.has(item_id)) return;
		this.early_items.add(item_id);
		this.early = { item_id, answer };
		if (this.ready) this.take_early();
	}

	private take_early() {
		const early = this.early;
		this.early = undefined;
		if (!early) return;
		if (this.current?.id === early.item_id && this.answer(early.answer)) return;
		// Another quiz is shown (a stored attempt resumed): the answer goes with the learner's
		// progress, as answers given outside a quiz do.
		const item = this.setup.items?.find((i) => i.id === early.item_id);
		if (!item || !this.progress) return;
		this.progress.record(item, early.answer, grade_answer(item, early.answer).correct);
		this.message = [this.message, 'The answer you chose before the page was ready is saved.']
			.filter(Boolean)
			.join(' ');
	}

	/** On to the next question, or to the results after the last. */
	next() {
		if (this.finished) return;
		const position = this.attempt.position + 1;
		if (position >= this.items.length) return this.finish();
		this.attempt = { ...this.attempt, position };
		this.progress?.save_attempt(this.attempt);
	}

	private finish() {
		this.attempt = { ...this.attempt, position: this.items.length, finished: this.now() };
		this.progress?.save_attempt(this.attempt);
		this.message = '';
		this.announcement = 'Quiz finished. Your results follow.';
		// The results get an address of their own, so a reload shows them again.
		this.address?.replace(address_for(this.address.url(), this.attempt.id));
	}

	/** "Try again with new questions": a fresh seed, the same mode. */
	async again() {
		if (!(await this.start(new_seed(), this.attempt.mode))) return;
		this.announcement = 'New questions ready.';
		this.address?.replace(address_for(this.address.url(), undefined));
	}
}
