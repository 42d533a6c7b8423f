import { describe, expect, it } from 'vitest';
import { fact_anchor } from '$lib/content/ids';
import { fact_path } from '$lib/content/paths';
import { small_document } from '$testing/quiz_document';
import { seeded } from '../random';
import { matching_items } from './matching';

const rng = () => seeded(1);

describe('matching items', () => {
	it('match each concept’s values with prompts naming attribute and concept', () => {
		const [item] = matching_items(small_document(), rng);
		expect(item?.stem).toBe(
			'Match the leadership and goal of both approaches with their descriptions.'
		);
		expect(item?.prompts?.map((p) => p.text)).toEqual([
			'Leadership of local work',
			'Leadership of broad work',
			'Goal of local work',
			'Goal of broad work'
		]);
		const by_prompt = new Map(
			item?.options.map((o) => [
				item.prompts?.find((p) => p.id === o.matches)?.text,
				[o.text, o.feedback, o.href]
			])
		);
		expect(by_prompt.get('Leadership of local work')).toEqual([
			'Residents of the place',
			'This describes the leadership of local work.',
			fact_path('here', 'l', fact_anchor.attribute('leads'))
		]);
		expect(by_prompt.get('Goal of broad work')).toEqual([
			'New national policy',
			'This describes the goal of broad work.',
			fact_path('here', 'l', fact_anchor.attribute('goal'))
		]);
		expect(item?.explanation).toBe(
			'Local work is led by residents of the place. Broad work is led by agencies and NGOs. ' +
				'The goal of local work is local self-reliance. The goal of broad work is new national policy.'
		);
	});
});
