import { decode, encode } from './codec';
import { merge_states } from './merge';
import { empty_state, type ProgressState } from './schema';

export const STORAGE_KEY = 'mobilize:progress';
export const BACKUP_PREFIX = 'mobilize:backup:';

/** Something the learner should know about their stored progress. */
export interface Notice {
	kind: 'unavailable' | 'full' | 'set-aside' | 'unsaved-backup';
	message: string;
	/** Unreadable data that was set aside, offered for download. */
	backup?: { key?: string; text: string };
}

const NOT_KEPT =
	'Progress will not be kept on this device after you close the tab, so export it from the Progress page to keep it.';

/**
 * The one owner of what Mobilize keeps in localStorage. Every access is guarded: storage that is
 * disabled, throws, is full, or holds data this version cannot read never stops the module, and
 * such data is set aside under a backup key, never dropped.
 */
export class ProgressStore {
	/** False while stored data could not be set aside: writing then would destroy it. */
	private writable = true;
	/** The text this store last read or wrote: if storage still holds it, no tab wrote since. */
	private last_text: string | null = null;

	constructor(
		private readonly storage: () => Storage | undefined,
		private readonly now: () => number = Date.now
	) {}

	/** Reads the stored state. Problems come back as notices; the state is then a fresh one. */
	read(): { state: ProgressState; notices: Notice[] } {
		let text: string | null;
		try {
			const storage = this.storage();
			if (!storage) throw new Error('no storage');
			text = storage.getItem(STORAGE_KEY);
		} catch {
			this.writable = false;
			return {
				state: empty_state(),
				notices: [
					{
						kind: 'unavailable',
						message: `This browser does not let Mobilize use its storage. ${NOT_KEPT}`
					}
				]
			};
		}
		if (text === null) return { state: empty_state(), notices: [] };
		const decoded = decode(text);
		if (decoded.ok) {
			this.last_text = text;
			return { state: decoded.state, notices: [] };
		}
		return { state: empty_state(), notices: [this.set_aside(text, decoded.message)] };
	}

	/**
	 * Saves `state`, first merging what another tab may have saved since, so both keep their
	 * answers. Returns the merged state and a notice if it could not be saved.
	 */
	write(state: ProgressState): { state: ProgressState; notice?: Notice } {
		if (!this.writable) return { state };
		let merged = state;
		let set_aside: Notice | undefined;
		try {
			const storage = this.storage();
			if (!storage) throw new Error('no storage');
			const stored = storage.getItem(STORAGE_KEY);
			// Decoding and merging cost most at 10,000 answers; skip them unless another tab wrote.
			if (stored !== null && stored !== this.last_text) {
				const decoded = decode(stored);
				if (decoded.ok) merged = merge_states(decoded.state, state);
				else {
					set_aside = this.set_aside(stored, decoded.message);
					if (!this.writable) return { state, notice: set_aside };
				}
			}
			const text = encode(merged);
			storage.setItem(STORAGE_KEY, text);
			this.last_text = text;
			return set_aside ? { state: merged, notice: set_aside } : { state: merged };
		} catch (error) {
			const full =
				error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
			return {
				state: merged,
				notice: full
					? {
							kind: 'full',
							message: `This browser’s storage for Mobilize is full, so your latest answers are not saved. ${NOT_KEPT}`
						}
					: { kind: 'unavailable', message: `Saving to this browser’s storage failed. ${NOT_KEPT}` }
			};
		}
	}

	/** Reads `text` from another tab's write (the `storage` event) and merges it into `state`. */
	absorb(state: ProgressState, text: string | null): ProgressState {
		if (text === null) return state;
		const decoded = decode(text);
		return decoded.ok ? merge_states(state, decoded.state) : state;
	}

	/** Removes Mobilize's progress from this browser, backups included. */
	forget() {
		try {
			const storage = this.storage();
			if (!storage) return;
			for (const key of Object.keys(storage)) {
				if (key === STORAGE_KEY || key.startsWith(BACKUP_PREFIX)) storage.removeItem(key);
			}
			this.writable = true;
			this.last_text = null;
		} catch {
			// Nothing stored can be reached, so nothing is left to forget.
		}
	}

	/** Backups of unreadable data kept in this browser. */
	backups(): { key: string; text: string }[] {
		try {
			const storage = this.storage();
			if (!storage) return [];
			return Object.keys(storage)
				.filter((key) => key.startsWith(BACKUP_PREFIX))
				.map((key) => ({ key, text: storage.getItem(key) ?? '' }));
		} catch {
			return [];
		}
	}

	private set_aside(text: string, reason: string): Notice {
		try {
			const storage = this.storage();
			if (!storage) throw new Error('no storage');
			// Never over an earlier backup, even two in the same millisecond.
			let key = `${BACKUP_PREFIX}${this.now()}`;
			for (let n = 2; storage.getItem(key) !== null; n++)
				key = `${BACKUP_PREFIX}${this.now()}-${n}`;
			storage.setItem(key, text);
			storage.removeItem(STORAGE_KEY);
			return {
				kind: 'set-aside',
				message: `${reason} It has been kept aside unchanged; you can download it. Mobilize starts fresh on this device.`,
				backup: { key, text }
			};
		} catch {
			this.writable = false;
			return {
				kind: 'unsaved-backup',
				message: `${reason} It could not be copied aside, so Mobilize will leave it untouched and not save new progress here. Download it, then use “Forget this device” to start again.`,
				backup: { text }
			};
		}
	}
}
