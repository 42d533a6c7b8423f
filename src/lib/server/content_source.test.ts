import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../content/errors';
import { content_root, read_content_files } from './content_source';

const root = mkdtempSync(join(tmpdir(), 'mobilize-source-'));
mkdirSync(join(root, '01-doc'));
writeFileSync(join(root, 'site.yaml'), 'title: T');
writeFileSync(join(root, 'notes.txt'), 'not content');
writeFileSync(join(root, '01-doc', 'document.yaml'), 'title: D');
writeFileSync(join(root, '01-doc', 'source.txt'), 'The source.');
writeFileSync(join(root, '01-doc', '.DS_Store'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('content_root', () => {
	it('is content/ of the base folder unless MOBILIZE_CONTENT names another', () => {
		expect(content_root('/repo', {})).toBe(resolve('/repo/content'));
		expect(content_root('/repo', { MOBILIZE_CONTENT: '/tmp/copy' })).toBe(resolve('/tmp/copy'));
		expect(content_root('/repo', { MOBILIZE_CONTENT: 'drafts' })).toBe(resolve('/repo/drafts'));
	});
});

describe('read_content_files', () => {
	it('reads site.yaml and every file of each document, source texts included', () => {
		expect({ ...read_content_files(root) }).toEqual({
			'content/site.yaml': 'title: T',
			'content/01-doc/document.yaml': 'title: D',
			'content/01-doc/source.txt': 'The source.'
		});
	});

	it('names a content folder that does not exist', () => {
		expect(() => read_content_files(join(root, 'nope'))).toThrow(ContentError);
		expect(() => read_content_files(join(root, 'nope'))).toThrow(/nope: does not exist/);
	});
});
