import { describe, expect, it } from 'vitest';
import { real_content } from '$testing/real_content';
import { resolve_selection } from './selection';
import { at } from '../src/lib/must';

// The content the other files of this worker read too, parsed once (not again here).
const { documents } = real_content();
const doc = at(documents, 0);
const other = at(documents, 1);
const lesson = at(doc.lessons, 0);

describe('resolve_selection', () => {
	it('passes known documents, lessons, types and count through', () => {
		const options = {
			documents: [doc.slug],
			lessons: [lesson.slug, `${doc.slug}/${at(doc.lessons, 1).slug}`],
			types: ['matching' as const],
			count: 3
		};
		expect(resolve_selection(options, documents)).toEqual({ ok: true, selection: options });
		expect(resolve_selection({}, documents)).toEqual({ ok: true, selection: {} });
	});

	it('names the valid documents for an unknown one', () => {
		const resolved = resolve_selection({ documents: ['nope'] }, documents);
		expect(resolved).toEqual({
			ok: false,
			message: `unknown document "nope"; valid documents: ${documents.map((d) => d.slug).join(', ')}`
		});
	});

	it('names the valid lessons for an unknown one, or one in the wrong document', () => {
		const unknown = resolve_selection({ lessons: ['nope'] }, documents);
		expect(unknown).toMatchObject({ ok: false });
		if (!unknown.ok) expect(unknown.message).toContain(`${doc.slug}/${lesson.slug}`);
		expect(
			resolve_selection({ lessons: [`${other.slug}/${lesson.slug}`] }, documents)
		).toMatchObject({ ok: false, message: expect.stringMatching(/^unknown lesson/) });
	});

	it('refuses a lesson outside the documents also given', () => {
		const resolved = resolve_selection(
			{ documents: [other.slug], lessons: [lesson.slug] },
			documents
		);
		expect(resolved).toEqual({
			ok: false,
			message: `lesson "${lesson.slug}" is not in the documents given (${other.slug})`
		});
	});
});
