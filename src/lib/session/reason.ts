/** Why something failed, for a notice: an Error's message, or whatever else was thrown. */
export function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
