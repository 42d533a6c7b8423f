import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { real_export_bank } from '$testing/export_bank';
import { all, kid, kids, parse_xml, text } from '$testing/xml_dom';
import { schema_set, validate } from '$testing/xsd';
import { ITEM_TYPES, type Item } from '$lib/quiz/types';
import { must } from '$lib/must';
import { export_qti21, qti_item_file } from './qti21';
import { pair_shares } from './text';
import type { Element } from '@xmldom/xmldom';

const bank = real_export_bank();
const { files, report } = export_qti21(bank);
const zip = must(files[0], 'one zip').data as Uint8Array;
const entries = new Map(
	Object.entries(unzipSync(zip)).map(([name, data]) => [name, strFromU8(data)])
);
const manifest = must(entries.get('imsmanifest.xml'), 'the package has a manifest');

/** One item of each type: validation costs the schema's compile, not the number of files. */
const sample = ITEM_TYPES.flatMap((type) => bank.items.find((item) => item.type === type) ?? []);
const item_file = (item: Item) => ({
	fileName: item.id + '.xml',
	contents: must(entries.get(qti_item_file(item)), `${item.id} is in the package`)
});

describe('QTI 2.1 content package', () => {
	it('has a manifest naming one item file per item, and each file', () => {
		const resources = all(parse_xml(manifest).documentElement!, 'resource');
		expect(resources).toHaveLength(bank.items.length);
		// Each resource as read, against what it should be, compared once.
		const read = resources.map((resource) => {
			const href = must(resource.getAttribute('href'), 'an href');
			return {
				type: resource.getAttribute('type'),
				href,
				in_package: entries.has(href),
				file: kid(resource, 'file').getAttribute('href')
			};
		});
		expect(read).toEqual(
			read.map(({ href }) => ({
				type: 'imsqti_item_xmlv2p1',
				href,
				in_package: true,
				file: href
			}))
		);
		expect(entries.size).toBe(bank.items.length + 1);
		expect(report).toMatchObject({ items: bank.items.length, written: bank.items.length });
	});

	it('gives a matching item answered all right full marks, however many pairs it has', () => {
		const matching = bank.items.filter((item) => item.type === 'matching');
		expect(matching.length).toBeGreaterThan(0);
		for (const item of matching) {
			const doc = parse_xml(must(entries.get(qti_item_file(item)), item.id));
			const values = all(doc.documentElement!, 'mapEntry').map((e) =>
				Math.round(Number(e.getAttribute('mappedValue')) * 10_000)
			);
			expect(
				values.reduce((a, b) => a + b, 0),
				item.id
			).toBe(10_000);
		}
		// Three pairs do not split 1 evenly in four decimals: the last takes the remainder.
		expect(pair_shares(3, 1, 4)).toEqual(['0.3333', '0.3333', '0.3334']);
		expect(pair_shares(3, 100, 2)).toEqual(['33.33', '33.33', '33.34']);
	});

	it('writes each item’s key, per-option feedback and general feedback', () => {
		// Each item file as read, beside what its item says it should hold, compared once.
		const pairs = bank.items.map((item) => {
			const root = parse_xml(item_file(item).contents).documentElement!;
			const correct = all(kid(root, 'responseDeclaration'), 'value').map(text);
			const feedback = new Map(
				kids(root, 'modalFeedback').map((m) => [m.getAttribute('identifier'), text(m)])
			);
			const key = must(
				item.options.find((o) => o.correct),
				'a key'
			);
			const said: Record<string, unknown> = {
				identifier: root.getAttribute('identifier'),
				explanation: feedback.get('EXPLAIN')
			};
			const wanted: Record<string, unknown> = {
				identifier: item.id,
				explanation: item.explanation
			};
			if (item.type === 'matching') {
				const label = (id: string) => text(must(choice(root, 'simpleAssociableChoice', id), id));
				said.pairs = correct.map((pair) => pair.split(' ').map(label));
				wanted.pairs = (item.prompts ?? []).map((p) => [
					p.text,
					item.options.find((o) => o.matches === p.id)?.text
				]);
			} else if (item.type === 'fill-in') {
				said.accepted = all(root, 'mapEntry').map((e) => e.getAttribute('mapKey'));
				wanted.accepted = item.accept;
				said.right = feedback.get('RIGHT');
				wanted.right = key.feedback;
			} else {
				const choices = all(root, 'simpleChoice');
				said.keys = correct.length;
				wanted.keys = 1;
				said.key = text(must(choice(root, 'simpleChoice', must(correct[0], 'a key')), 'key'));
				wanted.key = key.text;
				said.choices = choices.map(text);
				wanted.choices = item.options.map((o) => o.text);
				said.feedback = choices.map((c) => feedback.get(c.getAttribute('identifier')));
				wanted.feedback = item.options.map((o) => o.feedback);
			}
			return [said, wanted];
		});
		expect(pairs.map(([said]) => said)).toEqual(pairs.map(([, wanted]) => wanted));
	});

	const qti = schema_set('qti21');
	const imscp = schema_set('imscp');
	describe.skipIf(!qti || !imscp)('against the IMS XSDs (imsqti_v2p1.xsd, imscp_v1p1.xsd)', () => {
		it('validates an item of each type, and not a broken one', async () => {
			const [first] = sample.map(item_file);
			const broken = {
				fileName: 'broken.xml',
				contents: must(first, 'a sample').contents.replace(
					/ maxChoices="1"| maxAssociations="\d+"/,
					' maxChoices="one"'
				)
			};
			const errors = await validate(qti!, [...sample.map(item_file), broken]);
			expect(errors.filter((e) => !e.startsWith('broken.xml'))).toEqual([]);
			expect(errors.some((e) => e.startsWith('broken.xml'))).toBe(true);
		}, 60_000);

		it('validates the manifest, and not one without its resources', async () => {
			const broken = manifest.replace(/<resources>[\s\S]*<\/resources>/, '');
			const errors = await validate(imscp!, [
				{ fileName: 'imsmanifest.xml', contents: manifest },
				{ fileName: 'broken.xml', contents: broken }
			]);
			expect(errors.filter((e) => !e.startsWith('broken.xml'))).toEqual([]);
			expect(errors.some((e) => e.startsWith('broken.xml'))).toBe(true);
		}, 60_000);
	});
});

function choice(root: Element, name: string, id: string) {
	return all(root, name).find((c) => c.getAttribute('identifier') === id);
}
