import { getContext, setContext, untrack } from 'svelte';
import type { Attempt } from '$lib/quiz/attempt';
import type { Answer, Item } from '$lib/quiz/types';
import { empty_state } from './empty';
import type { ProgressState } from './schema';
import type { LoadedStore } from './local_store';
import type { Backup, Notice, Written } from './storage';

/** FSRS (ts-fsrs) is loaded only when a card changes, after an answer: never on page start. */
const fsrs = () => import('./review');

/**
 * Where a page's progress is stored: the store itself, or a function that loads it. Pages load
 * it after start (see `create_progress`): reading, checking, migrating and merging what is
 * stored is code no page needs to show itself.
 */
export type StoreSource = LoadedStore | (() => Promise<LoadedStore>);

/**
 * The learner's progress as reactive state. Every change is saved at once through the
 * ProgressStore; changes made in another tab arrive through the `storage` event. Nothing is
 * shown or saved from it before `loaded`.
 */
export class Progress {
	/** Where progress is stored, once loaded (see `start`), with what reads what is stored. */
	private loaded_store = $state.raw<LoadedStore>();
	private get store() {
		return this.loaded_store?.store;
	}
	/** Whether progress can be saved and exported here: false until, or unless, its store loads. */
	has_store = $derived(this.loaded_store !== undefined);
	state = $state.raw<ProgressState>(empty_state());
	notices = $state.raw<Notice[]>([]);
	/** Unreadable data kept aside in this browser, offered for download. */
	backups = $state.raw<Backup[]>([]);
	/** True while the state here holds more than storage: written again once storage allows. */
	unsaved = false;
	/**
	 * Ids of every item the current content has, to leave out answers to items it no longer has.
	 * Pages do not carry them: they are fetched when answers were stored before this page loaded
	 * (see +layout.svelte). Answers given since are to items of this very content.
	 */
	known = $state.raw<ReadonlySet<string>>();
	now = $state(Date.now());
	loaded = $state(false);
	/** Whether storage held answers when this page read it: only those may be to removed items. */
	private stored_before = $state(false);
	/**
	 * Whether `due` is the learner's: storage read (a store that failed to load read nothing),
	 * and `known` here or not needed.
	 */
	due_ready = $derived(
		this.has_store && this.loaded && (this.known !== undefined || !this.stored_before)
	);
	due = $derived(
		this.loaded_store?.due_items(
			this.state,
			// A fresh set each time, never mutated: nothing needs to react to its contents.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.known ?? new Set(Object.keys(this.state.answers)),
			this.now
		) ?? []
	);

	constructor(private readonly source: StoreSource) {}

	/**
	 * Reads storage (once its store is loaded) and follows other tabs; returns a function that
	 * stops following. A store that cannot be loaded (offline, before the site was stored for
	 * offline use) is said, and answers given meanwhile are kept here.
	 */
	start() {
		let stopped = false;
		let stop = () => {};
		// Untracked: `start` runs in the layout's effect, which must not rerun as state changes.
		const begin = (store: LoadedStore) => {
			if (!stopped) stop = untrack(() => this.follow(store));
		};
		if (typeof this.source !== 'function') begin(this.source);
		else
			this.source().then(begin, () => {
				if (stopped) return;
				this.notices = [{ kind: 'unavailable', message: STORE_FAILED }];
				this.unsaved = true;
				this.loaded = true;
			});
		return () => {
			stopped = true;
			stop();
		};
	}

	private follow(loaded: LoadedStore) {
		const { store } = loaded;
		this.loaded_store = loaded;
		const { state, notices } = store.read();
		this.notices = notices;
		this.backups = store.backups();
		this.stored_before = Object.keys(state.answers).length > 0;
		// Answers given before the store arrived are held here only: keep them with what is stored.
		if (this.unsaved) this.save(loaded.merge_states(state, this.state));
		else this.state = state;
		this.loaded = true;
		this.catch_up();
		// Another tab's write, or a minute gone by, may mean room again for what is held here.
		const on_storage = (event: StorageEvent) => {
			// Another tab forgot this device: forget here too, rather than write it all back.
			if (event.key === store.key && event.newValue === null) return this.forget_here();
			if (event.key === store.key) {
				this.state = store.absorb(this.state, event.newValue);
				this.answers_from_elsewhere();
				this.catch_up();
			}
			if (this.unsaved) this.save(this.state);
		};
		const tick = setInterval(() => {
			this.now = Date.now();
			if (this.unsaved) this.save(this.state);
		}, 60_000);
		window.addEventListener('storage', on_storage);
		return () => {
			window.removeEventListener('storage', on_storage);
			clearInterval(tick);
		};
	}

	private save(next: ProgressState) {
		if (this.store) return this.adopt(this.store.write(next));
		this.state = next;
		this.unsaved = true;
	}

	private adopt({ state, notice, saved }: Written) {
		this.state = state;
		this.unsaved = !saved;
		// Saved at last: a notice that answers are not being saved is no longer true.
		const stale = (n: Notice) => n.kind === 'full' || n.kind === 'unavailable';
		if (saved && this.notices.some(stale)) this.notices = this.notices.filter((n) => !stale(n));
		if (notice && !this.notices.some((n) => n.kind === notice.kind))
			this.notices = [...this.notices, notice];
		if (notice?.kind === 'set-aside' && this.store) this.backups = this.store.backups();
	}

	mark_read(lesson: string) {
		if (lesson in this.state.lessons_read) return;
		this.save({
			...this.state,
			lessons_read: { ...this.state.lessons_read, [lesson]: Date.now() }
		});
	}

	/** Saves an answer the moment it is given, with the attempt it belongs to. */
	record(item: Item, answer: Answer, correct: boolean, attempt?: Attempt) {
		// The same time as the attempt's response: stored, the two are then kept as one.
		const at = attempt?.responses[item.id]?.at ?? Date.now();
		const record = { answer, correct, at };
		const answers = {
			...this.state.answers,
			[item.id]: [...(this.state.answers[item.id] ?? []), record]
		};
		const attempts = attempt
			? { ...this.state.attempts, [attempt.id]: attempt }
			: this.state.attempts;
		this.save({ ...this.state, answers, attempts });
		this.now = at;
		this.review([item.id], { attempt, at });
	}

	/** Reviews run one after another, each on the state the last one left. */
	private reviewing = Promise.resolve();

	/**
	 * Answers that came from another tab or a file may be to questions this content no longer
	 * has: the review count then waits for the list of current items (see `known`).
	 */
	private answers_from_elsewhere() {
		if (Object.keys(this.state.answers).length) this.stored_before = true;
	}

	/** Resolves once FSRS has taken in every answer given so far and the cards are saved. */
	settled(): Promise<void> {
		return this.reviewing;
	}

	/**
	 * Has FSRS take in the answers `items` were given since their cards' last review, and saves
	 * the cards. The answers are saved first, so a scheduler that fails to load (offline) loses
	 * nothing: the card catches up at the item's next answer, or at the next page's start if the
	 * item already had a card (`stale_items`); an item with no card yet keeps its Leitner date.
	 */
	private review(items: string[], given?: { attempt?: Attempt; at: number }) {
		this.reviewing = this.reviewing
			.then(async () => {
				// Read after the wait: answers given meanwhile are in this state, and kept.
				const cards = (await fsrs()).review_items(this.state, items, given);
				if (cards) this.save({ ...this.state, cards });
			})
			.catch(() => {});
	}

	/** Cards behind their answers (merged from another tab or a file) take them in. */
	private catch_up() {
		// Untracked: `start` runs in the layout's effect, which must not rerun when state changes.
		const stale = untrack(() => this.loaded_store?.stale_items(this.state) ?? []);
		if (stale.length) this.review(stale);
	}

	save_attempt(attempt: Attempt) {
		this.save({ ...this.state, attempts: { ...this.state.attempts, [attempt.id]: attempt } });
	}

	/** The unfinished attempt for a scope, if any: the one to resume. */
	open_attempt(scope: string): Attempt | undefined {
		return Object.values(this.state.attempts)
			.filter((a) => a.scope === scope && a.finished === undefined)
			.sort((a, b) => b.started - a.started)[0];
	}

	/**
	 * Saves a state merged from a file (see `import_progress`): it becomes the state here only
	 * once written and read back; if it does not fit, nothing here or in storage changes.
	 */
	save_verified(next: ProgressState): Written {
		if (!this.store) return { state: this.state, saved: false };
		const written = this.store.write(next, { verify: true });
		if (written.saved) {
			this.adopt(written);
			this.answers_from_elsewhere();
			this.catch_up();
		}
		return written;
	}

	/** Notes that a backup was downloaded: its room may be reclaimed when storage is full. */
	mark_downloaded(key: string) {
		if (!this.store) return;
		this.store.mark_downloaded(key);
		this.backups = this.store.backups();
	}

	/** Characters Mobilize and the whole site use in storage, to show how much room is left. */
	usage() {
		return this.store?.usage() ?? { ours: 0, all: 0 };
	}

	export_text() {
		return this.loaded_store?.encode(this.state) ?? '';
	}

	dismiss(notice: Notice) {
		this.notices = this.notices.filter((n) => n !== notice);
	}

	forget() {
		this.store?.forget();
		this.forget_here();
	}

	/** Drops what this tab holds, once storage no longer has it (here or in another tab). */
	private forget_here() {
		this.state = empty_state();
		this.notices = [];
		this.backups = [];
		this.unsaved = false;
	}
}

const STORE_FAILED =
	'Your saved progress could not be loaded, so answers given now are not saved. Reload the page when you are online to try again.';

const KEY = Symbol('progress');

/**
 * The page's progress, handed to its components by context. Its store (storage.ts, with the
 * stored format's checks, migration and merging) loads once the page has started: see
 * `local_store`.
 */
export function create_progress(source?: StoreSource) {
	const progress = new Progress(
		source ?? (() => import('./local_store').then(({ local_store }) => local_store()))
	);
	return setContext(KEY, progress);
}
export function get_progress(): Progress {
	return getContext(KEY);
}
