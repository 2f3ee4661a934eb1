import type { Handle } from '@sveltejs/kit';
import { inlineStashedSvgs } from '$lib/charts/server-svg';
import { drawChartRequest } from '$lib/server/draw-chart';

/**
 * Charts are drawn at prerender and inlined into the HTML here (see server-svg.ts for why).
 * No <link rel="modulepreload"> in the head: some twenty of them would be fetched before the
 * text, and the page is readable without JavaScript (charts are server SVG). The scripts load
 * when the body's start script imports them, after the text.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => inlineStashedSvgs(html, drawChartRequest),
		preload: ({ type }) => type !== 'js'
	});
