/**
 * The paraphrase check: for each document's source text, the longest run of consecutive words
 * that content/ (every .md and .yaml file) shares with it. Exits 1 when a run reaches
 * MAX_SHARED_WORDS, since lessons are to be the project's own words.
 *
 *   npm run check:paraphrase        # content/, or the folder MOBILIZE_CONTENT names
 */
import { ContentError } from '../src/lib/content/errors';
import { load_content } from '../src/lib/content/load';
import { longest_shared_run, MAX_SHARED_WORDS, words } from '../src/lib/content/paraphrase';
import { read_content_files } from './content_files';
import { must } from '../src/lib/must';

const files = read_content_files();
let documents;
try {
	({ documents } = load_content(files));
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(`${error.message}\n(run npm run check:content for every problem)`);
	process.exit(1);
}
const texts = Object.entries(files)
	.filter(([path]) => /\.(md|yaml)$/.test(path))
	.map(([, text]) => words(text));

let longest = 0;
for (const doc of documents) {
	const source = must(files[`${doc.folder}/${doc.source}`], 'the loader found the source text');
	const run = longest_shared_run(words(source), texts);
	longest = Math.max(longest, run.length);
	const flag = run.length >= MAX_SHARED_WORDS ? '  <- too close: reword it' : '';
	console.log(`${doc.folder}/${doc.source}: ${run.length} words: "${run.join(' ')}"${flag}`);
}
console.log(
	longest >= MAX_SHARED_WORDS
		? `paraphrase: a run of ${longest} words is shared with a source (at most ${MAX_SHARED_WORDS - 1} allowed)`
		: `paraphrase: longest shared run ${longest} words (at most ${MAX_SHARED_WORDS - 1} allowed)`
);
process.exitCode = longest >= MAX_SHARED_WORDS ? 1 : 0;
