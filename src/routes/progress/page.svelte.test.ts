/**
 * The progress page's Export: offered when the saved progress was read, and disabled with the
 * reason when it could not be loaded. (Files the import accepts: page_fuzz.svelte.test.ts.)
 */
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { load } from './+page.server';
import ProgressPageHarness from './ProgressPageHarness.svelte';

/** What the page is built with. */
const data = load();

describe('the progress page', () => {
	it('offers no export, and says why, when the saved progress could not be loaded', async () => {
		render(ProgressPageHarness, { data, item_ids: [], store_fails: true });
		const button = await screen.findByRole('button', { name: 'Export progress' });
		await vi.waitFor(() => expect(button).toBeDisabled());
		expect(button).toHaveAccessibleDescription(/Export is not available: .* could not be loaded/);
	});

	it('offers export when the saved progress was read', async () => {
		render(ProgressPageHarness, { data, item_ids: [] });
		await tick();
		const button = screen.getByRole('button', { name: 'Export progress' });
		expect(button).toBeEnabled();
		expect(button).not.toHaveAccessibleDescription();
	});
});
