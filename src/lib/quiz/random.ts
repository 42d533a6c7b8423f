import { at } from '../must';

/** A source of numbers in [0, 1); every random choice in a quiz goes through one. */
export type Random = () => number;

/**
 * Mulberry32: a small, fast generator whose sequence depends only on the seed, so a quiz is
 * the same on every machine and in every browser (unlike Math.random).
 */
export function seeded(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * FNV-1a, 32 bits: a stable hash of a string, the same in Node and every browser. `from`, a
 * hash of some text, continues it: `hash(b, hash(a))` is `hash(a + b)`.
 */
export function hash(text: string, from = 0x811c9dc5): number {
	let h = from;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A generator for one purpose within a seed, so adding items elsewhere cannot change it. */
export function derived(seed: number, purpose: string): Random {
	return deriver(seed)(purpose);
}

/**
 * `derived(seed, purpose)` for many purposes of one seed (a bank's items, by key), with the
 * seed's part of the hash done once rather than joined to every key and hashed again.
 */
export function deriver(seed: number): (purpose: string) => Random {
	const start = hash(`${seed >>> 0}:`);
	return (purpose) => seeded(hash(purpose, start));
}

/** A new array with the items in a seeded random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [at(out, j), at(out, i)];
	}
	return out;
}
