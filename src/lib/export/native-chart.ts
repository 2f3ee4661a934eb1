/**
 * A chart described in PowerPoint's own terms (categories, series, colours), so the slide
 * holds an editable native chart rather than a picture. The bars come from the registry's
 * `native`; what the web chart decides beyond the data (its value axis, its reference line,
 * the heatmap's cells) is read from the chart's ECharts option here, so the slide and the web
 * chart cannot drift apart. Charts with neither form (the map, the timeline) go in as images.
 */
import type { ChartOption } from '$lib/charts/echarts';

export interface NativeSeries {
	name: string;
	values: number[];
	/** #rrggbb */
	colour: string;
	/**
	 * #rrggbb per bar, when the bars of a lone series differ as on the web (mean strength takes
	 * each chapter's level colour); `colour` is then the legend's.
	 */
	pointColours?: string[];
}

export interface NativeChart {
	kind: 'bar';
	/** Horizontal bars (PowerPoint "bar") or vertical columns ("col"). */
	horizontal: boolean;
	stacked: boolean;
	labels: string[];
	series: NativeSeries[];
	valueTitle: string;
	/** The web chart's value axis: the same maximum and step, so both read alike. */
	axis?: { max: number; step: number };
	/** A reference value drawn across the bars (the web's dashed mark line) with its label. */
	reference?: { value: number; label: string };
}

export interface NativeCell {
	text: string;
	/** #rrggbb background, or undefined for an empty cell. */
	fill?: string;
	/** #rrggbb text colour chosen for contrast with `fill`. */
	colour: string;
}

/** A heatmap as a table with coloured cells: PowerPoint has no heatmap chart. */
export interface NativeTable {
	kind: 'table';
	columns: string[];
	rows: { label: string; cells: NativeCell[] }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): Obj =>
	Array.isArray(v) ? (isObj(v[0]) ? v[0] : {}) : isObj(v) ? v : {};
const seriesOf = (option: ChartOption): Obj[] =>
	Array.isArray((option as Obj).series) ? ((option as Obj).series as unknown[]).filter(isObj) : [];

/**
 * ECharts' "nice" step (numberUtil.nice with rounding): the span split in about five, rounded
 * to 1, 2, 3, 5 or 10 times a power of ten.
 */
export function niceStep(value: number): number {
	if (value <= 0) return 1;
	const exponent = Math.floor(Math.log10(value));
	const power = 10 ** exponent;
	const f = value / power;
	const nf = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10;
	return Number((nf * power).toFixed(Math.max(0, -exponent)));
}

/** The value axis ECharts draws for data reaching `max` from 0 (its default five splits). */
export function niceAxis(max: number, minInterval = 0): { max: number; step: number } {
	const step = Math.max(niceStep(max / 5), minInterval);
	return { max: Math.ceil(max / step) * step || step, step };
}

/**
 * The web chart's value axis: its explicit max and interval when it sets them (the mean level
 * runs 0–4), else the axis ECharts computes for the longest bar (stacks summed).
 */
export function webValueAxis(
	option: ChartOption,
	native: NativeChart
): { max: number; step: number } {
	const axis = first(native.horizontal ? (option as Obj).xAxis : (option as Obj).yAxis);
	const longest = native.stacked
		? Math.max(
				0,
				...native.labels.map((_, i) => native.series.reduce((n, s) => n + (s.values[i] ?? 0), 0))
			)
		: Math.max(0, ...native.series.flatMap((s) => s.values));
	const nice = niceAxis(longest, typeof axis.minInterval === 'number' ? axis.minInterval : 0);
	return {
		max: typeof axis.max === 'number' ? axis.max : nice.max,
		step: typeof axis.interval === 'number' ? axis.interval : nice.step
	};
}

/** The first mark line of the option (the mean level's "all 1.80"), as a value and its label. */
export function webReference(option: ChartOption): NativeChart['reference'] {
	for (const series of seriesOf(option)) {
		const mark = series.markLine;
		if (!isObj(mark) || !Array.isArray(mark.data) || !isObj(mark.data[0])) continue;
		const value = mark.data[0].xAxis ?? mark.data[0].yAxis;
		if (typeof value !== 'number') continue;
		const label =
			isObj(mark.label) && typeof mark.label.formatter === 'string' ? mark.label.formatter : '';
		return { value, label };
	}
	return undefined;
}

/** A native chart completed with what its web option draws: the axis range and reference line. */
export function withWebAxis(native: NativeChart, option: ChartOption): NativeChart {
	const reference = webReference(option);
	return { ...native, axis: webValueAxis(option, native), ...(reference ? { reference } : {}) };
}

interface Piece {
	gt?: number;
	lte?: number;
	value?: number;
	color: string;
}

function pieceColour(pieces: Piece[], value: number): string | undefined {
	const piece = pieces.find((p) =>
		p.value !== undefined
			? p.value === value
			: (p.gt === undefined || value > p.gt) && (p.lte === undefined || value <= p.lte)
	);
	return piece && /^#[0-9a-f]{6}$/i.test(piece.color) ? piece.color : undefined;
}

/**
 * A heatmap option as a table: its category axes as headers, each cell filled with the colour
 * its visualMap piece gives it and written in its label colour. Undefined for other charts.
 */
export function heatmapTable(option: ChartOption): NativeTable | undefined {
	const o = option as Obj;
	const series = seriesOf(option).find((s) => s.type === 'heatmap');
	if (!series || !Array.isArray(series.data)) return undefined;
	const columns = (first(o.xAxis).data as string[] | undefined) ?? [];
	const rowLabels = (first(o.yAxis).data as string[] | undefined) ?? [];
	const pieces = (first(o.visualMap).pieces as Piece[] | undefined) ?? [];
	const grid: NativeCell[][] = rowLabels.map(() =>
		columns.map(() => ({ text: '', colour: '#1a1d23' }))
	);
	for (const item of series.data) {
		if (!isObj(item) || !Array.isArray(item.value)) continue;
		const [x, y, count] = item.value as [number, number, number];
		const cell = grid[y]?.[x];
		if (!cell || count <= 0) continue;
		cell.text = String(count);
		cell.fill = pieceColour(pieces, count);
		const label =
			isObj(item.label) && typeof item.label.color === 'string' ? item.label.color : undefined;
		if (label) cell.colour = label;
	}
	return {
		kind: 'table',
		columns,
		rows: rowLabels.map((label, i) => ({ label, cells: grid[i] ?? [] }))
	};
}
