/**
 * Draws a stashed chart request (see $lib/charts/server-svg.ts) with ECharts' server-side
 * renderer. Server only: this is where ECharts runs at prerender.
 */
import { CHARTS, STATEMENT_CHARTS } from '$lib/charts/registry';
import { renderChartSvg } from '$lib/charts/render-svg';
import type { SvgRequest } from '$lib/charts/server-svg';

export function drawChartRequest(request: SvgRequest): string {
	const chart = CHARTS[request.chartId] ?? STATEMENT_CHARTS[request.chartId];
	if (!chart) throw new Error(`No registered chart ${request.chartId} to draw`);
	const size = chart.sizes(request.rows)[request.layout];
	const option = chart.option(request.rows, { compact: request.layout === 'compact' });
	return renderChartSvg(option, size, `${chart.id}-${request.layout}`);
}
