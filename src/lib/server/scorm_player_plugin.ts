import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

/** The module the builder imports the player's URL from (declared in virtual_content.d.ts). */
const MODULE = 'virtual:mobilize-scorm-player';
const RESOLVED = `\0${MODULE}`;
/** The player's entry; also its key in the client manifest, which lists the file for the service worker. */
const ENTRY = 'src/lib/components/scorm/player_main.ts';
/** Where `vite dev` serves the player (outside the site's base, which only the build has). */
const DEV_PATH = '/@mobilize/scorm-player.js';

/**
 * Builds the SCORM player (the script a SCORM package runs inside an LMS) into the site, so the
 * teacher's page can fetch it and zip it with an assignment in the browser.
 *
 * The player is not a page of the SvelteKit app: SvelteKit's router needs the site's own paths,
 * and a package is served from wherever the LMS unzips it. It is a Svelte component mounted by
 * one classic script, built here by a second Vite build with its styles injected by that script,
 * so the package holds one file besides its launch page. The file is emitted into the client
 * build as an asset named by its content (so the service worker precaches it with the rest of
 * the build, and a new player is a new file), and the virtual module gives its URL.
 *
 * `vite dev` has no client bundle to emit into: there the dev server builds the player when it
 * is first asked for (and again after a change to it) and serves it at `DEV_PATH`.
 */
export function scorm_player_plugin(): Plugin {
	let command: 'build' | 'serve' = 'serve';
	return {
		name: 'mobilize-scorm-player',
		configResolved(config) {
			command = config.command;
		},
		resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
		configureServer(server) {
			let built: Promise<Player> | undefined;
			// The files the last build read, whichever folder they are in: a change to one of them
			// makes the next request build the player again.
			let sources = new Set<string>();
			server.watcher.on('change', (path) => {
				if (sources.has(resolve(path))) built = undefined;
			});
			server.middlewares.use((request, response, next) => {
				if (request.url?.split('?')[0] !== DEV_PATH) return next();
				built ??= build_player();
				built.then(
					({ code, modules }) => {
						sources = modules;
						response.setHeader('content-type', 'text/javascript; charset=utf-8');
						response.end(code);
					},
					(error: unknown) => {
						built = undefined;
						next(error);
					}
				);
			});
		},
		async load(id) {
			if (id !== RESOLVED) return;
			// Server-side rendering never fetches the player; only the browser does.
			if (this.environment.name !== 'client') return 'export default undefined;';
			if (command !== 'build') return `export default ${JSON.stringify(DEV_PATH)};`;
			const reference = this.emitFile({
				type: 'asset',
				name: 'scorm-player.js',
				originalFileName: ENTRY,
				source: (await build_player()).code
			});
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		}
	};
}

interface Player {
	/** One self-contained, minified classic script (an IIFE). */
	code: string;
	/** Absolute paths of the files it was built from. */
	modules: Set<string>;
}

/** The player, built from its sources. */
async function build_player(): Promise<Player> {
	const output = await build({
		configFile: false,
		mode: 'production',
		logLevel: 'warn',
		root: process.cwd(),
		publicDir: false,
		plugins: [
			svelte({
				configFile: false,
				// One file: the components' CSS goes in with their code, added to the page at mount.
				compilerOptions: { css: 'injected', runes: true }
			})
		],
		resolve: { alias: { $lib: resolve('src/lib') } },
		define: { 'process.env.NODE_ENV': '"production"' },
		build: {
			write: false,
			minify: true,
			sourcemap: false,
			// LMS frames run in the browsers the site supports.
			target: 'es2022',
			lib: {
				entry: resolve(ENTRY),
				formats: ['iife'],
				name: 'MobilizeScormPlayer',
				fileName: () => 'player.js'
			}
		}
	});
	const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
	const chunk = outputs
		.flatMap((o) => o.output)
		.find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
	if (!chunk) throw new Error('scorm_player_plugin: the player build gave no script');
	// Module ids may carry a query (`base.css?inline`) or be virtual (`\0…`).
	const modules = new Set(
		chunk.moduleIds
			.filter((id) => !id.startsWith('\0'))
			.map((id) => resolve(id.split('?')[0] ?? id))
	);
	return { code: chunk.code, modules };
}
