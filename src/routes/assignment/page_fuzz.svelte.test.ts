/**
 * The student's page over links it must refuse: it says what is wrong, renders nothing from the
 * link as markup, and leaves everything stored as it was (no attempt, no name, no progress).
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decode_assignment_link, encode_assignment_link } from '$lib/classroom/link';
import { STORAGE_KEY } from '$lib/progress/storage';
import { costly_runs } from '$testing/fuzz';
import { real_quiz_documents } from '$testing/real_content';
import Page from './+page.svelte';

/** Mutated links, each opening the page: 50 in `vitest run`, 1,000 in `npm run test:fuzz`. */
const RUNS = costly_runs(import.meta.env.MODE, 50, 1_000);

const documents = real_quiz_documents();
const code = encode_assignment_link({
	title: '<img src=x onerror=alert(1)>',
	instructions: '',
	selection: { count: 3 },
	seed: 4,
	mode: 'exam',
	pass: 50,
	fingerprint: '00000000'
});
const body = code.lastIndexOf('.') + 3;

afterEach(() => {
	cleanup();
	localStorage.clear();
});

/** Opens the page at `#fragment` over stored data, and returns what is stored afterwards. */
async function open(fragment: string) {
	localStorage.setItem(STORAGE_KEY, '{"version":2}');
	localStorage.setItem('mobilize:assignment-student:0000abcd', 'Kim');
	const before = JSON.stringify({ ...localStorage });
	window.location.hash = fragment;
	render(Page, { props: { data: { documents } } });
	await tick();
	return { before, after: JSON.stringify({ ...localStorage }) };
}

describe('an assignment set on lessons that have changed since', () => {
	it('says its result could not be graded and offers no quiz to hand in', async () => {
		// The fingerprint of no real draw: the items drawn today differ from the teacher's.
		await open(code);
		expect(screen.getByRole('alert')).toHaveTextContent('Ask your teacher for a new link.');
		expect(screen.queryByRole('textbox', { name: /name or class number/ })).toBeNull();
		expect(screen.queryByRole('radio')).toBeNull();
	});
});

describe('the assignment page over a link it refuses', () => {
	it.each([
		[
			'changed',
			`${code.slice(0, body)}${code[body] === 'A' ? 'B' : 'A'}${code.slice(body + 1)}`,
			'was changed'
		],
		['cut short', code.slice(0, -9), 'is cut short'],
		['from a newer version', `7${code.slice(1)}`, 'newer version'],
		['not a link at all', 'hello', 'not an assignment link']
	])('says a link %s is, and stores nothing', async (_, fragment, says) => {
		const { before, after } = await open(fragment);
		expect(
			screen.getByRole('heading', { level: 1, name: 'This assignment link cannot be opened' })
		).toBeInTheDocument();
		expect(screen.getByRole('alert')).toHaveTextContent(says);
		expect(after).toBe(before);
	});

	it(`stores nothing and renders no markup for ${RUNS} mutated links`, async () => {
		let opened = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.tuple(fc.nat(code.length), fc.nat(code.length), fc.string({ maxLength: 4 })),
				async ([at, end, insert]) => {
					const fragment = code.slice(0, at) + insert + code.slice(Math.max(at, end));
					// Spaces are dropped when reading, so an added one can leave the link whole.
					if (decode_assignment_link(fragment).ok) return;
					const { before, after } = await open(fragment);
					expect(after).toBe(before);
					expect(document.querySelector('img')).toBeNull();
					cleanup();
					opened++;
				}
			),
			{ numRuns: RUNS }
		);
		// Most mutated links are refused, so most runs opened the page.
		expect(opened).toBeGreaterThan(RUNS / 2);
	}, 60_000);
});
