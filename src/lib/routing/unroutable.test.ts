import { describe, expect, it } from 'vitest';
import { unroutable } from './unroutable';

describe('unroutable', () => {
	it.each(['/%E0%A4%A/', '/%/', '/a/%E0%A4%A/', '/%E0%A4%A', '//host/', '//host/x/', '/a//b/'])(
		'refuses %s',
		(path) => expect(unroutable(path)).toBe(true)
	);

	it.each(['/', '/quiz/', '/some-doc/a-lesson/quiz/', '/%E0%A4%A4/', '/100%25/', '/a%20b/'])(
		'lets %s through to the router',
		(path) => expect(unroutable(path)).toBe(false)
	);
});
