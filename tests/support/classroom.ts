/**
 * A class's worth of results, made the way students make them: an assignment's items drawn by
 * `build_quiz` from the real content (once per seed and count: `drawn_quiz`), answered with a
 * seeded mix of right and wrong, each graded by `grade_answer`, as the student side records it.
 * For the gradebook's unit, e2e and bench.
 */
import { item_fingerprint, type Assignment } from '../../src/lib/classroom/assignment';
import type { AssignmentResult, ResultResponse } from '../../src/lib/classroom/result';
import { grade_answer } from '../../src/lib/quiz/grade';
import { derived, shuffle, type Random } from '../../src/lib/quiz/random';
import type { QuizDocument } from '../../src/lib/quiz/source';
import type { Answer, Item } from '../../src/lib/quiz/types';
import { drawn_quiz } from './drawn_quiz';

/**
 * A hand-made assignment whose every field is set (due date, a two-line instruction, types), for
 * the link codec's tests, example and fuzz alike. Its documents need not exist.
 */
export const SAMPLE_ASSIGNMENT: Assignment = {
	title: 'Week 3: approaches',
	instructions: 'Answer on your own.\nYou have 20 minutes.',
	selection: { documents: ['alpha', 'beta'], types: ['matching', 'fill-in'], count: 12 },
	seed: 123456,
	mode: 'exam',
	pass: 60,
	due: '2026-12-18',
	fingerprint: 'a1b2c3d4'
};

/** An assignment on every document, with its items drawn as a student's page draws them. */
export function classroom_assignment(
	documents: readonly QuizDocument[],
	{ seed = 7, count = 12, title = 'Week 3 check' } = {}
): { assignment: Assignment; items: Item[] } {
	const selection = { count };
	const items = drawn_quiz({ documents, seed, selection });
	const assignment: Assignment = {
		title,
		instructions: 'Answer on your own.',
		selection,
		seed,
		mode: 'exam',
		pass: 60,
		fingerprint: item_fingerprint(items.map((item) => item.id))
	};
	return { assignment, items };
}

/** A wrong answer of the item's kind: another option, crossed pairs, or a typed slip. */
function wrong_answer(item: Item, random: Random): Answer {
	if (item.type === 'matching') {
		const prompts = item.prompts ?? [];
		const values = shuffle(item.options, random);
		// Rotate by one so at least two prompts get another's value.
		return {
			kind: 'pairs',
			pairs: Object.fromEntries(
				prompts.map((p, i) => [p.id, values[(i + 1) % values.length]?.id ?? ''])
			)
		};
	}
	const wrong = item.options.filter((o) => !o.correct);
	const pick = wrong[Math.floor(random() * wrong.length)];
	if (!pick) return right_answer(item);
	return { kind: 'option', option: pick.id };
}

function right_answer(item: Item): Answer {
	if (item.type === 'matching') {
		return {
			kind: 'pairs',
			pairs: Object.fromEntries(item.options.map((o) => [o.matches ?? '', o.id]))
		};
	}
	const key = item.options.find((o) => o.correct);
	return { kind: 'option', option: key?.id ?? '' };
}

/**
 * One student's result. `ability` (0 to 1) and each item's own difficulty, both seeded, decide
 * right or wrong, so stronger students score higher and the item statistics have something to
 * find; every 9th item answered is left out at a low ability.
 */
export function answered_result(options: {
	assignment: Assignment;
	items: readonly Item[];
	student: string;
	ability: number;
	seed: number;
	started?: number;
}): AssignmentResult {
	const { assignment, items, student, ability, seed } = options;
	const random = derived(seed, student);
	const started = options.started ?? 1_765_000_000_000 + seed * 1000;
	let at = started;
	const responses: ResultResponse[] = [];
	items.forEach((item, i) => {
		const difficulty = derived(7, item.id)();
		if (ability < 0.3 && i % 9 === 8) return;
		const right = random() < Math.min(0.97, Math.max(0.03, ability + 0.5 - difficulty));
		const answer = right ? right_answer(item) : wrong_answer(item, random);
		const grade = grade_answer(item, answer);
		at += 20_000 + Math.floor(random() * 40_000);
		responses.push({ item: item.id, answer, correct: grade.correct, score: grade.score, at });
	});
	return {
		assignment,
		student,
		item_ids: items.map((item) => item.id),
		responses,
		started,
		finished: at + 5_000
	};
}

/** A class of `size` students, named "Student 01"…, abilities spread from weak to strong. */
export function class_results(options: {
	assignment: Assignment;
	items: readonly Item[];
	size: number;
	seed?: number;
}): AssignmentResult[] {
	const { size, seed = 1 } = options;
	const random = derived(seed, 'abilities');
	return Array.from({ length: size }, (_, i) =>
		answered_result({
			...options,
			student: `Student ${String(i + 1).padStart(String(size).length < 2 ? 2 : String(size).length, '0')}`,
			ability: 0.15 + 0.8 * random(),
			seed: seed * 10_000 + i
		})
	);
}
