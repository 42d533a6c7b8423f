/**
 * Text as part of a file name: letters and digits of any script kept, every other run of
 * characters (slashes, dots, quotes, spaces, control characters) one hyphen, none at either
 * end, at most 60 characters (cut by characters, so no half of one is left). Empty when the
 * text has no letter or digit.
 */
export function file_slug(text: string): string {
	const slug = text
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return Array.from(slug).slice(0, 60).join('').replace(/-+$/, '');
}

/** An assignment's title as the start of a download's name: its slug in lower case. */
export function title_slug(title: string): string {
	return file_slug(title.toLowerCase()) || 'assignment';
}
