/** The largest seed: the generator keeps 32 bits, so a larger number would alias a smaller one. */
export const MAX_SEED = 4294967295;

/** A fresh seed for "try again": any 32-bit unsigned number. */
export function new_seed(): number {
	return Math.floor(Math.random() * (MAX_SEED + 1));
}
