import { generate_bank } from '../../src/lib/quiz/bank';
import type { QuizDocument } from '../../src/lib/quiz/source';
import { time_runs, type Timing } from './measure';
import { synthetic_documents } from './synthetic';

export interface GenerationFigures {
	documents: number;
	items: number;
	generate: Timing;
}

/** Median time of `generate_bank` over the documents, about 20 runs or 5 s, whichever is less. */
export function bench_generation(documents: readonly QuizDocument[]): GenerationFigures {
	let items = 0;
	const generate = time_runs(() => (items = generate_bank(documents, 1).length), {
		runs: 20,
		budget_ms: 5_000
	});
	return { documents: documents.length, items, generate };
}

export interface SyntheticFigures extends GenerationFigures {
	distinctions: number;
	layout: string;
}

export const SIZES = [10, 100, 1000];

/**
 * Generation over made-up content of growing size, in two layouts: documents of ten
 * distinctions each (as real documents are), and everything in one document, where distractors
 * are drawn from every other value of the document and so cost grows faster.
 */
export function bench_synthetic(): SyntheticFigures[] {
	return [10, 0].flatMap((per_document) =>
		SIZES.map((distinctions) => ({
			distinctions,
			layout: per_document ? `documents of ${per_document}` : 'one document',
			...bench_generation(
				synthetic_documents({ distinctions, per_document: per_document || distinctions })
			)
		}))
	);
}
