import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../content/errors.js';

/**
 * The folder the module is built from: `content/` in the working directory, or the folder named
 * by MOBILIZE_CONTENT (CI builds a copy of the content with an extra document this way). Every
 * entry point (build, dev, export, paraphrase check, unit tests) reads content from here.
 */
export function content_root(
	base = process.cwd(),
	env: Record<string, string | undefined> = process.env
): string {
	return resolve(base, env.MOBILIZE_CONTENT || 'content');
}

/**
 * Every file of every document folder as text, keyed `content/<folder>/<file>` whatever the
 * root (and `content/site.yaml`), as `load_content` expects and as messages name them. Source texts are read too, so that
 * a `source:` naming a missing file can be refused.
 */
export function read_content_files(root = content_root()): Record<string, string> {
	if (!existsSync(root)) {
		throw new ContentError(root, '', 'does not exist (set MOBILIZE_CONTENT to a content folder)');
	}
	const files = Object.create(null) as Record<string, string>;
	for (const folder of readdirSync(root, { withFileTypes: true })) {
		// Files at the top (site.yaml) describe the whole module.
		if (folder.isFile() && /\.(md|yaml)$/.test(folder.name)) {
			files[`content/${folder.name}`] = readFileSync(join(root, folder.name), 'utf8');
		}
		if (!folder.isDirectory()) continue;
		for (const file of readdirSync(join(root, folder.name), { withFileTypes: true })) {
			if (!file.isFile() || file.name.startsWith('.')) continue;
			files[`content/${folder.name}/${file.name}`] = readFileSync(
				join(root, folder.name, file.name),
				'utf8'
			);
		}
	}
	return files;
}
