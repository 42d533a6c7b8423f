/**
 * Every content file as text, keyed by its path from the project root. Vite inlines these at
 * build time, so only server code (load functions that run during prerendering) imports this.
 */
const raw = import.meta.glob('/content/*/*.{md,yaml}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const content_files: Record<string, string> = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.slice(1), text])
);
