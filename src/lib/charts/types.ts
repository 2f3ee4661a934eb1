/**
 * What a chart is, once: the registry (registry.ts) holds one `ChartDefinition` per chart, and
 * pages, embeds, exports, tables and tests all read it.
 */
import type { DashboardData } from '$lib/contract/tables';
import type { NativeChart } from '$lib/export/native-chart';
import type { ChartOption } from './echarts';
import type { ChartSize } from './render-svg';

export interface ChartColumn<Row> {
	key: keyof Row & string;
	/** Column header in tables and CSV. */
	label: string;
	numeric?: boolean;
}

/** Server-rendered layouts: phones, tablets and narrow columns, laptops and wider. */
export const CHART_LAYOUTS = ['compact', 'medium', 'wide'] as const;
export type ChartLayout = (typeof CHART_LAYOUTS)[number];

/** How the chart is being drawn: `compact` for phone widths (shorter labels, tighter grid). */
export interface ChartView {
	compact: boolean;
}

/** A selection made by clicking a mark, as URL search parameters (e.g. chapter=3&level=4). */
export type ChartSelection = Record<string, string>;

export interface ChartDefinition<Row> {
	id: string;
	title: string;
	/** One sentence: what the chart shows (also its accessible description). */
	description: string;
	/** The source line baked into the figure and exports. */
	source: string;
	/**
	 * The page that holds the chart (drill-downs, "open" links and slides' links go there); ''
	 * when no address reopens it (a statement pasted into /analyse lives only in its tab).
	 */
	page: string;
	columns: ChartColumn<Row>[];
	/** The rows behind the chart, from the data package (server side, at prerender). */
	rows: (data: DashboardData) => Row[];
	/** Pure option builder: rows → ECharts option. */
	option: (rows: Row[], view: ChartView) => ChartOption;
	/** What clicking mark (seriesIndex, dataIndex) selects, if the chart drills down. */
	select?: (rows: Row[], seriesIndex: number, dataIndex: number) => ChartSelection | undefined;
	/** What clicking a legend entry (series `seriesIndex`) selects, if anything. */
	selectSeries?: (seriesIndex: number) => ChartSelection | undefined;
	/** The chart as a native PowerPoint chart; charts without one export as an image. */
	native?: (rows: Row[]) => NativeChart;
	/** Server-rendered layouts (CSS picks the one that fits its box; see Chart.svelte). */
	sizes: (rows: Row[]) => Record<ChartLayout, ChartSize>;
}

export function defineChart<Row>(definition: ChartDefinition<Row>): ChartDefinition<Row> {
	return definition;
}
