import { SKIP_WAITING } from './precache';

/**
 * The parts of the browser's service-worker API that `watch_updates` uses, so that it can be
 * tested with fakes in node.
 */
export interface Workers {
	readonly controller: unknown;
	register(url: string): Promise<Registration>;
	addEventListener(type: 'controllerchange', listener: () => void): void;
	removeEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface Registration {
	readonly installing: Worker | null;
	readonly waiting: Worker | null;
	update(): Promise<unknown>;
	addEventListener(type: 'updatefound', listener: () => void): void;
	removeEventListener(type: 'updatefound', listener: () => void): void;
}

export interface Worker {
	readonly state: string;
	postMessage(message: unknown): void;
	addEventListener(type: 'statechange', listener: () => void): void;
}

export interface UpdateWatch {
	/**
	 * Asks the server for a newer worker now. Browsers do so on every page load, but a learner
	 * moving between pages inside the app loads none, so the page asks when it is shown again.
	 */
	check(): void;
	/** Stops listening. */
	stop(): void;
}

export interface UpdateOptions {
	workers: Workers;
	/** The service worker's script, `${base}/service-worker.js`. */
	url: string;
	/** A new version is ready; `apply` loads it (the page reloads). */
	on_update: (apply: () => void) => void;
	/** Reloads the page (location.reload in the browser). */
	reload: () => void;
	/** Called when the registration fails (an insecure origin, a private window…). */
	on_error?: (error: unknown) => void;
}

/**
 * Registers the service worker and reports a new version once it has installed and waits.
 * The learner decides when to load it: until then the worker in control keeps serving the
 * build the page came from, so the page goes on working. Applying asks the waiting worker to
 * take over and reloads this page when it has.
 */
export function watch_updates(options: UpdateOptions): UpdateWatch {
	const { workers, url, on_update, reload } = options;
	let stopped = false;
	let applying = false;
	// Whether a worker controlled the page before: the first install claims the page too, and
	// that is no new version.
	let controlled = !!workers.controller;
	let registered: Registration | undefined;
	const cleanup: (() => void)[] = [];

	const announce = (worker: Worker) => {
		if (stopped) return;
		on_update(() => {
			applying = true;
			worker.postMessage(SKIP_WAITING);
		});
	};
	const watch = (worker: Worker | null) => {
		worker?.addEventListener('statechange', () => {
			// Installed with a worker already in control: it waits for the page to ask.
			if (worker.state === 'installed' && workers.controller) announce(worker);
		});
	};
	const on_controller = () => {
		if (applying) reload();
		// Another tab applied the update: this page's files may be gone from the new cache, so
		// it is offered the same reload.
		else if (controlled && !stopped) on_update(reload);
		controlled = true;
	};
	workers.addEventListener('controllerchange', on_controller);
	cleanup.push(() => workers.removeEventListener('controllerchange', on_controller));

	workers.register(url).then(
		(registration) => {
			if (stopped) return;
			registered = registration;
			if (registration.waiting && workers.controller) announce(registration.waiting);
			watch(registration.installing);
			const on_found = () => watch(registration.installing);
			registration.addEventListener('updatefound', on_found);
			cleanup.push(() => registration.removeEventListener('updatefound', on_found));
		},
		options.on_error ?? (() => {})
	);

	return {
		// A failed check (offline) changes nothing: the next one tries again.
		check: () => void registered?.update().catch(() => {}),
		stop: () => {
			stopped = true;
			cleanup.forEach((undo) => undo());
		}
	};
}

/**
 * Watches for a new version from this page (see `watch_updates`): from its load event, so that
 * storing the whole build never competes with the page, and checking again whenever the page
 * is shown again. Returns what stops it.
 */
export function follow_updates(url: string, on_update: (apply: () => void) => void): () => void {
	let watch: UpdateWatch | undefined;
	const start = () => {
		watch = watch_updates({
			workers: navigator.serviceWorker,
			url,
			on_update,
			reload: () => location.reload()
		});
	};
	const on_visible = () => {
		if (document.visibilityState === 'visible') watch?.check();
	};
	if (document.readyState === 'complete') start();
	else addEventListener('load', start, { once: true });
	document.addEventListener('visibilitychange', on_visible);
	return () => {
		removeEventListener('load', start);
		document.removeEventListener('visibilitychange', on_visible);
		watch?.stop();
	};
}
