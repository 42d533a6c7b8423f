import { describe, expect, it } from 'vitest';
import { linked_documents, shown, small_document as document } from '$testing/quiz_document';
import { seeded } from '../random';
import { across_items, scenario_items, shared_trait_items, which_concept_items } from './concept';

const rng = () => seeded(1);

describe('which-concept items', () => {
	it('ask which approach a value describes, with the group last, and explain with the note', () => {
		const [first] = which_concept_items(document(), rng);
		expect(first && shown(first)).toEqual({
			stem: 'Which approach does this describe?',
			prompt: 'Residents of the place',
			options: expect.arrayContaining([
				['Local work', true, 'Right. Local work is led by residents of the place.'],
				[
					'Broad work',
					false,
					'No. Local work is led by residents of the place. The leadership of broad work is different: agencies and NGOs.'
				]
			]),
			explanation: 'Local work is led by residents of the place. Often elected.'
		});
		expect(first?.options.at(-1)).toEqual({
			id: 'all',
			text: 'Both approaches',
			correct: false,
			feedback: 'No, not both approaches. Local work is led by residents of the place.'
		});
	});

	it('explain a value without a note by its claim alone', () => {
		const items = which_concept_items(document(), rng);
		expect(items.map((item) => item.explanation)).toEqual([
			'Local work is led by residents of the place. Often elected.',
			'Broad work is led by agencies and NGOs.',
			'The goal of local work is local self-reliance.',
			'The goal of broad work is new national policy.',
			'Both approaches share this: working for change together.'
		]);
	});

	it('keep the group option last whatever the seed', () => {
		for (let seed = 1; seed <= 8; seed++) {
			for (const item of which_concept_items(document(), () => seeded(seed)))
				expect(item.options.at(-1)?.id, item.prompt).toBe('all');
		}
	});

	it('key the group for a shared trait, each approach alone being wrong', () => {
		const shared = which_concept_items(document(), rng).at(-1);
		expect(shared && shown(shared)).toEqual({
			stem: 'Which approach does this describe?',
			prompt: 'Working for change together',
			options: [
				['Local work', false, 'Not only local work: both approaches share this trait.'],
				['Broad work', false, 'Not only broad work: both approaches share this trait.'],
				['Both approaches', true, 'Right: both approaches share this trait.']
			],
			explanation: 'Both approaches share this: working for change together.'
		});
	});

	it('offer no group, and ask of no shared trait, in a document without shared traits', () => {
		const items = which_concept_items(document([]), rng);
		expect(items.map((item) => item.prompt)).toEqual([
			'Residents of the place',
			'Agencies and NGOs',
			'Local self-reliance',
			'New national policy'
		]);
		for (const item of items)
			expect(item.options.map((o) => o.text).sort()).toEqual(['Broad work', 'Local work']);
	});
});

describe('scenario items', () => {
	it('ask which approach a held-back situation shows, saying what each other one would mean', () => {
		const [item] = scenario_items(document(), rng);
		expect(item && shown(item)).toEqual({
			stem: 'Which approach does this situation show?',
			prompt: 'Neighbours dig a well.',
			options: expect.arrayContaining([
				['Local work', true, 'Right. Residents act themselves.'],
				[
					'Broad work',
					false,
					'No: broad work would mean work led by agencies. Residents act themselves.'
				]
			]),
			explanation: 'Residents act themselves.'
		});
		expect(item?.source.href).toBe('/here/l/#examples');
	});
});

describe('shared-trait items', () => {
	it('set the shared trait against one trait of each kind, each naming the approach it fits', () => {
		const [item] = shared_trait_items(document(), rng);
		expect(item?.stem).toBe('Which of these is true of both approaches?');
		expect(item?.options.find((o) => o.correct)).toMatchObject({
			text: 'Working for change together',
			feedback: 'Right: both approaches share this.'
		});
		const wrong = item?.options.filter((o) => !o.correct) ?? [];
		// Only the goal reads as a trait, and one option per attribute: one distractor.
		expect(wrong).toHaveLength(1);
		expect(wrong[0]?.feedback).toMatch(
			/^No: only (local|broad) work fits; this describes its goal\.$/
		);
		expect(wrong[0]?.href).toBe('/here/l/#attr-goal');
	});

	it('are not asked without a shared trait', () => {
		expect(shared_trait_items(document([]), rng)).toEqual([]);
	});
});

describe('across items', () => {
	it('ask for a concept’s counterpart in the other document, and back where it has one partner', () => {
		const { here, there } = linked_documents();
		const items = across_items(here, rng);
		expect(items.map((item) => item.stem)).toEqual([
			'In “Over there”, which form is the counterpart of local work?',
			'In “Here and now”, which approach is the counterpart of grassroots group?',
			'In “Over there”, which form is the counterpart of broad work?',
			'In “Here and now”, which approach is the counterpart of coalition?'
		]);
		const [first] = items;
		expect(first && shown(first)).toEqual({
			stem: 'In “Over there”, which form is the counterpart of local work?',
			prompt: undefined,
			options: expect.arrayContaining([
				['Grassroots group', true, 'Right. Both start with residents.'],
				['Network', false, 'No: network means a loose web of contacts. Both start with residents.']
			]),
			explanation: 'Both start with residents.'
		});
		// The linked document asks nothing of its own: the links are this document's.
		expect(across_items(there, rng)).toEqual([]);
	});
});
