/** Statements × sectors: mentions per 1,000 words, so long and short statements read alike. */
import { formatDecimal } from '$lib/format/numbers';
import { buildHeatmapOption } from './build-sector-heatmap-option';
import type { ChartOption } from './echarts';
import type { CompareSectorCellRow } from './rows/compare-rows';
import type { ChartView } from './types';

export function buildCompareSectorsOption(
	rows: CompareSectorCellRow[],
	view: ChartView
): ChartOption {
	return buildHeatmapOption({
		columns: [...new Set(rows.map((r) => r.label))],
		rows: [...new Set(rows.map((r) => r.sectorLabel))],
		cells: rows.map((r) => ({
			column: r.label,
			row: r.sectorLabel,
			value: r.mentionsPer1000Words,
			name: `${r.sectorLabel} in ${r.label}: ${r.mentions} mentions`
		})),
		view,
		seriesName: 'Mentions per 1,000 words',
		format: (value) => formatDecimal(value, 1),
		columnChars: { wide: 24, compact: 17 },
		labelWidth: { wide: 230, compact: 136 },
		boldColumns: new Set(rows.filter((r) => r.focus).map((r) => r.label))
	});
}
