/**
 * Statements side by side as horizontal bars, one group per statement and one bar per measure
 * (words; clauses, commitments and the Research-Group-style count per 1,000 words; …). The
 * statement the site is about has its name in bold on every /compare chart.
 */
import type { ChartOption } from './echarts';
import { emphasisLabel } from './stacked-levels';
import type { ChartView } from './types';

export interface CompareBarSeries<Row> {
	name: string;
	value: (row: Row) => number;
	colour: string;
	/** The label at the bar's end. */
	label: (row: Row) => string;
}

export interface CompareBarsInput<Row extends { label: string; title: string; focus: boolean }> {
	rows: Row[];
	series: CompareBarSeries<Row>[];
	view: ChartView;
	valueName: string;
}

export function buildCompareBarsOption<
	Row extends { label: string; title: string; focus: boolean }
>(input: CompareBarsInput<Row>): ChartOption {
	const { rows, view, series } = input;
	const labelWidth = view.compact ? 130 : 180;
	return {
		aria: { enabled: true },
		legend:
			series.length > 1
				? {
						top: 0,
						left: 0,
						itemWidth: 14,
						itemHeight: 10,
						selectedMode: false,
						data: series.map((s) => s.name)
					}
				: undefined,
		grid: {
			left: labelWidth,
			right: view.compact ? 64 : 96,
			top: series.length > 1 ? (view.compact ? 52 : 32) : 12,
			bottom: 24
		},
		tooltip: { trigger: 'item', confine: true },
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map((r) => r.label),
			axisTick: { show: false },
			axisLabel: {
				// Room for the bold name of the focus, which runs wider than the others.
				width: labelWidth - 16,
				overflow: 'truncate',
				interval: 0,
				...emphasisLabel(rows, (r) => r.focus, labelWidth - 16)
			}
		},
		xAxis: {
			type: 'value',
			name: input.valueName,
			nameLocation: 'middle',
			nameGap: 26,
			// Fewer ticks on a phone, so "1,000 2,000 …" do not run together.
			splitNumber: view.compact ? 3 : 5
		},
		series: series.map((s) => ({
			type: 'bar',
			name: s.name,
			barMaxWidth: 16,
			barGap: '15%',
			itemStyle: { color: s.colour },
			label: {
				show: true,
				position: 'right',
				color: 'currentColor',
				fontSize: view.compact ? 10 : 11,
				formatter: (p: { dataIndex: number }) => {
					const row = rows[p.dataIndex];
					return row ? s.label(row) : '';
				}
			},
			data: rows.map((r) => ({ value: s.value(r), name: `${s.name}: ${r.title}` }))
		}))
	};
}
