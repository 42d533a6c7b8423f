import { describe, expect, it } from 'vitest';
import { real_content } from '$testing/real_content';
import { lesson_facts } from './lesson_facts';

const content = real_content();

describe('lesson_facts', () => {
	it('prints worked examples, never a held-back scenario the quiz asks', () => {
		let printed = 0;
		for (const doc of content.documents) {
			const held = new Set(doc.distinctions.scenarios.map((s) => s.text));
			const examples = new Set(doc.distinctions.examples.map((e) => e.text));
			for (const lesson of doc.lessons) {
				for (const shown of lesson_facts(content, doc, lesson).scenarios) {
					printed++;
					expect(held.has(shown.text), shown.text).toBe(false);
					expect(examples.has(shown.text), shown.text).toBe(true);
				}
			}
		}
		expect(printed).toBeGreaterThan(0);
	});

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
});
