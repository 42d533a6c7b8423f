/** First letter upper-case: for text that starts a sentence or an option. */
export function upper_first(text: string) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * First letter lower-case, for text placed mid-sentence, unless the text starts with an
 * acronym or a name written in capitals ("NGOs", "UNICEF").
 */
export function lower_first(text: string) {
	if (/^[A-Z]{2}/.test(text)) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Options are shown in one form: sentence case, no final full stop. */
export function as_option(text: string) {
	return upper_first(text.trim().replace(/\.$/, ''));
}

/**
 * Fills `{name}` placeholders. A value that opens the sentence is capitalised; one placed
 * after other words is lower-cased at its first letter (see {@link lower_first}).
 */
export function fill(template: string, values: Record<string, string>) {
	return filler(template)(values);
}

/** A piece of a template: text kept as written, or a placeholder and whether it opens a sentence. */
type Piece = string | { name: string; at_start: boolean };

/**
 * {@link fill} with the template read once: generators fill one attribute's claim for each of
 * its concepts, and finding the placeholders and where sentences start is then done once, not
 * per item.
 */
export function filler(template: string): (values: Record<string, string>) => string {
	const pieces: Piece[] = [];
	let end = 0;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		const before = template.slice(0, match.index);
		pieces.push(template.slice(end, match.index), {
			name: match[1] ?? '',
			at_start: before.trim() === '' || /[.?!:]\s*$/.test(before)
		});
		end = match.index + match[0].length;
	}
	pieces.push(template.slice(end));
	return (values) => {
		let text = '';
		for (const piece of pieces) {
			if (typeof piece === 'string') {
				text += piece;
				continue;
			}
			const value = values[piece.name];
			if (value === undefined)
				throw new Error(`Template "${template}" uses {${piece.name}}, which has no value`);
			const clean = value.trim().replace(/\.$/, '');
			text += piece.at_start ? upper_first(clean) : lower_first(clean);
		}
		return text;
	};
}
