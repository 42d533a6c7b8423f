// Serves a built site as a static host would: `tsx scripts/serve.ts <folder> [--port N]`.
// Used by `npm run preview` (the `build` folder) and by the end-to-end tests (their own folder
// and port), so the two never share files or a server.
import { existsSync } from 'node:fs';
import { serve_static } from './static_server';

const [folder = 'build', flag, value] = process.argv.slice(2);
const port = flag === '--port' ? Number(value) : 4173;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`serve: --port must be a whole number from 0 to 65535, not "${value}"`);
	process.exit(2);
}
if (!existsSync(`${folder}/index.html`)) {
	console.error(`serve: ${folder}/index.html does not exist; run "npm run build" first`);
	process.exit(1);
}
try {
	const site = await serve_static(folder, port);
	console.log(`Mobilize is served at ${site.url}/ (Ctrl+C stops it)`);
} catch (error) {
	const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
	console.error(
		busy
			? `serve: port ${port} is in use; stop the other server or choose another with --port`
			: `serve: ${(error as Error).message}`
	);
	process.exit(1);
}
