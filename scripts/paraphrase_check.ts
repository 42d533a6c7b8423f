/**
 * The paraphrase check behind `npm run check:paraphrase` (scripts/check_paraphrase.ts): for each
 * document's source text, the longest run of consecutive words that the content files (every
 * .md and .yaml file) share with it. A function of the files, so that its tests run it in
 * process rather than starting a Node process with a TypeScript loader for each case.
 */
import { ContentError } from '../src/lib/content/errors';
import { load_content } from '../src/lib/content/load';
import { longest_shared_run, MAX_SHARED_WORDS, words } from '../src/lib/content/paraphrase';
import { must } from '../src/lib/must';

/** What the check prints: `out` for stdout, `err` for stderr, and the exit code. */
export type ParaphraseReport = { out: string[]; err: string[]; status: 0 | 1 };

/** Checks `files` (keyed `content/<folder>/<file>`); status 1 when a run reaches the limit. */
export function paraphrase_check(files: Record<string, string>): ParaphraseReport {
	let documents;
	try {
		({ documents } = load_content(files));
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return {
			out: [],
			err: [`${error.message}\n(run npm run check:content for every problem)`],
			status: 1
		};
	}
	const texts = Object.entries(files)
		.filter(([path]) => /\.(md|yaml)$/.test(path))
		.map(([, text]) => words(text));

	const out: string[] = [];
	let longest = 0;
	for (const doc of documents) {
		const source = must(files[`${doc.folder}/${doc.source}`], 'the loader found the source text');
		const run = longest_shared_run(words(source), texts);
		longest = Math.max(longest, run.length);
		const flag = run.length >= MAX_SHARED_WORDS ? '  <- too close: reword it' : '';
		out.push(`${doc.folder}/${doc.source}: ${run.length} words: "${run.join(' ')}"${flag}`);
	}
	out.push(
		longest >= MAX_SHARED_WORDS
			? `paraphrase: a run of ${longest} words is shared with a source (at most ${MAX_SHARED_WORDS - 1} allowed)`
			: `paraphrase: longest shared run ${longest} words (at most ${MAX_SHARED_WORDS - 1} allowed)`
	);
	return { out, err: [], status: longest >= MAX_SHARED_WORDS ? 1 : 0 };
}
