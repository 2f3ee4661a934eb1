/**
 * The one ECharts import site. Only the parts the dashboard uses are registered, so bundles
 * stay tree-shaken. Server rendering (render-svg.ts) and the lazy browser runtime
 * (Chart.svelte) both go through `loadECharts`, which registers the parts on first use.
 */
import * as core from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapPiecewiseComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/** ECharts core with our charts, components and the SVG renderer registered. */
export function loadECharts(): typeof core {
	if (!registered) {
		core.use([
			BarChart,
			HeatmapChart,
			AriaComponent,
			GridComponent,
			LegendComponent,
			MarkLineComponent,
			TooltipComponent,
			VisualMapPiecewiseComponent,
			SVGRenderer
		]);
		// Text is measured the same way at prerender and in the browser, so a live chart lays
		// out exactly as the server SVG it replaces (same truncations, same grid). Node has no
		// canvas, and zrender then estimates widths from its own table of glyph widths; in the
		// browser it would measure with a canvas and the real font, and labels and plot would
		// move on the first hover. Without a canvas, the browser takes the same estimate. (The
		// SVG renderer needs a canvas for nothing else.)
		core.setPlatformAPI({ createCanvas: () => null as unknown as HTMLCanvasElement });
		registered = true;
	}
	return core;
}

export type { EChartsCoreOption as ChartOption, ECharts } from 'echarts/core';
