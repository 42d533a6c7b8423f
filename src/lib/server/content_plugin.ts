import { spawn, spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { content_root, read_content_files } from './content_source.js';

/** The modules the app imports content from (see virtual_content.d.ts). */
const FILES = 'virtual:mobilize-content';
const LESSONS = 'virtual:mobilize-lessons';
const RESOLVED = new Map([FILES, LESSONS].map((id) => [id, `\0${id}`]));
/** The check every entry point shares; it prints one line per problem and no trace. */
const CHECK = [process.execPath, '--import', 'tsx', 'scripts/check_content.ts'] as const;

/**
 * Serves the content folder (see content_root) to the app, its files as one module and its
 * lesson bodies as another, and checks it with
 * scripts/check_content.ts: `vite build` stops before bundling, having printed one line per
 * problem; `vite dev` prints the same lines at start and whenever a content file changes.
 *
 * The check runs in a process of its own because Vite prints an error thrown by a plugin with
 * its own and the bundler's stack traces, which bury the lines an author needs.
 */
export function content_plugin(): Plugin {
	const root = content_root();
	return {
		name: 'mobilize-content',
		config(_, { command }) {
			// The dev server serves lesson files from the content folder, wherever it is.
			if (command !== 'build') return { server: { fs: { allow: [root] } } };
			// SvelteKit resolves the config more than once per build; the content is checked once.
			if (process.env.MOBILIZE_CONTENT_CHECKED) return;
			const [node, ...args] = CHECK;
			const { status } = spawnSync(node, args, { stdio: 'inherit' });
			if (status !== 0) process.exit(1);
			process.env.MOBILIZE_CONTENT_CHECKED = content_root();
		},
		resolveId: (id) => RESOLVED.get(id),
		load(id) {
			if (id === RESOLVED.get(FILES)) {
				return `export default ${JSON.stringify(read_content_files(root))};`;
			}
			if (id === RESOLVED.get(LESSONS)) {
				// Each lesson body is its own chunk, compiled by mdsvex: a page loads only its own.
				const imports = Object.keys(read_content_files(root))
					.filter((key) => key.endsWith('.md') && key.split('/').length === 3)
					.map((key) => {
						const file = join(root, key.slice('content/'.length));
						return `${JSON.stringify(key)}: () => import(${JSON.stringify(file)})`;
					});
				return `export default {\n${imports.join(',\n')}\n};`;
			}
		},
		configureServer(server) {
			// Vitest starts a server too; the unit tests check the content themselves.
			if (process.env.VITEST) return;
			report(server);
			server.watcher.add(root);
			server.watcher.on('all', (_event, path) => {
				if (relative(root, path).startsWith('..')) return;
				for (const environment of Object.values(server.environments)) {
					for (const id of RESOLVED.values()) {
						const module = environment.moduleGraph.getModuleById(id);
						if (module) environment.moduleGraph.invalidateModule(module);
					}
				}
				report(server);
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/** Runs the check in the background and prints its lines in the dev server's log. */
function report(server: ViteDevServer) {
	const [node, ...args] = CHECK;
	const check = spawn(node, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let lines = '';
	check.stderr.on('data', (chunk) => (lines += chunk));
	check.on('close', (status) => {
		if (status !== 0) server.config.logger.error(lines.trimEnd(), { timestamp: true });
	});
}
