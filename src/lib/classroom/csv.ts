/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet.
 *
 * A student's name is typed by the student: "=HYPERLINK(…)" or "@SUM(…)" would run as a formula
 * when the teacher opens the file. OWASP's advice is followed: a cell starting with = + - @, a tab
 * or a carriage return gets a leading apostrophe, which spreadsheets show as text, and is quoted.
 * The numbers this module writes never start with a sign, so no number is turned into text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: guarded against formulas, then quoted if it holds a comma, quote or line break. */
export function csv_cell(value: string): string {
	const guarded = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(guarded) || guarded !== value
		? `"${guarded.replace(/"/g, '""')}"`
		: guarded;
}

/**
 * Rows to CSV text, with CRLF line ends as RFC 4180 says, and a byte-order mark so that Excel
 * reads names with accents as UTF-8.
 */
export function csv_text(rows: readonly (readonly string[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csv_cell).join(',')).join('\r\n')}\r\n`;
}
