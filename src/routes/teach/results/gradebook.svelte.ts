import { assignment_id, type Assignment } from '$lib/classroom/assignment';
import { class_data } from '$lib/classroom/class_data';
import { class_confusions } from '$lib/classroom/confusions';
import { expand_export, gradebook_export } from '$lib/classroom/gradebook_export';
import {
	import_results,
	report_summary,
	type ImportInput,
	type ImportReport,
	type StoredResult,
	stored_assignments,
	type StoredAssignment
} from '$lib/classroom/gradebook_import';
import { analyse_items } from '$lib/classroom/item_analysis';
import { class_mastery } from '$lib/classroom/mastery';
import { ContentNames } from '$lib/classroom/names';
import {
	open_gradebook,
	request_persistence,
	storage_figures,
	type GradebookStore,
	type StorageFigures
} from '$lib/gradebook_store';
import { build_quiz } from '$lib/quiz/bank';
import type { QuizDocument } from '$lib/quiz/source';
import type { Item } from '$lib/quiz/types';

/**
 * The gradebook page's state: what is stored, which assignment is graded, the last import's
 * report, and the storage figures. Everything it shows is derived by the pure modules in
 * $lib/classroom; this class only loads, stores and remembers the teacher's choices.
 */
export class Gradebook {
	// Raw: results are replaced, never changed in place, and deep proxies over thousands of
	// them made every figure derived from them several times slower.
	results = $state.raw<StoredResult[]>([]);
	chosen = $state<string | undefined>();
	report = $state.raw<(ImportReport & { summary: string }) | undefined>();
	/** Set when storage fails: the page says it, and keeps working in memory. */
	problem = $state<string | undefined>();
	unreadable = $state(0);
	#unreadable_keys: string[] = [];
	figures = $state.raw<StorageFigures | undefined>();
	documents = $state.raw<QuizDocument[] | undefined>();
	loaded = $state(false);
	busy = $state(false);
	#store: GradebookStore | undefined;
	/** Items drawn per assignment id: a cache, never shown, so not reactive. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#drawn = new Map<string, Item[]>();

	constructor(private readonly load_documents: () => Promise<QuizDocument[]>) {}

	readonly assignments: StoredAssignment[] = $derived(stored_assignments(this.results));

	/** The assignment graded: the teacher's choice, else the one imported last. */
	readonly graded = $derived(
		this.assignments.find((a) => a.id === this.chosen) ??
			(this.chosen === NEW ? undefined : this.assignments[0])
	);

	readonly names = $derived(this.documents && new ContentNames(this.documents));

	readonly data = $derived.by(() => {
		const graded = this.graded;
		if (!graded || !this.documents) return undefined;
		return class_data({
			assignment: graded.assignment,
			id: graded.id,
			items: this.items_for(graded.assignment),
			results: this.results.filter((r) => r.assignment === graded.id).map((r) => r.result)
		});
	});

	readonly analysis = $derived(this.data && analyse_items(this.data));
	readonly mastery = $derived(this.data && this.names && class_mastery(this.data, this.names));
	readonly confusions = $derived(
		this.data &&
			this.names &&
			this.documents &&
			class_confusions(this.data, this.names, this.documents)
	);

	items_for = (assignment: Assignment): Item[] => {
		const id = assignment_id(assignment);
		const documents = this.documents ?? [];
		const items =
			this.#drawn.get(id) ??
			build_quiz({ documents, seed: assignment.seed, selection: assignment.selection });
		this.#drawn.set(id, items);
		return items;
	};

	async start() {
		const [opened, documents] = await Promise.allSettled([open_gradebook(), this.load_documents()]);
		if (documents.status === 'fulfilled') this.documents = documents.value;
		else
			this.problem =
				'The questions could not be loaded, so results cannot be graded. Reload the page to try again.';
		if (opened.status === 'fulfilled' && opened.value.ok) {
			this.#store = opened.value.store;
			try {
				const { results, unreadable } = await this.#store.load();
				this.results = results;
				this.unreadable = unreadable.length;
				this.#unreadable_keys = unreadable;
			} catch {
				this.problem = 'The gradebook stored in this browser could not be read.';
			}
		} else if (opened.status === 'fulfilled' && !opened.value.ok) {
			this.problem = opened.value.problem;
		}
		this.loaded = true;
		await this.refresh_figures();
	}

	async refresh_figures() {
		this.figures = await storage_figures();
	}

	async persist() {
		await request_persistence();
		await this.refresh_figures();
	}

	/** Imports a batch; the results are kept in memory even when storing them fails. */
	async import(inputs: readonly ImportInput[]) {
		if (!this.documents || this.busy) return;
		this.busy = true;
		try {
			const report = await import_results({
				inputs: inputs.flatMap(expand_export),
				// A lookup for this call only, not state. Entries this version cannot read count as
				// there: an import never writes over them.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				stored: new Map([
					...this.results.map((r): [string, { imported: number }] => [r.key, r]),
					...this.#unreadable_keys.map((key): [string, { imported: number }] => [
						key,
						{ imported: 0 }
					])
				]),
				assignment: this.graded?.id,
				items_for: this.items_for,
				now: Date.now()
			});
			if (report.imported.length && this.#store) {
				try {
					await this.#store.add(report.imported);
				} catch {
					this.problem =
						'The results were imported but could not be stored in this browser (it may be out of space): export them before you close the page.';
				}
			}
			this.results = [...this.results, ...report.imported];
			if (report.assignment) this.chosen = report.assignment;
			this.report = { ...report, summary: report_summary(report) };
		} finally {
			this.busy = false;
		}
		await this.refresh_figures();
	}

	choose(id: string) {
		this.chosen = id;
		this.report = undefined;
	}

	export_text(now = Date.now()) {
		return gradebook_export(this.results, now);
	}

	async clear() {
		try {
			await this.#store?.clear();
			this.results = [];
			this.chosen = undefined;
			this.report = undefined;
		} catch {
			this.problem = 'The gradebook could not be cleared; nothing was deleted.';
		}
		await this.refresh_figures();
	}
}

/** The selector's value for "a new assignment": the next import chooses it. */
export const NEW = 'new';
