import { describe, expect, it } from 'vitest';
import { generate_bank } from '../quiz/bank';
import { real_content, to_quiz_documents } from '$testing/real_content';
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

	it('shows on each lesson the attributes it teaches, in the order of distinctions.yaml', () => {
		for (const doc of content.documents) {
			for (const lesson of doc.lessons) {
				const taught = doc.distinctions.attributes
					.filter((a) => a.values.some((v) => v.lesson === lesson.slug))
					.map((a) => a.name);
				expect(lesson_facts(content, doc, lesson).rows.map((r) => r.name), lesson.file).toEqual(
					taught
				);
			}
		}
	});

	it('names the concept and the document at the other end of each cross-document link', () => {
		const links = content.documents.flatMap((doc) =>
			doc.distinctions.links.map((link) => ({ doc, link }))
		);
		expect(links.length).toBeGreaterThan(0);
		const owner = (id: string) =>
			content.documents.find((d) => d.distinctions.concepts.some((c) => c.id === id))!;
		const name = (id: string) =>
			owner(id).distinctions.concepts.find((c) => c.id === id)!.name;
		for (const { doc, link } of links) {
			const lesson = doc.lessons.find((l) => l.slug === link.lesson)!;
			expect(lesson_facts(content, doc, lesson).links).toContainEqual(
				expect.objectContaining({
					from: name(link.concept),
					to: name(link.counterpart),
					to_document: owner(link.counterpart).title
				})
			);
		}
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
