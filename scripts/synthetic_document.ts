/**
 * CI's test that content is data: copies content/ to a temporary folder, adds a third document
 * written only from the README (tests/fixtures/third_document), and runs the paraphrase check,
 * the item-writing-flaw linter, the unit tests and the build against it, then checks the built pages name the new document.
 *
 *   npm run test:synthetic [-- --keep]    # --keep leaves the copy and prints where it is
 *
 * The build goes to build-synthetic/ (and .svelte-kit-build-synthetic/), never to build/, which
 * `npm start` may be serving.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load_content } from '../src/lib/content/load';
import { document_path, document_quiz_path, lesson_path } from '../src/lib/content/paths';
import { count_texts } from '../src/lib/content/wording';
import { content_root, read_content_files } from '../src/lib/server/content_source';
import { ROOT } from './content_files';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'third_document');
const OUT = 'build-synthetic';
const keep = process.argv.includes('--keep');

/** A copy of content/ with the third document added after the last folder. */
function make_content() {
	const folder = mkdtempSync(join(tmpdir(), 'mobilize-synthetic-'));
	const content = join(folder, 'content');
	cpSync(content_root(ROOT), content, { recursive: true });
	const last = Math.max(0, ...readdirSync(content).map((name) => parseInt(name) || 0));
	const document = `${String(last + 1).padStart(2, '0')}-mutual-aid`;
	cpSync(FIXTURE, join(content, document), { recursive: true });
	return { folder, content, document };
}

function step(name: string, command: string[], env: Record<string, string>) {
	const started = performance.now();
	console.log(`\nsynthetic: ${name}`);
	const [program, ...args] = command;
	if (program === undefined) throw new Error(`synthetic: step "${name}" has no command`);
	const { status } = spawnSync(program, args, {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: 'inherit'
	});
	console.log(
		`synthetic: ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
	return status === 0;
}

/** What the built site must say once the third document is in: its pages, and the count. */
function check_build(content: string): string[] {
	const { documents } = load_content(read_content_files(content));
	const added = documents.at(-1)!;
	const problems: string[] = [];
	const home = readFileSync(join(ROOT, OUT, 'index.html'), 'utf8');
	if (!home.includes(added.title.replace('&', '&amp;')))
		problems.push(`the home page does not list "${added.title}"`);
	if (!home.includes(`short lessons on ${count_texts(documents.length)}`))
		problems.push(`the home page does not say "${count_texts(documents.length)}"`);
	// Each page is built as `path/index.html`; paths start with a slash.
	for (const page of [
		document_path(added.slug),
		document_quiz_path(added.slug),
		...added.lessons.map((l) => lesson_path(added.slug, l.slug))
	].map((path) => `${path.slice(1)}index.html`)) {
		if (!existsSync(join(ROOT, OUT, page))) problems.push(`${OUT}/${page} was not built`);
	}
	return problems;
}

const { folder, content, document } = make_content();
console.log(`synthetic: content/ copied to ${content}, with ${document} added`);
const env = { MOBILIZE_CONTENT: content };
const node = [process.execPath, '--import', 'tsx'];
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
let ok =
	step('paraphrase check', [...node, 'scripts/check_paraphrase.ts'], env) &&
	step('item-writing flaws', [...node, 'scripts/lint_items.ts', '--seeds', '50'], env) &&
	step('unit tests', [bin('vitest'), 'run'], env) &&
	step('build', [bin('vite'), 'build', '--logLevel', 'warn'], { ...env, E2E_BUILD: OUT });
if (ok) {
	const problems = check_build(content);
	for (const problem of problems) console.error(`synthetic: ${problem}`);
	ok = problems.length === 0;
	if (ok) console.log(`synthetic: ${OUT}/ names the added document on every page checked`);
}
if (keep) console.log(`synthetic: kept ${content}`);
else rmSync(folder, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
