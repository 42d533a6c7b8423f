import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derived, hash, seeded, shuffle } from './random';
import { new_seed } from './seed';
import { at } from '$lib/must';

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Any UTF-16 text, lone surrogates included: the hash works on code units. */
const code_units = fc
	.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
	.map((units) => String.fromCharCode(...units));

const draw = (random: () => number, n: number) => Array.from({ length: n }, () => random());

/** FNV-1a over UTF-16 code units, written independently with BigInt arithmetic. */
function fnv1a_reference(text: string) {
	let h = 2166136261n;
	for (let i = 0; i < text.length; i++) {
		h ^= BigInt(text.charCodeAt(i));
		h = (h * 16777619n) % 4294967296n;
	}
	return Number(h);
}

describe('seeded', () => {
	it('is Mulberry32, so a seed link saved by any build draws the same quiz', () => {
		// Mulberry32's first output for seed 1 is the one its published reference gives.
		const random = seeded(1);
		expect([random(), random(), random()]).toEqual([
			0.6270739405881613, 0.002735721180215478, 0.5274470399599522
		]);
	});

	it('gives the same sequence for the same seed', () => {
		fc.assert(
			fc.property(seed, (s) => {
				expect(draw(seeded(s), 20)).toEqual(draw(seeded(s), 20));
			}),
			{ numRuns: 50 }
		);
	});

	it('gives numbers in [0, 1)', () => {
		fc.assert(
			fc.property(seed, (s) => {
				// One assertion per seed, naming every number outside.
				expect(draw(seeded(s), 50).filter((x) => !(x >= 0 && x < 1))).toEqual([]);
			}),
			{ numRuns: 50 }
		);
	});

	it('gives different sequences for different seeds', () => {
		expect(draw(seeded(1), 5)).not.toEqual(draw(seeded(2), 5));
		// Seeds are taken as unsigned 32-bit numbers.
		expect(draw(seeded(-1), 5)).toEqual(draw(seeded(2 ** 32 - 1), 5));
	});

	it('spreads its numbers evenly', () => {
		const values = draw(seeded(12345), 10_000);
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
		const tenths = Array.from({ length: 10 }, () => 0);
		for (const x of values) {
			const tenth = Math.floor(x * 10);
			tenths[tenth] = at(tenths, tenth) + 1;
		}
		for (const count of tenths) expect(count).toBeGreaterThan(850);
	});
});

describe('hash', () => {
	it('matches the published FNV-1a 32-bit test vectors', () => {
		expect(hash('')).toBe(0x811c9dc5);
		expect(hash('a')).toBe(0xe40c292c);
		expect(hash('foobar')).toBe(0xbf9cf968);
	});

	it('agrees with an independent FNV-1a on any string', () => {
		fc.assert(
			fc.property(code_units, (text) => {
				expect(hash(text)).toBe(fnv1a_reference(text));
			}),
			{ numRuns: 100 }
		);
	});

	it('continues from the hash of a text as if the two texts were one', () => {
		fc.assert(
			fc.property(code_units, code_units, (a, b) => {
				expect(hash(b, hash(a))).toBe(fnv1a_reference(a + b));
			}),
			{ numRuns: 100 }
		);
	});

	it('gives an unsigned 32-bit integer', () => {
		const h = hash('which-concept:community-vs-social-mobilization:scope:social-mobilization');
		expect(Number.isInteger(h)).toBe(true);
		expect(h).toBeGreaterThanOrEqual(0);
		expect(h).toBeLessThan(2 ** 32);
	});
});

describe('derived', () => {
	it('depends on both the seed and the purpose', () => {
		expect(draw(derived(7, 'draw'), 5)).toEqual(draw(derived(7, 'draw'), 5));
		expect(draw(derived(7, 'draw'), 5)).not.toEqual(draw(derived(7, 'other'), 5));
		expect(draw(derived(7, 'draw'), 5)).not.toEqual(draw(derived(8, 'draw'), 5));
	});

	it('is the Mulberry32 generator seeded with the hash of "<seed>:<purpose>"', () => {
		// Seed links and stored attempts name a seed: its quiz must never change.
		expect(draw(derived(7, 'draw'), 5)).toEqual(draw(seeded(fnv1a_reference('7:draw')), 5));
		expect(draw(derived(-1, 'x'), 3)).toEqual(draw(seeded(fnv1a_reference('4294967295:x')), 3));
	});
});

describe('shuffle', () => {
	it('returns a permutation and leaves its input alone', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { maxLength: 30 }), seed, (items, s) => {
				const before = [...items];
				const out = shuffle(items, seeded(s));
				expect(items).toEqual(before);
				expect(out).not.toBe(items);
				expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
			}),
			{ numRuns: 100 }
		);
	});

	it('is the same for the same seed', () => {
		const items = Array.from({ length: 20 }, (_, i) => i);
		expect(shuffle(items, seeded(99))).toEqual(shuffle(items, seeded(99)));
		expect(shuffle(items, seeded(99))).not.toEqual(shuffle(items, seeded(100)));
	});

	it('reaches every order of three items about equally often', () => {
		const counts = new Map<string, number>();
		for (let s = 0; s < 6000; s++) {
			const order = shuffle(['a', 'b', 'c'], seeded(s)).join('');
			counts.set(order, (counts.get(order) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual(['abc', 'acb', 'bac', 'bca', 'cab', 'cba']);
		for (const count of counts.values()) {
			expect(count).toBeGreaterThan(850);
			expect(count).toBeLessThan(1150);
		}
	});
});

describe('new_seed', () => {
	it('gives an unsigned 32-bit integer', () => {
		for (let i = 0; i < 100; i++) {
			const s = new_seed();
			expect(Number.isInteger(s)).toBe(true);
			expect(s).toBeGreaterThanOrEqual(0);
			expect(s).toBeLessThan(2 ** 32);
		}
	});
});
