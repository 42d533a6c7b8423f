import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test file order for mutation testing (vitest.mutation.config.ts). Stryker stops a mutant's run
 * at the first failing test, but vitest's own order puts the slowest files first, so a mutant
 * that a quick test kills first waited for bank generation over all content. Here files that
 * failed last time run first (a neighbouring mutant is often killed by the same test), then the
 * quickest; unknown files first, as vitest does.
 */
export class QuickFirstSequencer extends BaseSequencer {
	override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const { cache, config } = this.ctx;
		const key = (spec: TestSpecification) =>
			`${spec.project.name}:${relative(config.root, spec.moduleId)}`;
		const rank = (spec: TestSpecification) => {
			const state = cache.getFileTestResults(key(spec));
			if (!state) return [0, cache.getFileStats(key(spec))?.size ?? 0] as const;
			return [state.failed ? 1 : 2, state.duration] as const;
		};
		return Promise.resolve(
			[...files].sort((a, b) => {
				// As in vitest: one project's files together.
				if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
				const [group_a, cost_a] = rank(a);
				const [group_b, cost_b] = rank(b);
				return group_a - group_b || cost_a - cost_b;
			})
		);
	}
}
