/**
 * The interactive chart, loaded only when a reader reaches for a chart (hover, touch): ECharts
 * draws the same option at the same size as the server-rendered SVG it replaces (Chart.svelte
 * scales both to the box the same way), adds tooltips and reports clicks. Kept in its own
 * module so ECharts is a separate, lazily loaded chunk.
 */
import { loadECharts, type ChartOption } from './echarts';
import type { ChartSize } from './render-svg';
import { CHART_THEME } from './theme';

export interface LiveChart {
	/** Re-draws with another option (rows filtered) or at another layout's size. */
	update(option: ChartOption, size: ChartSize): void;
	dispose(): void;
}

export interface LiveChartHandlers {
	onClick: (seriesIndex: number, dataIndex: number) => void;
	onLegend: (seriesIndex: number) => void;
	/**
	 * Where tooltips go: outside the scaled drawing, so that they keep the page's text size
	 * whatever the chart's scale.
	 */
	tooltipHost: HTMLElement;
}

/**
 * The option as drawn live: no animation (the chart is already on screen; bars growing from
 * zero would be a redraw the reader sees) and tooltips in their host.
 */
export function liveOption(option: ChartOption, tooltipHost: HTMLElement): ChartOption {
	const tooltip = option.tooltip;
	const placed =
		tooltip && typeof tooltip === 'object' && !Array.isArray(tooltip)
			? { tooltip: { ...tooltip, appendTo: tooltipHost } }
			: {};
	return { ...option, ...placed, animation: false };
}

export function mountLiveChart(
	element: HTMLElement,
	option: ChartOption,
	size: ChartSize,
	{ onClick, onLegend, tooltipHost }: LiveChartHandlers
): LiveChart {
	const echarts = loadECharts();
	const chart = echarts.init(element, CHART_THEME, {
		renderer: 'svg',
		width: size.width,
		height: size.height
	});
	chart.setOption(liveOption(option, tooltipHost));
	chart.on('click', (params) => {
		if (typeof params.seriesIndex === 'number' && typeof params.dataIndex === 'number') {
			onClick(params.seriesIndex, params.dataIndex);
		}
	});
	chart.on('legendselectchanged', (params) => {
		// A legend click selects its series (e.g. a level) rather than hiding it: show every
		// series again and report the choice.
		const name = (params as { name?: string }).name;
		chart.dispatchAction({ type: 'legendAllSelect' });
		const series = (chart.getOption() as { series?: { name?: string }[] }).series ?? [];
		const index = series.findIndex((s) => s.name === name);
		if (index >= 0) onLegend(index);
	});
	return {
		update(next, nextSize) {
			chart.resize({ width: nextSize.width, height: nextSize.height });
			chart.setOption(liveOption(next, tooltipHost), { notMerge: true });
		},
		dispose() {
			// Undisposed instances leak (≈ 180 KB each): always dispose on destroy.
			chart.dispose();
		}
	};
}
