import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Names a document or a lesson may not take, because a route already answers at that path. */
export interface ReservedNames {
	/** Static routes at the top (`review`, `quiz`, `quiz-data.json`…): a document is `/<slug>/`. */
	documents: string[];
	/** Static routes beside a document's lessons (`quiz`): a lesson is `/<document>/<slug>/`. */
	lessons: string[];
}

/** The app's route folder: `src/routes` of the project the tools run in. */
export function routes_root(base = process.cwd()): string {
	return resolve(base, 'src', 'routes');
}

const is_param = (name: string) => name.startsWith('[');
/** `(group)` folders organise routes without adding a segment to their paths. */
const is_group = (name: string) => /^\(.*\)$/.test(name);

interface RouteFolder {
	name: string;
	path: string;
}

/** Route folders at one level of the path: the folders there, with groups looked through. */
function route_folders(folder: string): RouteFolder[] {
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
		.flatMap((entry) => {
			const path = join(folder, entry.name);
			return is_group(entry.name) ? route_folders(path) : [{ name: entry.name, path }];
		});
}

/**
 * What content may not be named, read from the routes themselves so that a new page (say
 * `/teach/`) reserves its name without anyone keeping a list: a document may not share its slug
 * with a static top-level route, and a lesson may not share its slug with a static route under
 * the document's parameter folder (`[doc]/quiz` is the document's quiz). A lesson's own child
 * routes (`[doc]/[lesson]/quiz`) sit one level deeper, so they reserve nothing.
 */
export function reserved_names(root = routes_root()): ReservedNames {
	const top = route_folders(root);
	const statics = (entries: RouteFolder[]) =>
		entries
			.map((entry) => entry.name)
			.filter((name) => !is_param(name))
			.sort();
	const document_params = top.filter((entry) => is_param(entry.name));
	return {
		documents: statics(top),
		lessons: [
			...new Set(document_params.flatMap((entry) => statics(route_folders(entry.path))))
		].sort()
	};
}
