/**
 * An `Exportable` for a registered ECharts chart: drawn afresh with ECharts' SVG renderer, with
 * the view's selection drawn in (its marks at full strength, the others dimmed) and named in the
 * caption, so an export of a linked view shows what the link shows.
 */
import {
	describeView,
	emphasise,
	selectedMarks,
	selectionFromSearch
} from '$lib/charts/selection-emphasis';
import type { ChartDefinition } from '$lib/charts/types';
import type { Exportable } from './exportable';

/** Drawing width for exports: wide layout, so slides get the full labels. */
const EXPORT_WIDTH = 1200;

export function chartExportable<Row>(
	chart: ChartDefinition<Row>,
	rows: Row[],
	/** The view's URL search for the embed link; null: the chart has no embed. */
	search: string | null
): Exportable {
	const selection = selectionFromSearch(search ?? '');
	/** The chart's option for the view: its selection emphasised (unchanged without one). */
	const viewOption = () => {
		const option = chart.option(rows, { compact: false });
		return emphasise(option, selectedMarks(chart, rows, option, selection));
	};
	const description = describeView(chart, rows, selection);
	return {
		id: chart.id,
		title: chart.title,
		description,
		source: chart.source,
		fileStem: chart.id,
		embedPath: search === null ? undefined : `/embed/${chart.id}${search}`,
		linkable: chart.page !== '',
		async deckSlide(origin) {
			const { chartSlide } = await import('./deck-plan');
			return chartSlide({ ...chart, description }, rows, origin);
		},
		async csv() {
			const { chartCsv } = await import('./chart-csv');
			return chartCsv(chart.columns, rows);
		},
		async slidePicture(box) {
			const [{ renderChartSvg }, { slideChartOption }] = await Promise.all([
				import('$lib/charts/render-svg'),
				import('./slide-layout')
			]);
			const size = { width: Math.round(box.width), height: Math.round(box.height) };
			const option = slideChartOption(viewOption());
			return { svg: renderChartSvg(option, size, `${chart.id}-s`), ...size };
		},
		async svg() {
			const { renderChartSvg } = await import('$lib/charts/render-svg');
			const wide = chart.sizes(rows).wide;
			const height = Math.round((wide.height * EXPORT_WIDTH) / wide.width);
			const size = { width: EXPORT_WIDTH, height };
			// Text and rules are currentColor: the caption sets the colour for the theme.
			return {
				svg: renderChartSvg(viewOption(), size, `${chart.id}-x`),
				...size
			};
		}
	};
}
