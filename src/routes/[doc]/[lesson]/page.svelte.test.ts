/**
 * Every link a quiz item gives to its fact ("Read it in the lesson", "Where this comes from")
 * lands on an element of the lesson page: the page is rendered from the same load functions the
 * build prerenders it with, and the ids it carries are compared with every href the generator
 * makes. Item ids are the same for every seed, but distractors (and the links they carry) are
 * drawn by the seed, so a few seeds are checked.
 */
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { lesson_path } from '$lib/content/paths';
import { generate_bank } from '$lib/quiz/bank';
import { quiz_documents } from '$lib/server/content';
import { load as load_page } from './+page';
import { entries, load as load_server } from './+page.server';
import LessonPageHarness from './LessonPageHarness.svelte';

const SEEDS = [1, 2, 3, 42, 1000];

type ServerEvent = Parameters<typeof load_server>[0];
type PageEvent = Parameters<typeof load_page>[0];

/** The element ids of each lesson page, by its path, as the page renders them. */
async function rendered_ids(): Promise<Map<string, Set<string>>> {
	const pages = new Map<string, Set<string>>();
	// The layout loads no data (its server file holds only page options).
	for (const params of await entries()) {
		// The loads read only these fields of their event.
		const server = load_server({ params } as ServerEvent);
		const data = await load_page({ data: server } as PageEvent);
		const { container } = render(LessonPageHarness, { data });
		const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
		// An id used twice would leave a link's target ambiguous.
		expect(
			ids.filter((id, i) => ids.indexOf(id) !== i),
			params.lesson
		).toEqual([]);
		pages.set(lesson_path(params.doc, params.lesson), new Set(ids));
		cleanup();
	}
	return pages;
}

afterEach(() => cleanup());

describe('the lesson page', () => {
	it('has an element for every anchor a generated item links to', async () => {
		const pages = await rendered_ids();
		expect(pages.size).toBeGreaterThan(0);
		const documents = quiz_documents();
		let links = 0;
		let items = 0;
		// Every link that lands nowhere, gathered and asserted once: an expect per link cost more
		// than the rest of the test.
		const broken: string[] = [];
		for (const seed of SEEDS) {
			const bank = generate_bank(documents, seed);
			items += bank.length;
			for (const item of bank) {
				const hrefs = [item.source.href, ...item.options.flatMap((o) => (o.href ? [o.href] : []))];
				for (const href of hrefs) {
					const [path = '', anchor] = href.split('#');
					if (!anchor) broken.push(`${item.id} links to ${href}, which names no fact`);
					else if (!pages.get(path)?.has(anchor))
						broken.push(`${item.id} (${item.type}, seed ${seed}) links to ${href}`);
					links++;
				}
			}
		}
		expect(broken).toEqual([]);
		// Every item links to its fact, so there are more links than items checked.
		expect(links).toBeGreaterThan(items);
	}, 60_000);
});
