import { strToU8, zipSync } from 'fflate';

/** A fixed date for every entry, so the same files give the same bytes (exports are compared). */
const MTIME = new Date('2020-01-01T00:00:00Z');

/**
 * The files of a package (path in the zip → text, or bytes as they are), zipped in the order given. fflate takes a
 * plain record, so the paths go into a null-prototype object: a path is data, and one such as
 * `__proto__` must not reach Object.prototype.
 */
export function zip_files(files: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
	const entries = Object.create(null) as Record<string, Uint8Array>;
	for (const [path, data] of files) entries[path] = typeof data === 'string' ? strToU8(data) : data;
	return zipSync(entries, { level: 6, mtime: MTIME });
}
