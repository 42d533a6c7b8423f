import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ProgressNoticesHarness from '$testing/ProgressNoticesHarness.svelte';
import Notices from './Notices.svelte';

afterEach(cleanup);

describe('what says that progress is not being saved', () => {
	it('says it plainly when the code that shows notices fails to load too', async () => {
		render(ProgressNoticesHarness, { load: () => Promise.reject(new Error('offline')) });
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(/answers given now are not saved/);
		// The plain form: no buttons that need the code that failed to load.
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('shows the notices with their actions when that code loads', async () => {
		render(ProgressNoticesHarness, { load: () => Promise.resolve({ default: Notices }) });
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(/answers given now are not saved/);
		expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
	});
});
