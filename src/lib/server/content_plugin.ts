import { spawn, spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { content_root, read_content_files } from './content_source.js';

/** The module server code imports the content files from (see virtual_content.d.ts). */
const ID = 'virtual:mobilize-content';
const RESOLVED = `\0${ID}`;
/** The check every entry point shares; it prints one line per problem and no trace. */
const CHECK = [process.execPath, '--import', 'tsx', 'scripts/check_content.ts'] as const;

/**
 * Serves the content folder (see content_root) to the app as one module, and checks it with
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
			// SvelteKit resolves the config more than once per build; the content is checked once.
			if (command !== 'build' || process.env.MOBILIZE_CONTENT_CHECKED) return;
			const [node, ...args] = CHECK;
			const { status } = spawnSync(node, args, { stdio: 'inherit' });
			if (status !== 0) process.exit(1);
			process.env.MOBILIZE_CONTENT_CHECKED = content_root();
		},
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return;
			return `export default ${JSON.stringify(read_content_files(root))};`;
		},
		configureServer(server) {
			// Vitest starts a server too; the unit tests check the content themselves.
			if (process.env.VITEST) return;
			report(server);
			server.watcher.add(root);
			server.watcher.on('all', (_event, path) => {
				if (relative(root, path).startsWith('..')) return;
				for (const environment of Object.values(server.environments)) {
					const module = environment.moduleGraph.getModuleById(RESOLVED);
					if (module) environment.moduleGraph.invalidateModule(module);
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
