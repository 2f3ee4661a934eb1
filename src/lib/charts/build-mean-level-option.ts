/**
 * Mean modality level per chapter (0–4), with the statement's overall mean as a reference line,
 * so a reader sees at once which chapters bind more firmly than the text as a whole.
 */
import { LEVEL_COLOURS, LEVEL_OUTLINE } from '$lib/design/tokens';
import { COMPACT_CHAPTER_LABEL, truncateLabel } from '$lib/format/chapters';
import { formatDecimal } from '$lib/format/numbers';
import type { ChartOption } from './echarts';
import type { ChapterLevelRow } from './rows/commitment-rows';
import type { ChartView } from './types';

/** Mean over all clauses (not the mean of chapter means: long chapters weigh more). */
export function overallMeanLevel(rows: ChapterLevelRow[]): number {
	const clauses = rows.reduce((n, r) => n + r.clauses, 0);
	const sum = rows.reduce((n, r) => n + (r.meanLevel ?? 0) * r.clauses, 0);
	return clauses ? sum / clauses : 0;
}

/** The level colour a mean rounds to, so the bar reads on the same scale as the stacks. */
export function meanLevelColour(mean: number): string {
	return LEVEL_COLOURS[Math.min(4, Math.max(0, Math.round(mean)))] ?? LEVEL_COLOURS[0];
}

export function buildMeanLevelOption(rows: ChapterLevelRow[], view: ChartView): ChartOption {
	const overall = overallMeanLevel(rows);
	const labelWidth = view.compact ? 130 : 250;
	return {
		aria: { enabled: true },
		grid: { left: labelWidth, right: 24, top: 28, bottom: 24 },
		tooltip: { trigger: 'item', confine: true },
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map((r) =>
				view.compact ? truncateLabel(r.chapter, COMPACT_CHAPTER_LABEL) : r.chapter
			),
			axisTick: { show: false },
			axisLabel: { width: labelWidth - 12, overflow: 'truncate', interval: 0 }
		},
		xAxis: { type: 'value', min: 0, max: 4, interval: 1, name: 'mean level' },
		series: [
			{
				type: 'bar',
				name: 'Mean level',
				barMaxWidth: 18,
				label: {
					show: true,
					position: 'right',
					color: 'currentColor',
					fontSize: 11,
					formatter: (p: { value: number }) => formatDecimal(p.value, 1)
				},
				data: rows.map((r) => ({
					// ECharts draws '-' as a gap: a chapter without clauses has no mean.
					value: r.meanLevel ?? '-',
					name: `${r.chapterNo ? `${r.chapterNo}. ` : ''}${r.chapterTitle} (${r.clauses} clauses)`,
					itemStyle: {
						color: meanLevelColour(r.meanLevel ?? 0),
						borderColor: LEVEL_OUTLINE,
						borderWidth: 0.5
					}
				})),
				markLine: {
					silent: true,
					symbol: 'none',
					lineStyle: { color: 'currentColor', type: 'dashed', opacity: 0.7 },
					// Above the bars (the axis is inverted: the line starts at the top), clear of the
					// tick labels along the bottom.
					label: {
						color: 'currentColor',
						formatter: `all ${formatDecimal(overall, 2)}`,
						position: 'start'
					},
					data: [{ xAxis: overall }]
				}
			}
		]
	};
}
