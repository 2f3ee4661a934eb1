/**
 * Horizontal bars stacked by modality level 0–4: the shared shape of the "per chapter" and
 * "per actor" charts. Colours are the level palette (tokens.ts); level 0 gets an outline so the
 * palest segment stays visible on a light page.
 */
import { LEVEL_COLOURS, LEVEL_OUTLINE, LEVEL_TEXT_COLOURS } from '$lib/design/tokens';
import type { NativeChart } from '$lib/export/native-chart';
import { truncateLabel } from '$lib/format/chapters';
import type { ChartOption } from './echarts';
import { CHART_FONT_SIZE } from './theme';
import { LEVEL_KEYS, levelLabel, type LevelCounts } from './rows/commitment-rows';
import type { ChartView } from './types';

export interface StackedLevelsInput<Row extends LevelCounts> {
	rows: Row[];
	category: (row: Row) => string;
	/** Full name of a category for tooltips. */
	categoryTitle: (row: Row) => string;
	view: ChartView;
	/** Left margin for category labels, in px (wide view). */
	labelWidth: number;
	valueName: string;
	/**
	 * Write each bar's total at its end. For bars of very different lengths, where a short bar
	 * is a sliver a few pixels long and its count would otherwise be unreadable.
	 */
	totals?: boolean;
	/** The rows hold percentages: the axis ends at 100 and labels carry "%". */
	percent?: boolean;
	/** Rows whose category name is set in bold (the statement the site is about on /compare). */
	emphasise?: (row: Row) => boolean;
}

/** A segment shorter than this share of the longest bar is too short for its number. */
const MIN_LABELLED_SHARE = 0.025;

/** The total of a row's levels. */
const rowTotal = (row: LevelCounts) => LEVEL_KEYS.reduce((n, key) => n + row[key], 0);

export function buildStackedLevelsOption<Row extends LevelCounts>(
	input: StackedLevelsInput<Row>
): ChartOption {
	const { rows, view } = input;
	const longest = Math.max(0, ...rows.map(rowTotal));
	const labelWidth = view.compact ? Math.min(input.labelWidth, 130) : input.labelWidth;
	return {
		aria: { enabled: true },
		legend: {
			top: 0,
			left: 0,
			itemWidth: 14,
			itemHeight: 10,
			itemGap: 14,
			selectedMode: true,
			data: LEVEL_KEYS.map((_, level) => levelLabel(level))
		},
		grid: { left: labelWidth, right: 16, top: view.compact ? 56 : 34, bottom: 24 },
		tooltip: { trigger: 'item', confine: true },
		yAxis: {
			type: 'category',
			inverse: true,
			data: rows.map(input.category),
			axisTick: { show: false },
			axisLabel: {
				width: labelWidth - 12,
				overflow: 'truncate',
				interval: 0,
				...(input.emphasise ? emphasisLabel(rows, input.emphasise, labelWidth - 12) : {})
			}
		},
		xAxis: input.percent
			? { type: 'value', max: 100, name: input.valueName, nameLocation: 'middle', nameGap: 26 }
			: { type: 'value', minInterval: 1, name: input.valueName, nameLocation: 'end' },
		series: [
			...LEVEL_KEYS.map((key, level) => ({
				type: 'bar',
				name: levelLabel(level),
				stack: 'levels',
				barMaxWidth: 22,
				itemStyle: {
					color: LEVEL_COLOURS[level],
					borderColor: level === 0 ? LEVEL_OUTLINE : undefined,
					borderWidth: level === 0 ? 0.5 : 0
				},
				label: {
					show: !view.compact,
					color: LEVEL_TEXT_COLOURS[level],
					fontSize: 11,
					// A count too short to hold its number is left bare (its bar's total still tells it).
					formatter: (p: { value: number }) =>
						p.value > 0 && p.value >= MIN_LABELLED_SHARE * longest
							? `${input.percent ? Math.round(p.value) : p.value}${input.percent ? '%' : ''}`
							: ''
				},
				emphasis: { focus: 'series' },
				data: rows.map((row) => ({
					value: row[key],
					name: input.categoryTitle(row)
				}))
			})),
			...(input.totals ? [totalsSeries(rows)] : [])
		]
	};
}

/** The width of a bold character of the axis labels, in their font size (measured: ≈ 0.58). */
const BOLD_CHAR_EM = 0.58;

/**
 * Rich-text category names: bold where `emphasise` says so. ECharts does not truncate rich text
 * to the label's width, so a bold name is cut here to the characters that fit in `width` px
 * (when given): a long name in bold would otherwise run off the chart's left edge.
 */
export function emphasisLabel<Row>(
	rows: readonly Row[],
	emphasise: (row: Row) => boolean,
	width?: number
) {
	const boldChars = width ? Math.floor(width / (CHART_FONT_SIZE * BOLD_CHAR_EM)) : Infinity;
	return {
		formatter: (value: string, index: number) => {
			const row = rows[index];
			return row !== undefined && emphasise(row)
				? `{strong|${truncateLabel(value, boldChars)}}`
				: value;
		},
		rich: { strong: { fontWeight: 'bold' as const } }
	};
}

/**
 * An empty bar on top of each stack that carries the stack's total as its label: no legend
 * entry, no tooltip, not clickable (the levels keep their series indices for drill-downs).
 */
function totalsSeries(rows: LevelCounts[]) {
	return {
		type: 'bar' as const,
		name: 'Total',
		stack: 'levels',
		silent: true,
		tooltip: { show: false },
		itemStyle: { color: 'transparent' },
		label: {
			show: true,
			position: 'right' as const,
			color: 'currentColor',
			fontSize: 11,
			formatter: (p: { dataIndex: number }) => {
				const row = rows[p.dataIndex];
				return row ? String(rowTotal(row)) : '';
			}
		},
		data: rows.map(() => 0)
	};
}

/** The same stack as a native PowerPoint chart (series = levels, categories = rows). */
export function stackedLevelsNative<Row extends LevelCounts>(
	rows: Row[],
	category: (row: Row) => string,
	valueTitle: string
): NativeChart {
	return {
		kind: 'bar',
		horizontal: true,
		stacked: true,
		labels: rows.map(category),
		series: LEVEL_KEYS.map((key, level) => ({
			name: levelLabel(level),
			values: rows.map((r) => r[key]),
			colour: LEVEL_COLOURS[level] ?? '#000000'
		})),
		valueTitle
	};
}
