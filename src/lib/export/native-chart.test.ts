import { describe, expect, it } from 'vitest';
import { loadECharts } from '$lib/charts/echarts';
import {
	CHARTS,
	commitmentsByActor,
	commitmentsByChapter,
	meanLevelByChapter,
	sectorByChapter
} from '$lib/charts/registry';
import { overallMeanLevel } from '$lib/charts/build-mean-level-option';
import { CHART_THEME } from '$lib/charts/theme';
import { loadDashboardData } from '$lib/server/data';
import { heatmapTable, niceAxis, niceStep, webReference, withWebAxis } from './native-chart';

const data = loadDashboardData();

/** The value axis ECharts itself computes for an option (drawn once, off screen). */
function echartsValueAxis(option: unknown, horizontal: boolean) {
	const chart = loadECharts().init(null, CHART_THEME, {
		renderer: 'svg',
		ssr: true,
		width: 1000,
		height: 600
	});
	try {
		chart.setOption({ ...(option as object), animation: false });
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ECharts' model is untyped
		const axis = (chart as any).getModel().getComponent(horizontal ? 'xAxis' : 'yAxis', 0).axis;
		const [, max] = axis.scale.getExtent() as [number, number];
		const ticks = (axis.scale.getTicks() as { value: number }[]).map((t) => t.value);
		return { max, step: ticks[1]! - ticks[0]! };
	} finally {
		chart.dispose();
	}
}

describe('native charts keep the web axis', () => {
	for (const chart of Object.values(CHARTS).filter((c) => c.native)) {
		it(`${chart.id}: the same maximum and step as the web chart`, () => {
			const rows = chart.rows(data);
			const option = chart.option(rows, { compact: false });
			const native = withWebAxis(chart.native!(rows), option);
			expect(native.axis).toEqual(echartsValueAxis(option, native.horizontal));
		});
	}

	it('gives the bars whose totals the web writes at their ends those totals, with the category', () => {
		const rows = commitmentsByActor.rows(data);
		const native = commitmentsByActor.native!(rows);
		native.labels.forEach((label, i) => {
			const total = native.series.reduce((sum, series) => sum + (series.values[i] ?? 0), 0);
			expect(label).toBe(`${rows[i]!.actorLabel} (${total})`);
		});
		// The chapters chart writes no totals on the web, nor on the slide.
		const chapters = commitmentsByChapter.rows(data);
		expect(commitmentsByChapter.native!(chapters).labels[0]).not.toMatch(/\(\d+\)$/);
	});

	it('rounds steps the way ECharts does', () => {
		expect([0.58, 1.6, 5.8, 16, 29].map(niceStep)).toEqual([0.5, 2, 5, 20, 30]);
		expect(niceAxis(29)).toEqual({ max: 30, step: 5 });
		expect(niceAxis(3, 1)).toEqual({ max: 3, step: 1 });
	});

	it('carries the mean-strength average line, at the statement-wide mean', () => {
		const rows = meanLevelByChapter.rows(data);
		const reference = webReference(meanLevelByChapter.option(rows, { compact: false }));
		expect(reference?.value).toBeCloseTo(overallMeanLevel(rows), 10);
		expect(reference?.label).toMatch(/^all \d\.\d\d$/);
	});
});

describe('the heatmap as a native table', () => {
	const rows = sectorByChapter.rows(data);
	const table = heatmapTable(sectorByChapter.option(rows, { compact: false }))!;

	it('has a cell per sector and chapter holding its count', () => {
		expect(table.rows).toHaveLength(new Set(rows.map((r) => r.sector)).size);
		expect(table.columns).toHaveLength(new Set(rows.map((r) => r.chapterNo)).size);
		const total = table.rows.flatMap((r) => r.cells).reduce((n, c) => n + Number(c.text || 0), 0);
		expect(total).toBe(rows.reduce((n, r) => n + r.mentions, 0));
	});

	it('fills every non-empty cell with a ramp colour, and leaves empty ones bare', () => {
		for (const cell of table.rows.flatMap((r) => r.cells)) {
			if (cell.text) expect(cell.fill).toMatch(/^#[0-9a-f]{6}$/i);
			else expect(cell.fill).toBeUndefined();
		}
	});

	it('is undefined for charts that are not heatmaps', () => {
		const rows = meanLevelByChapter.rows(data);
		expect(heatmapTable(meanLevelByChapter.option(rows, { compact: false }))).toBeUndefined();
	});
});
