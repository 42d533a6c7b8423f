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
	return template.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
		const value = values[name];
		if (value === undefined)
			throw new Error(`Template "${template}" uses {${name}}, which has no value`);
		const clean = value.trim().replace(/\.$/, '');
		const at_start =
			template.slice(0, offset).trim() === '' || /[.?!:]\s*$/.test(template.slice(0, offset));
		return at_start ? upper_first(clean) : lower_first(clean);
	});
}
