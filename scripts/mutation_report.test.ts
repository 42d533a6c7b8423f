import { describe, expect, it } from 'vitest';
import { format_summary, summarize, survivors, type MutationReport } from './mutation_report';

const mutant = (status: string, line = 1, replacement = 'false') => ({
	status,
	mutatorName: 'BooleanLiteral',
	replacement,
	location: { start: { line, column: 3 } }
});
const report: MutationReport = {
	files: {
		'src/lib/quiz/items/cross.ts': {
			mutants: [mutant('Killed'), mutant('Survived', 9, '{\n  }'), mutant('Timeout')]
		},
		'src/lib/quiz/grade.ts': { mutants: [mutant('Killed'), mutant('NoCoverage', 4)] },
		'src/lib/session/draw.ts': {
			mutants: [mutant('Killed'), mutant('Ignored'), mutant('CompileError')]
		}
	}
};

describe('a mutation report summed up', () => {
	it('scores each file, each folder and the whole: killed and timed out over all detectable', () => {
		const { files, folders, total } = summarize(report);
		expect([...files.keys()]).toEqual([
			'src/lib/quiz/grade.ts',
			'src/lib/quiz/items/cross.ts',
			'src/lib/session/draw.ts'
		]);
		expect(files.get('src/lib/session/draw.ts')).toEqual({
			killed: 1,
			survived: 0,
			timeout: 0,
			no_coverage: 0,
			other: 2
		});
		expect(folders.get('src/lib/quiz')).toEqual({
			killed: 2,
			survived: 1,
			timeout: 1,
			no_coverage: 1,
			other: 0
		});
		expect([...folders.keys()]).toEqual(['src/lib/quiz', 'src/lib/session']);
		expect(total).toEqual({ killed: 3, survived: 1, timeout: 1, no_coverage: 1, other: 2 });
	});

	it('prints one row per file and per folder, with the score to two places', () => {
		const rows = format_summary(summarize(report)).split('\n');
		expect(rows).toContain(
			'      3       1         1        1        0   66.67  src/lib/quiz/items/cross.ts'
		);
		expect(rows).toContain('      5       2         1        1        1   60.00  src/lib/quiz');
		expect(rows.at(-1)).toBe('      6       3         1        1        1   66.67  all');
	});

	it('lists the mutants left alive in the files asked for, by line, on one line each', () => {
		expect(survivors(report, 'quiz/')).toEqual([
			'src/lib/quiz/items/cross.ts:9:3 Survived BooleanLiteral → { }',
			'src/lib/quiz/grade.ts:4:3 NoCoverage BooleanLiteral → false'
		]);
		expect(survivors(report, 'session')).toEqual([]);
	});
});
