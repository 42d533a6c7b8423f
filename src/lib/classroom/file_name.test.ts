import { describe, expect, it } from 'vitest';
import { title_slug } from './file_name';

describe('title_slug', () => {
	it('keeps letters and digits of any script, in lower case, one hyphen between', () => {
		expect(title_slug('  Week 3 / Part "B"  ')).toBe('week-3-part-b');
		expect(title_slug('Årsprøve – Gruppe Ω')).toBe('årsprøve-gruppe-ω');
		expect(title_slug('../../etc/passwd')).toBe('etc-passwd');
	});

	it('falls back to "assignment" and cuts long titles without a trailing hyphen', () => {
		expect(title_slug('?!…')).toBe('assignment');
		const long = title_slug(`${'a'.repeat(59)} b`);
		expect(long).toBe('a'.repeat(59));
		expect(Array.from(title_slug('é'.repeat(80)))).toHaveLength(60);
	});
});
