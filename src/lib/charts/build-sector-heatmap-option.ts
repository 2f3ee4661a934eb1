/**
 * Chapter × sector heatmap of the joint statement: sectors down the side, chapters across with
 * their number and short name slanted above the columns (upright on a phone), so a column is
 * never a bare number. Cell colours are the
 * count ramp in discrete steps (a hidden piecewise visualMap, which ECharts' heatmap requires),
 * so each cell's label colour can be chosen for contrast with its step.
 */
import { COUNT_RAMP } from '$lib/design/tokens';
import { chapterPhrase, truncateLabel } from '$lib/format/chapters';
import type { ChartOption } from './echarts';
import { emphasisLabel } from './stacked-levels';
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

/** How much wider a bold label runs than a regular one, with a margin. */
const BOLD_WIDER = 1.2;

/** Height above the grid for the slanted chapter names, per layout. */
export function columnLabelSpace(view: ChartView): number {
	return view.compact ? 104 : 128;
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

/** One cell of a count grid: its column and row (by label), value and tooltip name. */
export interface HeatmapCell {
	column: string;
	row: string;
	value: number;
	name: string;
}

export interface HeatmapInput {
	/** Column labels across the top, in order (slanted; upright on a phone). */
	columns: string[];
	/** Row labels down the side, in order. */
	rows: string[];
	cells: HeatmapCell[];
	view: ChartView;
	seriesName: string;
	/** A cell's label ('' for an empty cell). */
	format: (value: number) => string;
	/** Characters of a column label kept (wide, compact). */
	columnChars: { wide: number; compact: number };
	/** Width of the row labels (wide, compact), in px. */
	labelWidth: { wide: number; compact: number };
	/** Columns whose label is set in bold (the statement the site is about, on /compare). */
	boldColumns?: ReadonlySet<string>;
}

/**
 * A grid of counts coloured by the count ramp in discrete steps: the shape of the chapter ×
 * sector heatmap and of the statement × sector one on /compare.
 */
export function buildHeatmapOption(input: HeatmapInput): ChartOption {
	const { view } = input;
	const max = input.cells.reduce((m, c) => Math.max(m, c.value), 0);
	const labelWidth = view.compact ? input.labelWidth.compact : input.labelWidth.wide;
	const columnChars = view.compact ? input.columnChars.compact : input.columnChars.wide;
	const isBold = (column: string) => input.boldColumns?.has(column) ?? false;
	return {
		aria: { enabled: true },
		grid: {
			left: labelWidth,
			right: view.compact ? 8 : 64,
			top: columnLabelSpace(view),
			bottom: 8
		},
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
			data: input.columns.map((c) =>
				// ECharts does not truncate rich (bold) text to the label's width: cut it here, by
				// as much as bold runs wider.
				truncateLabel(c, isBold(c) ? Math.floor(columnChars / BOLD_WIDER) : columnChars)
			),
			axisTick: { show: false },
			axisLabel: {
				rotate: view.compact ? 90 : 40,
				interval: 0,
				fontSize: view.compact ? 10 : 11,
				width: columnLabelSpace(view) * (view.compact ? 1 : 1.4) - 12,
				overflow: 'truncate',
				...emphasisLabel(input.columns, isBold)
			},
			splitArea: { show: false }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: input.rows.map((s) => truncateLabel(s, view.compact ? 16 : 30)),
			axisTick: { show: false },
			axisLabel: { width: labelWidth - 12, overflow: 'truncate', interval: 0 }
		},
		series: [
			{
				type: 'heatmap',
				name: input.seriesName,
				label: {
					show: true,
					fontSize: view.compact ? 9 : 11,
					formatter: (p: { value: [number, number, number] }) =>
						p.value[2] > 0 ? input.format(p.value[2]) : ''
				},
				itemStyle: { borderColor: 'rgba(128,128,128,0.25)', borderWidth: 1 },
				data: input.cells.map((c) => ({
					value: [input.columns.indexOf(c.column), input.rows.indexOf(c.row), c.value],
					name: c.name,
					label: { color: cellLabelColour(rampIndex(c.value, max)) }
				}))
			}
		]
	};
}

export function buildSectorHeatmapOption(rows: SectorCellRow[], view: ChartView): ChartOption {
	const chapters = unique(rows.map((r) => r.chapterNo));
	const chapterNames = chapters.map((n) => rows.find((r) => r.chapterNo === n)?.chapter ?? '');
	return buildHeatmapOption({
		columns: chapterNames,
		rows: unique(rows.map((r) => r.sectorLabel)),
		cells: rows.map((r) => ({
			column: chapterNames[chapters.indexOf(r.chapterNo)] ?? '',
			row: r.sectorLabel,
			value: r.mentions,
			name: `${r.sectorLabel} in ${chapterPhrase(r.chapterNo, r.chapterTitle)}`
		})),
		view,
		seriesName: 'Mentions',
		format: String,
		columnChars: { wide: 30, compact: 17 },
		labelWidth: { wide: 230, compact: 136 }
	});
}
