/**
 * Server-rendered chart SVGs travel beside the component tree, not through it. During
 * prerender a chart stashes what it needs drawn (chart id, rows, layout) and renders an empty
 * placeholder with the request's key; the server hook (src/hooks.server.ts) draws each request
 * with ECharts and puts the SVG into the finished HTML.
 *
 * Why: an SVG string rendered with {@html} would have to exist in the browser too (the
 * hydration payload would carry every chart twice), and drawing inside the component would put
 * ECharts (≈ 190 KB compressed) into every chart page's first-load JavaScript. This module is
 * tiny and safe in the browser; only the hook imports ECharts. An element that Svelte sees as
 * empty keeps the children the HTML gave it, so hydration leaves the server SVG alone.
 */
import type { ChartLayout } from './types';

export interface SvgRequest {
	chartId: string;
	layout: ChartLayout;
	rows: unknown[];
}

const stash = new Map<string, SvgRequest>();

/** FNV-1a, hex: a short, stable key (the same request always gets the same key). */
export function hashKey(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/** Keeps a drawing request for the current page and returns the key its placeholder carries. */
export function stashSvgRequest(request: SvgRequest): string {
	const key = hashKey(JSON.stringify(request));
	stash.set(key, request);
	return key;
}

const PLACEHOLDER = /(<div [^>]*data-svg-key="([0-9a-f]{8})"[^>]*>)(<\/div>)/g;

/** Fills every placeholder in a page's HTML with the SVG `draw` makes for its request. */
export function inlineStashedSvgs(html: string, draw: (request: SvgRequest) => string): string {
	return html.replace(PLACEHOLDER, (match, open: string, key: string, close: string) => {
		const request = stash.get(key);
		return request === undefined ? match : `${open}${draw(request)}${close}`;
	});
}
