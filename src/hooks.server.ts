import type { Handle } from '@sveltejs/kit';
import { inlineStashedSvgs } from '$lib/charts/server-svg';
import { drawChartRequest } from '$lib/server/draw-chart';
import { withoutInlinedPageData } from '$lib/server/page-data-inline';
import { startAfterFirstPaint } from '$lib/server/start-after-paint';

/**
 * Charts are drawn at prerender and inlined into the HTML here (see server-svg.ts for why).
 * No <link rel="modulepreload"> in the head: some twenty of them would be fetched before the
 * text, and the page is readable without JavaScript (charts are server SVG). The scripts load
 * when the body's start script imports them, after the first paint (start-after-paint.ts), and
 * the page's data with them: it is taken out of the HTML (page-data-inline.ts, $lib/page-data.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			startAfterFirstPaint(withoutInlinedPageData(inlineStashedSvgs(html, drawChartRequest))),
		preload: ({ type }) => type !== 'js'
	});
