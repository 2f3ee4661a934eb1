/**
 * Chapter × sector heatmap of the joint statement: sectors down the side (their labels are
 * long), chapter numbers across (short), so it stays legible on a phone. Cell colours are the
 * count ramp in discrete steps (a hidden piecewise visualMap, which ECharts' heatmap requires),
 * so each cell's label colour can be chosen for contrast with its step.
 */
import { COUNT_RAMP } from '$lib/design/tokens';
import { truncateLabel } from '$lib/format/chapters';
import type { ChartOption } from './echarts';
import type { SectorCellRow } from './rows/sector-rows';
import type { ChartView } from './types';

/** Ramp step for a count: 0 → the palest step; the maximum → the darkest. */
export function rampIndex(value: number, max: number): number {
	if (value <= 0 || max <= 0) return 0;
	return Math.max(1, Math.ceil((value / max) * (COUNT_RAMP.length - 1)));
}

/** The darkest step takes white labels, the others dark ones (AA on every step, checked in tests). */
export function cellLabelColour(index: number): string {
	return index >= COUNT_RAMP.length - 1 ? '#ffffff' : '#1a1d23';
}

/** visualMap pieces matching `rampIndex`: step i holds ((i−1)/n·max, i/n·max]. */
export function rampPieces(
	max: number
): { gt?: number; lte?: number; value?: number; color: string }[] {
	const steps = COUNT_RAMP.length - 1;
	const pieces: { gt?: number; lte?: number; value?: number; color: string }[] = [
		// Empty cells stay nearly transparent so they recede in both themes.
		{ value: 0, color: 'rgba(128,128,128,0.08)' }
	];
	for (let i = 1; i <= steps; i++) {
		pieces.push({
			gt: ((i - 1) / steps) * max,
			lte: (i / steps) * max,
			color: COUNT_RAMP[i] ?? ''
		});
	}
	return pieces;
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

export function buildSectorHeatmapOption(rows: SectorCellRow[], view: ChartView): ChartOption {
	const sectors = unique(rows.map((r) => r.sectorLabel));
	const chapters = unique(rows.map((r) => r.chapterNo));
	const max = rows.reduce((m, r) => Math.max(m, r.mentions), 0);
	const labelWidth = view.compact ? 136 : 230;
	return {
		aria: { enabled: true },
		grid: { left: labelWidth, right: 8, top: 28, bottom: 8 },
		tooltip: { trigger: 'item', confine: true },
		visualMap: {
			show: false,
			type: 'piecewise',
			dimension: 2,
			pieces: rampPieces(max)
		},
		xAxis: {
			type: 'category',
			position: 'top',
			data: chapters.map((n) => (n === 0 ? 'P' : String(n))),
			axisTick: { show: false },
			splitArea: { show: false }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: sectors.map((s) => truncateLabel(s, view.compact ? 16 : 30)),
			axisTick: { show: false },
			axisLabel: { width: labelWidth - 12, overflow: 'truncate', interval: 0 }
		},
		series: [
			{
				type: 'heatmap',
				name: 'Mentions',
				label: {
					show: true,
					fontSize: view.compact ? 9 : 11,
					formatter: (p: { value: [number, number, number] }) =>
						p.value[2] > 0 ? String(p.value[2]) : ''
				},
				itemStyle: { borderColor: 'rgba(128,128,128,0.25)', borderWidth: 1 },
				data: rows.map((r) => {
					const index = rampIndex(r.mentions, max);
					return {
						value: [chapters.indexOf(r.chapterNo), sectors.indexOf(r.sectorLabel), r.mentions],
						name: `${r.sectorLabel} in ${r.chapterNo ? `chapter ${r.chapterNo}` : 'the preamble'}`,
						label: { color: cellLabelColour(index) }
					};
				})
			}
		]
	};
}
