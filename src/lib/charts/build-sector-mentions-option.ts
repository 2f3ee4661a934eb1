/** Mentions per sector, the joint statement and the 2025 article stacked. */
import { COUNT_RAMP } from '$lib/design/tokens';
import { truncateLabel } from '$lib/format/chapters';
import type { ChartOption } from './echarts';
import type { SectorMentionRow } from './rows/sector-rows';
import type { ChartView } from './types';

export function buildSectorMentionsOption(rows: SectorMentionRow[], view: ChartView): ChartOption {
	const labelWidth = view.compact ? 150 : 230;
	const series = (
		[
			['statement', 'Joint statement', COUNT_RAMP[5], '#ffffff'],
			['article', '2025 article', COUNT_RAMP[2], '#1a1d23']
		] as const
	).map(([key, name, color, labelColor]) => ({
		type: 'bar',
		name,
		stack: 'documents',
		barMaxWidth: 20,
		itemStyle: { color },
		label: {
			show: !view.compact,
			color: labelColor,
			fontSize: 11,
			formatter: (p: { value: number }) => (p.value > 0 ? String(p.value) : '')
		},
		data: rows.map((r) => ({ value: r[key], name: r.sectorLabel }))
	}));
	return {
		aria: { enabled: true },
		legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, itemGap: 16 },
		grid: { left: labelWidth, right: 16, top: 32, bottom: 24 },
		tooltip: { trigger: 'item', confine: true },
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map((r) => truncateLabel(r.sectorLabel, view.compact ? 20 : 30)),
			axisTick: { show: false },
			axisLabel: { width: labelWidth - 12, overflow: 'truncate', interval: 0 }
		},
		xAxis: { type: 'value', minInterval: 1, name: 'mentions' },
		series
	};
}
