import { describe, expect, it } from 'vitest';
import { shown, small_document } from '$testing/quiz_document';
import { seeded } from '../random';
import { attribute_value_items, true_false_items } from './attribute';

const rng = () => seeded(1);

describe('attribute-value items', () => {
	it('ask the attribute’s question of a concept, keyed by its value, with the note explained', () => {
		const [item] = attribute_value_items(small_document(), rng);
		expect(item && shown(item)).toEqual({
			stem: 'Who leads local work?',
			prompt: undefined,
			options: expect.arrayContaining([
				['Residents of the place', true, 'Right: that describes the leadership of local work.'],
				[
					'Agencies and NGOs',
					false,
					'No: that describes the leadership of broad work, not of local work.'
				]
			]),
			explanation: 'Local work is led by residents of the place. Often elected.'
		});
		// A wrong option links to where its own value is taught.
		expect(item?.options.find((o) => !o.correct)?.href).toBe('/here/l/#attr-leads');
	});

	it('ask "What is the … of" where the attribute has no question of its own', () => {
		const items = attribute_value_items(small_document(), rng);
		expect(items.map((item) => [item.stem, item.explanation])).toEqual([
			['Who leads local work?', 'Local work is led by residents of the place. Often elected.'],
			['Who leads broad work?', 'Broad work is led by agencies and NGOs.'],
			['What is the goal of local work?', 'The goal of local work is local self-reliance.'],
			['What is the goal of broad work?', 'The goal of broad work is new national policy.']
		]);
	});

	it('name the value they test, for messages about bad content', () => {
		const items = attribute_value_items(small_document(), rng);
		expect(items.map((item) => item.fact.origin)).toEqual([
			'content/here/distinctions.yaml attributes.0.values.0',
			'content/here/distinctions.yaml attributes.0.values.1',
			'content/here/distinctions.yaml attributes.1.values.0',
			'content/here/distinctions.yaml attributes.1.values.1'
		]);
	});
});

describe('true/false items', () => {
	it('state each value once truly and once with the next concept’s value, in that order', () => {
		const items = true_false_items(small_document(), rng);
		expect(items.map((item) => [item.prompt, item.options.find((o) => o.correct)?.text])).toEqual([
			['Local work is led by residents of the place.', 'True'],
			['Local work is led by agencies and NGOs.', 'False'],
			['Broad work is led by agencies and NGOs.', 'True'],
			['Broad work is led by residents of the place.', 'False'],
			['The goal of local work is local self-reliance.', 'True'],
			['The goal of local work is new national policy.', 'False'],
			['The goal of broad work is new national policy.', 'True'],
			['The goal of broad work is local self-reliance.', 'False']
		]);
	});

	it('keep True before False whatever the seed', () => {
		for (let seed = 1; seed <= 8; seed++)
			for (const item of true_false_items(small_document(), () => seeded(seed)))
				expect(item.options.map((o) => o.text)).toEqual(['True', 'False']);
	});

	it('say whose value a false statement borrowed, and what is true instead', () => {
		const [right, wrong] = true_false_items(small_document(), rng);
		expect(right && shown(right)).toEqual({
			stem: 'True or false?',
			prompt: 'Local work is led by residents of the place.',
			options: [
				['True', true, 'Right, it is true. Local work is led by residents of the place.'],
				['False', false, 'No, it is true. Local work is led by residents of the place.']
			],
			explanation: 'Local work is led by residents of the place.'
		});
		const because =
			'That is the leadership of broad work. Local work is led by residents of the place.';
		expect(wrong && shown(wrong)).toEqual({
			stem: 'True or false?',
			prompt: 'Local work is led by agencies and NGOs.',
			options: [
				['True', false, `No, it is false. ${because}`],
				['False', true, `Right, it is false. ${because}`]
			],
			explanation: because
		});
	});
});
