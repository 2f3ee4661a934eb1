/**
 * The interactive chart, loaded only when a reader reaches for a chart (hover, touch): ECharts
 * takes over the box that the server-rendered SVG filled, adds tooltips, follows the box's size
 * and reports clicks. Kept in its own module so ECharts is a separate, lazily loaded chunk.
 */
import { loadECharts, type ChartOption } from './echarts';
import { CHART_THEME } from './theme';

export interface LiveChart {
	update(option: ChartOption): void;
	dispose(): void;
}

export function mountLiveChart(
	element: HTMLElement,
	option: ChartOption,
	onClick: (seriesIndex: number, dataIndex: number) => void,
	onLegend: (seriesIndex: number) => void = () => {}
): LiveChart {
	const echarts = loadECharts();
	const chart = echarts.init(element, CHART_THEME, { renderer: 'svg' });
	const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	chart.setOption({ ...option, animation: !reducedMotion });
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
	const observer = new ResizeObserver(() => chart.resize());
	observer.observe(element);
	return {
		update(next) {
			chart.setOption({ ...next, animation: false }, { notMerge: true });
		},
		dispose() {
			observer.disconnect();
			// Undisposed instances leak (≈ 180 KB each): always dispose on destroy.
			chart.dispose();
		}
	};
}
