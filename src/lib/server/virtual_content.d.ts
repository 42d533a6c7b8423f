/** Every content file as text, keyed `content/<folder>/<file>` (see content_plugin.ts). */
declare module 'virtual:mobilize-content' {
	const files: Record<string, string>;
	export default files;
}
