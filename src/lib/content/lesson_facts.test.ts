import { describe, expect, it } from 'vitest';
import { generate_bank } from '../quiz/bank';
import { real_content, to_quiz_documents } from '../test-fixtures';
import { fact_anchor, fact_href } from './anchors';
import { lesson_facts } from './lesson_facts';

const content = real_content();

/** Every `/doc/lesson…#anchor` a lesson page renders: its fact rows, traits, scenarios, links and terms. */
function rendered_hrefs() {
	const hrefs = new Set<string>();
	for (const doc of content.documents) {
		for (const lesson of doc.lessons) {
			const facts = lesson_facts(content, doc, lesson);
			const anchors = [
				...facts.rows.map((r) => r.anchor),
				...facts.similarities.map((s) => s.anchor),
				...facts.scenarios.map((s) => s.anchor),
				...facts.links.map((l) => l.anchor),
				...lesson.terms.map((t) => fact_anchor.term(t.id))
			];
			for (const anchor of anchors) hrefs.add(fact_href(doc.slug, lesson.slug, anchor));
		}
	}
	return hrefs;
}

describe('lesson_facts', () => {
	it('shows one cell per concept in every row', () => {
		for (const doc of content.documents) {
			for (const lesson of doc.lessons) {
				const facts = lesson_facts(content, doc, lesson);
				expect(facts.concepts.map((c) => c.id)).toEqual(
					doc.distinctions.concepts.map((c) => c.id)
				);
				for (const row of facts.rows) {
					expect(row.cells).toHaveLength(facts.concepts.length);
					for (const cell of row.cells) expect(cell.trim()).not.toBe('');
				}
			}
		}
	});

	it('shows on the Comparison lesson the attributes it teaches', () => {
		const doc = content.documents[0];
		const lesson = doc.lessons.find((l) => l.slug === 'comparison')!;
		const facts = lesson_facts(content, doc, lesson);
		const taught = doc.distinctions.attributes
			.filter((a) => a.values.some((v) => v.lesson === 'comparison'))
			.map((a) => a.name);
		expect(facts.rows.map((r) => r.name)).toEqual(taught);
		expect(taught).toEqual(expect.arrayContaining(['Approach', 'Scope']));
	});

	it('names the other document of a cross-document link', () => {
		const doc = content.documents[1];
		const lesson = doc.lessons.find((l) => l.slug === 'grassroots-mobilization')!;
		expect(lesson_facts(content, doc, lesson).links).toEqual([
			expect.objectContaining({
				from: 'Grassroots mobilization',
				to: 'Community mobilization',
				to_document: content.documents[0].title
			})
		]);
	});

	it('renders every anchor that quiz feedback links to', () => {
		const hrefs = rendered_hrefs();
		const bank = generate_bank(to_quiz_documents(content), 1);
		for (const item of bank) {
			expect(hrefs, `${item.id} ${item.source.href}`).toContain(item.source.href);
			for (const option of item.options) {
				if (option.href) expect(hrefs, `${item.id} ${option.href}`).toContain(option.href);
			}
		}
	});
});
