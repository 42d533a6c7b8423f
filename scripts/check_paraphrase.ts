/**
 * The paraphrase check (scripts/paraphrase_check.ts): for each document's source text, the
 * longest run of consecutive words that content/ (every .md and .yaml file) shares with it.
 * Exits 1 when a run reaches MAX_SHARED_WORDS, since lessons are to be the project's own words.
 *
 *   npm run check:paraphrase        # content/, or the folder MOBILIZE_CONTENT names
 */
import { read_content_files } from './content_files';
import { paraphrase_check } from './paraphrase_check';

const { out, err, status } = paraphrase_check(read_content_files());
for (const line of err) console.error(line);
for (const line of out) console.log(line);
process.exitCode = status;
