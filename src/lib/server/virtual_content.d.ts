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

/**
 * The SCORM player's URL (see scorm_player_plugin.ts): the built file, or under `vite dev` the
 * path the dev server builds it at on request; undefined on the server, where no player is built.
 */
declare module 'virtual:mobilize-scorm-player' {
	const url: string | undefined;
	export default url;
}
