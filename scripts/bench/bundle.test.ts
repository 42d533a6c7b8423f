import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { html_script_refs, js_weight, page_js, static_imports } from './bundle';

describe('html_script_refs', () => {
	it('finds script src, modulepreload links and import() in inline scripts', () => {
		const html = `<head>
			<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">
			<link rel="stylesheet" href="../_app/immutable/assets/0.css">
			<script type="module" src="./_app/immutable/x.js"></script>
		</head><body><script>
			Promise.all([import("../_app/immutable/entry/start.A.js"), import('../_app/immutable/entry/app.B.js')])
		</script></body>`;
		expect(html_script_refs(html)).toEqual([
			'../_app/immutable/entry/start.A.js',
			'./_app/immutable/x.js',
			'../_app/immutable/entry/start.A.js',
			'../_app/immutable/entry/app.B.js'
		]);
	});
});

describe('static_imports', () => {
	it('finds minified static imports and re-exports, not dynamic imports', () => {
		const js =
			'import"../chunks/a.js";import{t as e,b as $}from"../chunks/b.js";export*from"./c.js";' +
			'const n=()=>import("../nodes/1.js");export{x}from"./d.js";import u from "https://cdn/x.js"';
		expect(static_imports(js)).toEqual(['../chunks/a.js', '../chunks/b.js', './c.js', './d.js']);
	});
});

describe('page_js', () => {
	const build = mkdtempSync(join(tmpdir(), 'mobilize-bundle-'));
	afterAll(() => rmSync(build, { recursive: true, force: true }));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(build, path)), { recursive: true });
		writeFileSync(join(build, path), text);
	};

	it('sums the gzip sizes of everything a page loads at start, each file once', () => {
		write('_app/immutable/entry/start.js', 'import"../chunks/shared.js";export const s=1;');
		write(
			'_app/immutable/entry/app.js',
			'import{a}from"../chunks/shared.js";()=>import("../nodes/9.js")'
		);
		write('_app/immutable/chunks/shared.js', 'export const a=1;'.repeat(50));
		write('_app/immutable/nodes/9.js', 'export const lazy=1;');
		write(
			'doc/quiz/index.html',
			'<link href="../../_app/immutable/entry/start.js" rel="modulepreload">' +
				'<script>import("../../_app/immutable/entry/app.js")</script>'
		);
		const weight = page_js(build, 'doc/quiz/index.html');
		expect(weight.files.map((f) => f.file)).toEqual([
			'_app/immutable/chunks/shared.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/entry/start.js'
		]);
		const shared = gzipSync('export const a=1;'.repeat(50), { level: 9 }).length;
		expect(weight.files[0]?.gzip_bytes).toBe(shared);
		expect(weight.gzip_bytes).toBe(weight.files.reduce((sum, f) => sum + f.gzip_bytes, 0));
		// The HTML and its three files; the lazily loaded node is not a request at start.
		expect(weight.start_requests).toBe(4);
	});

	it('counts a linked stylesheet as a request at start, not a disabled one', () => {
		write(
			'styled.html',
			'<link rel="stylesheet" href="./_app/immutable/assets/a.css">' +
				'<link href="./_app/immutable/assets/b.css" rel="stylesheet" disabled media="(max-width: 0)">'
		);
		expect(page_js(build, 'styled.html').start_requests).toBe(2);
	});

	it("counts SvelteKit's root error page, which its client loads at start", () => {
		write(
			'_app/immutable/entry/app.K.js',
			'const n=[()=>import(`../nodes/0.L.js`),()=>import(`../nodes/1.E.js`),()=>import(`../nodes/2.P.js`)]'
		);
		write('_app/immutable/nodes/1.E.js', 'export const error=1;');
		write('_app/immutable/nodes/2.P.js', 'export const page=1;');
		write('kit.html', '<script>import("./_app/immutable/entry/app.K.js")</script>');
		expect(page_js(build, 'kit.html').files.map((f) => f.file)).toEqual([
			'_app/immutable/entry/app.K.js',
			'_app/immutable/nodes/1.E.js'
		]);
	});

	it('weighs inline scripts apart, and not scripts loaded from files', () => {
		const app = 'window.app=' + JSON.stringify([...Array(40).keys()]) + ';';
		write(
			'inline.html',
			`<script>${app}</script><script type="module" src="./x.js"></script><script>go()</script>`
		);
		const weight = page_js(build, 'inline.html');
		expect(weight.files).toEqual([]);
		expect(weight.inline.bytes).toBe(`${app}\ngo()`.length);
		expect(weight.inline.gzip_bytes).toBe(gzipSync(`${app}\ngo()`, { level: 9 }).length);
	});

	it('says which file is missing', () => {
		write('broken.html', '<script src="./_app/immutable/gone.js"></script>');
		expect(() => page_js(build, 'broken.html')).toThrow(
			'broken.html refers to _app/immutable/gone.js, which is missing'
		);
	});
});

describe('js_weight', () => {
	const build = mkdtempSync(join(tmpdir(), 'mobilize-weight-'));
	afterAll(() => rmSync(build, { recursive: true, force: true }));

	it('weighs each fetched JS file of the build once, and nothing outside it', () => {
		const chunk = 'export const engine=1;'.repeat(40);
		mkdirSync(join(build, '_app/immutable/chunks'), { recursive: true });
		writeFileSync(join(build, '_app/immutable/chunks/engine.js'), chunk);
		writeFileSync(join(build, 'service-worker.js'), 'self.x=1;');
		const weight = js_weight(build, [
			'/_app/immutable/chunks/engine.js',
			'/_app/immutable/chunks/engine.js?v=1',
			'/service-worker.js',
			'/../outside.js'
		]);
		expect(weight).toEqual({ files: 1, gzip_bytes: gzipSync(chunk, { level: 9 }).length });
	});
});
