/**
 * Server-side rendering of a chart option to an SVG string (ECharts SSR). Used at prerender
 * so charts paint without JavaScript. The SVG keeps SSR metadata (series and data index on
 * each mark) so that `echarts/ssr/client` can route the first clicks without loading ECharts.
 */
import { loadECharts, type ChartOption } from './echarts';
import { CHART_THEME } from './theme';

export interface ChartSize {
	width: number;
	height: number;
}

/**
 * ECharts names hover-style classes `zr<instance>-cls-<n>` from process-wide counters, so the
 * same chart gets different names depending on what was rendered before. Renumber them in
 * order of appearance under the chart's own prefix: builds are byte-identical, and two charts
 * on one page never share (and restyle) each other's classes.
 */
export function stableClassNames(svg: string, prefix: string): string {
	const names = new Map<string, string>();
	return svg.replace(/\bzr\d+-cls-\d+\b/g, (name) => {
		let stable = names.get(name);
		if (!stable) {
			stable = `${prefix}-${names.size}`;
			names.set(name, stable);
		}
		return stable;
	});
}

/**
 * @param prefix  unique per SVG on a page (e.g. `commitments-by-chapter-wide`): ECharts' hover
 *                styles are class rules inside the SVG, and two charts must not share them.
 */
export function renderChartSvg(option: ChartOption, size: ChartSize, prefix: string): string {
	const echarts = loadECharts();
	const chart = echarts.init(null, CHART_THEME, {
		renderer: 'svg',
		ssr: true,
		width: size.width,
		height: size.height
	});
	try {
		chart.setOption({ ...option, animation: false });
		return (
			stableClassNames(chart.renderToSVGString({ useViewBox: true }), prefix)
				// The box scales with its container: drop fixed pixel sizes, keep the viewBox.
				.replace(/^<svg width="\d+" height="\d+"/, '<svg')
		);
	} finally {
		// An undisposed SSR instance keeps prerendering alive and leaks memory.
		chart.dispose();
	}
}
