import { describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING } from './precache';
import { watch_updates, type Registration, type Worker, type Workers } from './updates';

/** A worker whose state the test moves on. */
class FakeWorker extends EventTarget implements Worker {
	state = 'installing';
	messages: unknown[] = [];
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	move(state: string) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget implements Registration {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	update = vi.fn(() => Promise.resolve());
	found(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

class FakeWorkers extends EventTarget implements Workers {
	controller: FakeWorker | null = null;
	constructor(private readonly registration: Promise<FakeRegistration>) {
		super();
	}
	register() {
		return this.registration;
	}
	take_control(worker: FakeWorker) {
		this.controller = worker;
		this.dispatchEvent(new Event('controllerchange'));
	}
}

function watching({ controller = null as FakeWorker | null, fail = false } = {}) {
	const registration = new FakeRegistration();
	const workers = new FakeWorkers(
		fail ? Promise.reject(new Error('insecure origin')) : Promise.resolve(registration)
	);
	workers.controller = controller;
	const updates: (() => void)[] = [];
	const reload = vi.fn();
	const on_error = vi.fn();
	const watch = watch_updates({
		workers,
		url: '/service-worker.js',
		on_update: (apply) => updates.push(apply),
		reload,
		on_error
	});
	return { registration, workers, updates, reload, on_error, watch };
}

const settled = () => new Promise((done) => setTimeout(done));

describe('a new version of the site', () => {
	it('is not announced on the first install, which takes the page over without a reload', async () => {
		const { registration, workers, updates, reload } = watching();
		await settled();
		const first = new FakeWorker();
		registration.found(first);
		first.move('installed');
		first.move('activated');
		workers.take_control(first);
		expect(updates).toHaveLength(0);
		expect(reload).not.toHaveBeenCalled();
	});

	it('is announced once installed while another worker controls the page', async () => {
		const { registration, updates } = watching({ controller: new FakeWorker() });
		await settled();
		const next = new FakeWorker();
		registration.found(next);
		expect(updates).toHaveLength(0);
		next.move('installed');
		expect(updates).toHaveLength(1);
	});

	it('is announced when the page loads with one already waiting', async () => {
		const registration = new FakeRegistration();
		registration.waiting = new FakeWorker();
		const workers = new FakeWorkers(Promise.resolve(registration));
		workers.controller = new FakeWorker();
		const on_update = vi.fn();
		watch_updates({ workers, url: '/sw.js', on_update, reload: () => {} });
		await settled();
		expect(on_update).toHaveBeenCalledTimes(1);
	});

	it('loads only when the learner applies it: the worker is asked, then the page reloads', async () => {
		const { registration, workers, updates, reload } = watching({
			controller: new FakeWorker()
		});
		await settled();
		const next = new FakeWorker();
		registration.found(next);
		next.move('installed');
		expect(next.messages).toEqual([]);
		updates[0]!();
		expect(next.messages).toEqual([SKIP_WAITING]);
		expect(reload).not.toHaveBeenCalled();
		workers.take_control(next);
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('applied in another tab, offers this page the reload its files now need', async () => {
		const { workers, updates, reload } = watching({ controller: new FakeWorker() });
		await settled();
		workers.take_control(new FakeWorker());
		expect(reload).not.toHaveBeenCalled();
		expect(updates).toHaveLength(1);
		updates[0]!();
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('is checked for on request, once registered', async () => {
		const { registration, watch } = watching();
		watch.check();
		expect(registration.update).not.toHaveBeenCalled();
		await settled();
		watch.check();
		expect(registration.update).toHaveBeenCalledTimes(1);
	});

	it('is no longer announced once the page stops watching', async () => {
		const { registration, workers, updates, watch } = watching({ controller: new FakeWorker() });
		await settled();
		const next = new FakeWorker();
		registration.found(next);
		watch.stop();
		next.move('installed');
		workers.take_control(next);
		expect(updates).toHaveLength(0);
	});

	it('reports a registration the browser refuses, and nothing else happens', async () => {
		const { on_error, updates } = watching({ fail: true });
		await settled();
		expect(on_error).toHaveBeenCalledWith(new Error('insecure origin'));
		expect(updates).toHaveLength(0);
	});
});
