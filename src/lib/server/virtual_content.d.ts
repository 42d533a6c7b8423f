/** Every content file as text, keyed `content/<folder>/<file>` (see content_plugin.ts). */
declare module 'virtual:mobilize-content' {
	const files: Record<string, string>;
	export default files;
}

/** Each lesson's Markdown, compiled, keyed like the files above (see content_plugin.ts). */
declare module 'virtual:mobilize-lessons' {
	const bodies: Record<string, () => Promise<{ default: import('svelte').Component }>>;
	export default bodies;
}
