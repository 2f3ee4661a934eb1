import type { Handle } from '@sveltejs/kit';
import { inlineStashedSvgs } from '$lib/charts/server-svg';
import { drawChartRequest } from '$lib/server/draw-chart';

/** Charts are drawn at prerender and inlined into the HTML here (see server-svg.ts for why). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => inlineStashedSvgs(html, drawChartRequest)
	});
