import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so the scripts work from any directory. */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/**
 * Every content file as text, keyed by its path from the project root
 * (`content/01-doc/02-lesson.md`): the same record the site builds from `import.meta.glob`, so
 * `load_content` sees the same input here as in the build.
 */
export function read_content_files(root = ROOT): Record<string, string> {
	const files: Record<string, string> = {};
	const content = join(root, 'content');
	for (const folder of readdirSync(content, { withFileTypes: true })) {
		if (!folder.isDirectory()) continue;
		for (const file of readdirSync(join(content, folder.name), { withFileTypes: true })) {
			if (!file.isFile() || !/\.(md|yaml)$/.test(file.name)) continue;
			files[`content/${folder.name}/${file.name}`] = readFileSync(
				join(content, folder.name, file.name),
				'utf8'
			);
		}
	}
	return files;
}
