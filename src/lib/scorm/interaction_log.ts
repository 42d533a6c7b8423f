import type { Item } from '../quiz/types';
import { interaction } from './interactions';
import { LmsError, type LmsSession } from './lms';
import type { SuspendState } from './suspend';

/**
 * Which answers of a sitting the LMS has had as interactions (`cmi.interactions.n`, see
 * interactions.ts), and when each question was shown and answered, for the interaction's time
 * and latency. Each answer goes to the LMS once, with the save that carries it, and only if the
 * LMS keeps interactions (`cmi.interactions._children`).
 */
export class InteractionLog {
	/** The interaction elements the LMS keeps (empty: none), and the next interaction's index. */
	private elements = new Set<string>();
	private next = 0;
	/** By question position: when it was first shown and when answered, in this sitting. */
	private readonly shown = new Map<number, number>();
	private readonly given = new Map<number, number>();
	/** Positions whose answer the LMS has had as an interaction (or had in an earlier sitting). */
	private readonly reported = new Set<number>();

	constructor(
		private readonly items: readonly Item[],
		private readonly now: () => number
	) {}

	/**
	 * What the LMS keeps: `cmi.interactions._children` and `_count` as it gave them ('' if it
	 * did not). Without `id` no interaction can be made; a count that is not one is no index to
	 * write at: then none is written.
	 */
	keeps(children: string, count: string) {
		const elements = new Set(children.split(',').map((c) => c.trim()));
		const at = Number(count || '0');
		if (!elements.has('id') || !Number.isSafeInteger(at) || at < 0) return;
		this.elements = elements;
		this.next = at;
	}

	/** The state the sitting starts from: answers kept from an earlier sitting went with it. */
	resumed(state: SuspendState) {
		for (const [position, answer] of state.answers.entries())
			if (answer !== undefined) this.reported.add(position);
		this.showing(state);
	}

	/** The question the state is at is on screen (from now, if it was not already). */
	showing(state: SuspendState) {
		if (!state.finished && !this.shown.has(state.position))
			this.shown.set(state.position, this.now());
	}

	/** The learner answered the question at `position` now. */
	answered(position: number) {
		this.given.set(position, this.now());
	}

	/**
	 * Each answer the LMS has not had, as the next interaction. Only the elements the LMS keeps
	 * are written; one it refuses is logged and the rest go on: the report is worth less than
	 * the sitting. An interaction whose id is refused was not made, so its index is used again.
	 */
	write(session: LmsSession, state: SuspendState) {
		if (!this.elements.size) return;
		for (const [position, answer] of state.answers.entries()) {
			const item = this.items[position];
			if (answer === undefined || !item || this.reported.has(position)) continue;
			this.reported.add(position);
			const n = this.next;
			try {
				const fields = interaction({
					item,
					position,
					answer,
					answered: this.given.get(position) ?? this.now(),
					shown: this.shown.get(position)
				});
				for (const [element, value] of fields) {
					if (!this.elements.has(element.split('.')[0]!)) continue;
					try {
						session.set(`cmi.interactions.${n}.${element}`, value);
						if (element === 'id') this.next = n + 1;
					} catch (error) {
						const why = error instanceof LmsError ? error.message : String(error);
						console.warn(`Mobilize: question ${position + 1} not fully reported. ${why}`);
						if (element === 'id') break;
					}
				}
			} catch (error) {
				console.warn(`Mobilize: question ${position + 1} not reported.`, error);
			}
		}
	}
}
