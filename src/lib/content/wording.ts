/**
 * Words for how many source texts the module teaches, so that no page assumes a number: the
 * count comes from the content (the number of document folders).
 */
const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NOUN = 'text';

/** "one text", "two texts", … "ten texts", "12 texts". */
export function count_texts(count: number): string {
	return `${NUMBERS[count] ?? count} ${count === 1 ? NOUN : `${NOUN}s`}`;
}

/** All of them, as English says it: "the text", "both texts", "all three texts". */
export function every_text(count: number): string {
	if (count === 1) return `the ${NOUN}`;
	if (count === 2) return `both ${NOUN}s`;
	return `all ${count_texts(count)}`;
}
