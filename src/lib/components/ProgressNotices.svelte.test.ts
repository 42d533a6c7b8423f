import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ProgressNoticesHarness from '$testing/ProgressNoticesHarness.svelte';

afterEach(() => {
	cleanup();
	vi.doUnmock('./Notices.svelte');
});

describe('what says that progress is not being saved', () => {
	it('says it plainly when the code that shows notices fails to load too', async () => {
		// Mocked inside the test, not hoisted: this file shares its worker's modules with the other
		// dom files (isolate: false), and the load must fail whether or not one of them loaded it.
		vi.doMock('./Notices.svelte', () => {
			throw new Error('offline');
		});
		render(ProgressNoticesHarness);
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(/answers given now are not saved/);
		// The plain form: none of Notices' buttons, whose code failed to load.
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('shows the notices with their actions when that code loads', async () => {
		render(ProgressNoticesHarness);
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(/answers given now are not saved/);
		expect(await screen.findByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
	});
});
