/**
 * Mentions per sector as horizontal bars, one stacked series per document: the joint statement
 * and the 2025 article on /sectors, one statement alone on its own page.
 */
import { COUNT_RAMP } from '$lib/design/tokens';
import { truncateLabel } from '$lib/format/chapters';
import type { ChartOption } from './echarts';
import type { SectorMentionRow, StatementSectorRow } from './rows/sector-rows';
import type { ChartView } from './types';

export interface SectorBarSeries<Row> {
	name: string;
	value: (row: Row) => number;
	colour: string;
	/** The count's colour on the bar (contrast with `colour`). */
	labelColour: string;
}

export function buildSectorBarsOption<Row extends { sectorLabel: string }>(
	rows: Row[],
	view: ChartView,
	series: SectorBarSeries<Row>[]
): ChartOption {
	const labelWidth = view.compact ? 150 : 230;
	// A legend names the documents; one document needs none (the title says which).
	const legend = series.length > 1;
	return {
		aria: { enabled: true },
		legend: legend ? { top: 0, left: 0, itemWidth: 14, itemHeight: 10, itemGap: 16 } : undefined,
		grid: { left: labelWidth, right: 16, top: legend ? 32 : 8, bottom: 44 },
		tooltip: { trigger: 'item', confine: true },
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map((r) => truncateLabel(r.sectorLabel, view.compact ? 20 : 30)),
			axisTick: { show: false },
			axisLabel: { width: labelWidth - 12, overflow: 'truncate', interval: 0 }
		},
		// The axis name under the axis: at its end it runs off a narrow chart's right edge.
		xAxis: {
			type: 'value',
			minInterval: 1,
			name: 'mentions',
			nameLocation: 'middle',
			nameGap: 26
		},
		series: series.map((s) => ({
			type: 'bar',
			name: s.name,
			stack: 'documents',
			barMaxWidth: 20,
			itemStyle: { color: s.colour },
			label: {
				show: !view.compact,
				color: s.labelColour,
				fontSize: 11,
				formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : '')
			},
			data: rows.map((r) => ({ value: s.value(r), name: r.sectorLabel }))
		}))
	};
}

export const buildSectorMentionsOption = (rows: SectorMentionRow[], view: ChartView) =>
	buildSectorBarsOption(rows, view, [
		{
			name: 'Joint statement',
			value: (r) => r.statement,
			colour: COUNT_RAMP[5],
			labelColour: '#ffffff'
		},
		{ name: '2025 article', value: (r) => r.article, colour: COUNT_RAMP[2], labelColour: '#1a1d23' }
	]);

/** One statement's sectors (its page and /analyse). */
export const buildStatementSectorsOption = (rows: StatementSectorRow[], view: ChartView) =>
	buildSectorBarsOption(rows, view, [
		{ name: 'Mentions', value: (r) => r.mentions, colour: COUNT_RAMP[5], labelColour: '#ffffff' }
	]);
