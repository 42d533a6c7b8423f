import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ScoreChart from './ScoreChart.svelte';

// The test DOM has no layout; the chart measures its width with one. happy-dom's own
// ResizeObserver never reports; this stands in where a DOM has none.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};

const point = (percent: number, i: number) => ({ at: i, percent, label: `Quiz ${i}` });

describe('ScoreChart', () => {
	it('speaks of one finished quiz in the singular, with no range', () => {
		render(ScoreChart, { points: [point(55, 1)] });
		expect(screen.getByRole('img')).toHaveAccessibleName('Score of your finished quiz: 55%.');
		expect(document.querySelector('figcaption')).not.toHaveTextContent(/from|quizzes/);
	});

	it('gives the first and the latest score of several quizzes', () => {
		render(ScoreChart, { points: [40, 70, 80].map(point) });
		expect(screen.getByRole('img')).toHaveAccessibleName(
			'Scores of your last 3 finished quizzes, oldest to newest, from 40% to 80%.'
		);
	});

	it('draws its labels at 14 px in units of the shown width, so they never shrink', () => {
		render(ScoreChart, { points: [40, 100].map(point) });
		const labels = [...document.querySelectorAll('svg text')];
		expect(labels.map((t) => t.textContent)).toContain('100%');
		for (const label of labels) expect(Number(label.getAttribute('font-size'))).toBe(14);
	});
});
