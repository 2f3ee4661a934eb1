/**
 * A view's selection drawn in a chart: the marks it selects at full strength, the others
 * dimmed, and a line that names it. Generic over the registry: a mark is selected when the
 * selection its click would make (`chart.select`) agrees with the view's, so no chart needs
 * code of its own. A chart shows a selection only when its marks can express all of it (the
 * chapters chart can show "chapter 3, level 2"; the actors chart cannot, and stays as it is).
 *
 * Pure: options in, options out. Used by the live chart of a page or embed opened from a link
 * and by the captioned exports of that view.
 */
import type { ChartOption } from './echarts';
import type { ChartDefinition, ChartSelection } from './types';

/** Opacity of the marks a selection leaves out: still readable, clearly behind. */
export const DIMMED = 0.28;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const seriesOf = (option: ChartOption): Obj[] =>
	Array.isArray((option as Obj).series) ? ((option as Obj).series as unknown[]).filter(isObj) : [];

/** The selection in a view's search ("?chapter=3&level=2"). */
export function selectionFromSearch(search: string): ChartSelection {
	return Object.fromEntries(new URLSearchParams(search));
}

/** "s:d" keys of the marks `selection` selects; empty when the chart cannot show it. */
export function selectedMarks<Row>(
	chart: Pick<ChartDefinition<Row>, 'select'>,
	rows: Row[],
	option: ChartOption,
	selection: ChartSelection
): Set<string> {
	const wanted = Object.entries(selection);
	const marks = new Set<string>();
	if (!chart.select || wanted.length === 0) return marks;
	const keys = new Set<string>();
	seriesOf(option).forEach((series, s) => {
		const data = Array.isArray(series.data) ? series.data : [];
		data.forEach((_, d) => {
			const made = chart.select?.(rows, s, d);
			if (!made) return;
			for (const key of Object.keys(made)) keys.add(key);
			if (wanted.every(([key, value]) => made[key] === value)) marks.add(`${s}:${d}`);
		});
	});
	return wanted.every(([key]) => keys.has(key)) ? marks : new Set();
}

/** The option with every mark outside `marks` dimmed (no change when `marks` is empty). */
export function emphasise(option: ChartOption, marks: ReadonlySet<string>): ChartOption {
	if (marks.size === 0) return option;
	const series = seriesOf(option).map((series, s) => {
		if (!Array.isArray(series.data)) return series;
		return {
			...series,
			data: series.data.map((item: unknown, d: number) => {
				if (marks.has(`${s}:${d}`)) return item;
				const point = isObj(item) ? item : { value: item };
				const style = isObj(point.itemStyle) ? point.itemStyle : {};
				const label = isObj(point.label) ? point.label : {};
				return {
					...point,
					itemStyle: { ...style, opacity: DIMMED },
					label: { ...label, opacity: DIMMED }
				};
			})
		};
	});
	return { ...option, series } as ChartOption;
}

/** The labels of a category axis ('xAxis' or 'yAxis'), or [] when it is not one. */
function categoryLabels(option: ChartOption, which: 'xAxis' | 'yAxis'): unknown[] {
	const axis = (option as Obj)[which];
	const first = Array.isArray(axis) ? axis[0] : axis;
	return isObj(first) && first.type === 'category' && Array.isArray(first.data) ? first.data : [];
}

/** What a mark stands for: a heatmap cell's row and column, a bar's category. */
function markParts(option: ChartOption, item: unknown, d: number): { row: string; column: string } {
	const [xs, ys] = [categoryLabels(option, 'xAxis'), categoryLabels(option, 'yAxis')];
	const value = isObj(item) ? item.value : item;
	if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
		return { row: String(ys[value[1]] ?? ''), column: String(xs[value[0]] ?? '') };
	}
	const name = isObj(item) && typeof item.name === 'string' ? item.name : undefined;
	return { row: name ?? String(ys[d] ?? xs[d] ?? ''), column: '' };
}

/** At most three names, then how many more. */
const listed = (names: string[]) =>
	names.length <= 3 ? names : [...names.slice(0, 3), `${names.length - 3} more`];

/**
 * Names the selected marks for a caption: what they have in common (a bar's category; a
 * heatmap's row, column or cell) and, when only some series of them are selected, the series
 * ("3. Peace, defence and security · 2 · intent"); '' when nothing is selected.
 */
export function selectionCaption(option: ChartOption, marks: ReadonlySet<string>): string {
	if (marks.size === 0) return '';
	const series = seriesOf(option);
	const pairs = [...marks].map((m) => m.split(':').map(Number) as [number, number]);
	const parts = pairs.map(([s, d]) => {
		const data = series[s]?.data;
		return markParts(option, Array.isArray(data) ? data[d] : undefined, d);
	});
	const rows = [...new Set(parts.map((p) => p.row).filter(Boolean))];
	const columns = [...new Set(parts.map((p) => p.column).filter(Boolean))];
	// A whole row or column of a grid is named by that row or column alone.
	const names =
		columns.length > 1 && rows.length === 1
			? rows
			: rows.length > 1 && columns.length === 1
				? columns
				: [...listed(rows), ...listed(columns)];
	const named = series.filter((x) => typeof x.name === 'string' && x.name !== '');
	const hit = [...new Set(pairs.map(([s]) => s))];
	const seriesNames =
		named.length > 1 && hit.length < named.length
			? hit
					.map((s) => series[s]?.name)
					.filter((n): n is string => typeof n === 'string' && n !== '')
			: [];
	return [...names, ...seriesNames].join(' · ');
}

/** What a view's selection names in `chart` ('' when the chart cannot show it). */
export function selectionNames<Row>(
	chart: Pick<ChartDefinition<Row>, 'select' | 'option'>,
	rows: Row[],
	selection: ChartSelection
): string {
	// Most views select nothing: no option is built for them (every chart's figure asks, as the
	// page starts).
	if (Object.keys(selection).length === 0) return '';
	const option = chart.option(rows, { compact: false });
	return selectionCaption(option, selectedMarks(chart, rows, option, selection));
}

/** A chart's description with the view's selection named after it. */
export function describeView<Row>(
	chart: Pick<ChartDefinition<Row>, 'select' | 'option' | 'description'>,
	rows: Row[],
	selection: ChartSelection
): string {
	const named = selectionNames(chart, rows, selection);
	return named ? `${chart.description} Selected: ${named}.` : chart.description;
}
