/** A content file that cannot be used, with the file and the field at fault. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		/** The rule broken, in words: the message without the file and field. */
		readonly problem: string
	) {
		super(`${file}: ${field ? `${field}: ` : ''}${problem}`);
		this.name = 'ContentError';
	}
}
