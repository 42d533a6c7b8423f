import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { content_root, read_content_files as read_folder } from '../src/lib/server/content_source';

/** The repository root, found from this file so the scripts work from any directory. */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/**
 * Every content file as text, keyed `content/<folder>/<file>`: the same record the site builds
 * from, read from `content/` of the repository, or from MOBILIZE_CONTENT when it is set.
 */
export function read_content_files(root = content_root(ROOT)): Record<string, string> {
	return read_folder(root);
}
