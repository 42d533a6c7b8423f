/**
 * A quiz drawn once and handed out again, for tests whose set-up is a quiz rather than the draw.
 * Relative imports: Playwright and the bench load this file (through classroom.ts) outside Vite.
 */
import { build_quiz, draw_quiz, generate_bank } from '../../src/lib/quiz/bank';
import type { QuizDocument } from '../../src/lib/quiz/source';
import type { Item } from '../../src/lib/quiz/types';
import { KEEP_ACROSS_TESTS } from './once';

const drawn = new WeakMap<readonly QuizDocument[], Map<string, Item[]>>();
/** The banks drawn from, per documents and seed: quizzes of one seed share one bank. */
const banks = new WeakMap<readonly QuizDocument[], Map<number, Item[]>>();

/**
 * `build_quiz(options)`, drawn once per documents (the same array), seed and selection per worker,
 * and a fresh copy returned each call, so a test may change what it gets. For set-ups (an
 * attempt's items, an assignment's, what the gradebook draws again to grade a result); tests of
 * the draw itself (bank.test.ts) draw their own. A draw from the real content generates its
 * whole bank, tens of milliseconds, and set-ups drew the same quiz again for nearly every test;
 * quizzes of one seed are drawn (`draw_quiz`) from one bank, the one build_quiz would make.
 */
export function drawn_quiz(options: Parameters<typeof build_quiz>[0]): Item[] {
	if (!KEEP_ACROSS_TESTS) return build_quiz(options);
	let quizzes = drawn.get(options.documents);
	if (!quizzes) drawn.set(options.documents, (quizzes = new Map()));
	const key = JSON.stringify([options.seed, options.selection]);
	let items = quizzes.get(key);
	if (!items) {
		const { documents, seed, selection } = options;
		items = draw_quiz({ bank: seed_bank(documents, seed), seed, selection });
		quizzes.set(key, items);
	}
	return structuredClone(items);
}

/** `generate_bank(documents, seed)`, made once per documents and seed per worker. */
function seed_bank(documents: readonly QuizDocument[], seed: number): Item[] {
	let made = banks.get(documents);
	if (!made) banks.set(documents, (made = new Map()));
	let bank = made.get(seed);
	if (!bank) made.set(seed, (bank = generate_bank(documents, seed)));
	return bank;
}
