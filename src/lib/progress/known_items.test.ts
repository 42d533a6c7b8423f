import { describe, expect, it } from 'vitest';
import { fetch_known_items } from './known_items';

const serve =
	(body: string, status = 200) =>
	() =>
		Promise.resolve(
			new Response(body, { status, headers: { 'content-type': 'application/json' } })
		);

describe('fetch_known_items', () => {
	it('reads a list of item ids', async () => {
		const known = await fetch_known_items('/item-ids.json', serve('["q1","q2"]'));
		expect([...known]).toEqual(['q1', 'q2']);
	});

	it('refuses a failed request, naming its status', async () => {
		await expect(fetch_known_items('/item-ids.json', serve('', 404))).rejects.toThrow(
			'could not be loaded (HTTP 404)'
		);
	});

	it.each([['{"q1":1}'], ['["q1",2]'], ['null']])(
		'refuses %s, which is not a list of ids',
		async (body) => {
			await expect(fetch_known_items('/item-ids.json', serve(body))).rejects.toThrow(
				'not a list of question ids'
			);
		}
	);
});
