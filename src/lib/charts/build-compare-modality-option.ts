/** The modality mix of each compared statement as 100 % bars, in the level palette. */
import type { ChartOption } from './echarts';
import type { CompareStatementRow } from './rows/compare-rows';
import { buildStackedLevelsOption } from './stacked-levels';
import type { ChartView } from './types';

/** The rows with each level's share in place of its count, as the stack draws levels. */
export function levelShareRows(rows: readonly CompareStatementRow[]): CompareStatementRow[] {
	return rows.map((r) => ({
		...r,
		level0: r.share0,
		level1: r.share1,
		level2: r.share2,
		level3: r.share3,
		level4: r.share4
	}));
}

export function buildCompareModalityOption(
	rows: CompareStatementRow[],
	view: ChartView
): ChartOption {
	return buildStackedLevelsOption({
		rows: levelShareRows(rows),
		view,
		category: (r) => r.label,
		categoryTitle: (r) => `${r.label} (${r.clauses} clauses)`,
		labelWidth: 150,
		valueName: '% of the statement’s clauses',
		percent: true,
		emphasise: (r) => r.focus
	});
}
