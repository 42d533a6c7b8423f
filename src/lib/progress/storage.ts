import { decode, describe_fixes, encode } from './codec';
import type { Finding } from './problems';
import { merge_states } from './merge';
import { empty_state, type ProgressState } from './schema';

export const STORAGE_KEY = 'mobilize:progress';
export const BACKUP_PREFIX = 'mobilize:backup:';
/** Backups the learner has downloaded, space-separated: the first to go when storage is full. */
export const DOWNLOADED_KEY = 'mobilize:downloaded';

/**
 * What localStorage allows a site, in UTF-16 characters of keys and values: 5 MiB in Chromium
 * (measured) and Firefox. An estimate: browsers may allow less, never more in practice.
 */
export const QUOTA_CHARS = 5 * 1024 * 1024;

/** Something the learner should know about their stored progress. */
export interface Notice {
	/** `repaired` is news, not a problem: it is announced politely, the others as alerts. */
	kind: 'unavailable' | 'full' | 'set-aside' | 'unsaved-backup' | 'repaired';
	message: string;
	/** Unreadable data that was set aside, offered for download. */
	backup?: { key?: string; text: string };
}

/** A backup of unreadable data, and whether the learner has downloaded it. */
export interface Backup {
	key: string;
	text: string;
	downloaded: boolean;
}

export interface Written {
	state: ProgressState;
	/** True once storage holds `state` (and, when asked to verify, it read back). */
	saved: boolean;
	notice?: Notice;
	/** When it did not fit: characters it needs, and about how many are free. */
	needed?: number;
	room?: number;
}

const NOT_KEPT =
	'Progress will not be kept on this device after you close the tab, so export it from the Progress page to keep it.';

export const is_full = (error: unknown) =>
	error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

/**
 * Makes room in full storage and writes `state` there (see full.ts): the state written and
 * its text, or how much it needs and about how much is free.
 */
export type Reclaim = (
	store: ProgressStore,
	storage: Storage,
	state: ProgressState
) => { state: ProgressState; text: string } | { needed: number; room: number; message: string };

/**
 * The one owner of what Mobilize keeps in localStorage. Every access is guarded: storage that is
 * disabled, throws, is full, or holds data this version cannot read never stops the module, and
 * such data is set aside under a backup key, never dropped.
 */
export class ProgressStore {
	/** The storage key progress is kept under; another tab's write to it is a `storage` event. */
	readonly key = STORAGE_KEY;
	/** False while stored data could not be set aside: writing then would destroy it. */
	private writable = true;
	/** The text this store last read or wrote: if storage still holds it, no tab wrote since. */
	private last_text: string | null = null;
	/** Backups downloaded in this tab, kept here too in case storage was too full to note it. */
	private downloaded = new Set<string>();
	/** How to make room when storage is full; without it, a full storage is only reported. */
	reclaim?: Reclaim;
	/**
	 * Room last measured in a full storage (see full.ts), with the characters storage held then:
	 * measuring takes about 20 large writes, so it is reused until a write succeeds or storage
	 * holds something else.
	 */
	measured?: { used: number; limit: number; free: number; extra: number };

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
		const decoded = decode(text, this.now());
		if (decoded.ok) {
			this.last_text = text;
			if (!decoded.fixes) return { state: decoded.state, notices: [] };
			return { state: decoded.state, notices: [this.store_repaired(decoded.state, decoded.fixes)] };
		}
		return { state: empty_state(), notices: [this.set_aside(text, decoded.message)] };
	}

	/**
	 * Saves `state`, first merging what another tab may have saved since, so both keep their
	 * answers. When storage is full it makes room with `reclaim`, if loaded, and tries again. With `verify`, it is saved only once it reads back and decodes, and the
	 * state returned is the one read back; if it does not fit, storage is left as it was.
	 */
	write(state: ProgressState, { verify = false } = {}): Written {
		if (!this.writable) return { state, saved: false };
		let merged = state;
		let set_aside: Notice | undefined;
		try {
			const storage = this.storage();
			if (!storage) throw new Error('no storage');
			const stored = storage.getItem(STORAGE_KEY);
			// Decoding and merging cost most at 10,000 answers; skip them unless another tab wrote.
			if (stored !== null && stored !== this.last_text) {
				const decoded = decode(stored, this.now());
				if (decoded.ok) merged = merge_states(decoded.state, state);
				else {
					set_aside = this.set_aside(stored, decoded.message);
					if (!this.writable) return { state, saved: false, notice: set_aside };
				}
			}
			let text = encode(merged);
			try {
				storage.setItem(STORAGE_KEY, text);
			} catch (error) {
				if (!is_full(error) || !this.reclaim) throw error;
				const made = this.reclaim(this, storage, merged);
				if (!('text' in made)) {
					const notice: Notice = { kind: 'full', message: `${made.message} ${NOT_KEPT}` };
					return { state: merged, saved: false, notice, ...made };
				}
				({ state: merged, text } = made);
			}
			this.measured = undefined;
			this.last_text = text;
			if (verify) {
				const back = storage.getItem(STORAGE_KEY);
				const decoded = back === text ? decode(back, this.now()) : undefined;
				if (!decoded?.ok) {
					// Never leave behind what could not be read back: put back what was there.
					if (stored === null) storage.removeItem(STORAGE_KEY);
					else storage.setItem(STORAGE_KEY, stored);
					this.last_text = stored;
					throw new Error('not read back');
				}
				merged = decoded.state;
			}
			return { state: merged, saved: true, ...(set_aside ? { notice: set_aside } : {}) };
		} catch (error) {
			return {
				state: merged,
				saved: false,
				notice: is_full(error)
					? {
							kind: 'full',
							message: `This browser’s storage for Mobilize is full, so your latest answers are not saved. ${NOT_KEPT}`
						}
					: { kind: 'unavailable', message: `Saving to this browser’s storage failed. ${NOT_KEPT}` }
			};
		}
	}

	/** Characters of keys and values in this site's storage but `except`; 0 if unreadable. */
	used(storage?: Storage, except: (key: string) => boolean = () => false) {
		try {
			storage ??= this.storage();
			let n = 0;
			for (const key of Object.keys(storage ?? {}))
				if (!except(key)) n += key.length + (storage!.getItem(key) ?? '').length;
			return n;
		} catch {
			return 0;
		}
	}

	/** Characters Mobilize's own keys use, and those every key of this site uses. */
	usage() {
		const all = this.used();
		return { ours: all - this.used(undefined, (key) => key.startsWith('mobilize:')), all };
	}

	/** Reads `text` from another tab's write (the `storage` event) and merges it into `state`. */
	absorb(state: ProgressState, text: string | null): ProgressState {
		if (text === null) return state;
		const decoded = decode(text, this.now());
		return decoded.ok ? merge_states(state, decoded.state) : state;
	}

	/** Removes Mobilize's progress from this browser, backups included. */
	forget() {
		try {
			const storage = this.storage();
			if (!storage) return;
			for (const key of Object.keys(storage)) {
				if (key === STORAGE_KEY || key === DOWNLOADED_KEY || key.startsWith(BACKUP_PREFIX))
					storage.removeItem(key);
			}
			this.writable = true;
			this.last_text = null;
			this.measured = undefined;
			this.downloaded.clear();
		} catch {
			// Nothing stored can be reached, so nothing is left to forget.
		}
	}

	/** Backups of unreadable data kept in this browser. */
	backups(): Backup[] {
		try {
			const storage = this.storage();
			if (!storage) return [];
			const noted = new Set([
				...(storage.getItem(DOWNLOADED_KEY) ?? '').split(' '),
				...this.downloaded
			]);
			return Object.keys(storage)
				.filter((key) => key.startsWith(BACKUP_PREFIX))
				.map((key) => ({ key, text: storage.getItem(key) ?? '', downloaded: noted.has(key) }));
		} catch {
			return [];
		}
	}

	/** Notes that the learner downloaded backup `key`, so its room may be reclaimed. */
	mark_downloaded(key: string) {
		this.downloaded.add(key);
		try {
			const storage = this.storage();
			const kept = this.backups()
				.filter((b) => b.downloaded)
				.map((b) => b.key);
			storage?.setItem(DOWNLOADED_KEY, kept.join(' '));
		} catch {
			// Kept in this tab only; storage too full to note it is reclaimed from this tab anyway.
		}
	}

	/**
	 * Writes back a state repaired on reading, so the repair is made and reported once, not
	 * silently again on every load. If it cannot be written, the stored text stays as it was
	 * (it still reads, repaired the same way) and the notice says so.
	 */
	private store_repaired(state: ProgressState, fixes: Finding[]): Notice {
		const said = `Your saved progress did not quite follow the rules of a progress record: ${describe_fixes(fixes)}`;
		try {
			const storage = this.storage();
			if (!storage) throw new Error('no storage');
			const text = encode(state);
			storage.setItem(STORAGE_KEY, text);
			this.last_text = text;
			return { kind: 'repaired', message: `${said} The repaired progress is saved.` };
		} catch {
			return { kind: 'repaired', message: `${said} It is repaired here, but could not be saved.` };
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
