/**
 * Server-rendered chart SVGs travel beside the component tree, not through it: a chart
 * renders an empty placeholder element during prerender and stashes its SVG here, and the
 * server hook (src/hooks.server.ts) puts the SVG into the finished HTML.
 *
 * Why: an SVG string rendered with {@html} would have to exist in the browser too (the
 * hydration payload would carry every chart twice), and ECharts would have to be in the
 * page's first-load JavaScript. An element that Svelte sees as empty keeps whatever
 * children the HTML gave it, so hydration leaves the server SVG alone.
 */
const stash = new Map<string, string>();

/** FNV-1a, hex: a short, stable key for an SVG string (same chart → same key). */
function hashKey(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/** Keeps an SVG for the current page and returns the key its placeholder carries. */
export function stashSvg(svg: string): string {
	const key = hashKey(svg);
	stash.set(key, svg);
	return key;
}

const PLACEHOLDER = /(<div [^>]*data-svg-key="([0-9a-f]{8})"[^>]*>)(<\/div>)/g;

/** Fills every placeholder in a page's HTML with its stashed SVG. */
export function inlineStashedSvgs(html: string): string {
	return html.replace(PLACEHOLDER, (match, open: string, key: string, close: string) => {
		const svg = stash.get(key);
		return svg === undefined ? match : `${open}${svg}${close}`;
	});
}
