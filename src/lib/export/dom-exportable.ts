/**
 * An `Exportable` for an SVG drawn by Svelte (the map, the timeline). Its look comes from the
 * page's CSS, which a standalone file does not have, so the export copies each element's
 * computed paint and text styles onto the copy, under the chosen theme.
 */
import type { ThemeName } from '$lib/design/tokens';
import type { Exportable } from './exportable';

const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linejoin',
	'stroke-linecap',
	'paint-order',
	'opacity',
	'font-size',
	'font-weight',
	'font-family',
	'text-anchor',
	'dominant-baseline',
	'display',
	'visibility'
] as const;

/**
 * Chromium reports colours made with color-mix() as `color(srgb r g b / a)`, which slide
 * software and librsvg do not read: write them as rgb()/rgba().
 */
export function legacyColours(css: string): string {
	return css.replace(
		/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/g,
		(_, r: string, g: string, b: string, a: string | undefined) => {
			const [R, G, B] = [r, g, b].map((v) => Math.round(Number(v) * 255));
			return a === undefined ? `rgb(${R}, ${G}, ${B})` : `rgba(${R}, ${G}, ${B}, ${Number(a)})`;
		}
	);
}

/**
 * Computes styles with the page temporarily in `theme`, within one task (nothing repaints).
 * Reads the SVG's own document, so an SVG in a same-origin frame (the deck's map) works too.
 */
export function inlineComputedStyles(svg: SVGSVGElement, theme: ThemeName): SVGSVGElement {
	const root = svg.ownerDocument.documentElement;
	const view = svg.ownerDocument.defaultView ?? window;
	const previous = root.dataset.theme;
	root.dataset.theme = theme;
	try {
		const copy = svg.cloneNode(true) as SVGSVGElement;
		const originals = [svg, ...svg.querySelectorAll('*')];
		const copies = [copy, ...copy.querySelectorAll('*')];
		originals.forEach((el, i) => {
			const target = copies[i];
			// Not `instanceof Element`: an SVG in a frame has the frame's Element class.
			if (target?.nodeType !== 1) return;
			const computed = view.getComputedStyle(el);
			const declarations = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`);
			target.setAttribute('style', legacyColours(declarations.join(';')));
			target.removeAttribute('class');
			target.removeAttribute('tabindex');
		});
		copy.setAttribute('color', view.getComputedStyle(svg).color);
		return copy;
	} finally {
		if (previous === undefined) delete root.dataset.theme;
		else root.dataset.theme = previous;
	}
}

/** A drawn SVG as a standalone file: its styles inlined under `theme`, with a viewBox. */
export function standaloneSvg(
	element: SVGSVGElement,
	theme: ThemeName
): { svg: string; width: number; height: number } {
	const copy = inlineComputedStyles(element, theme);
	const box = element.viewBox.baseVal;
	const width = box?.width || element.clientWidth;
	const height = box?.height || element.clientHeight;
	if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return { svg: new XMLSerializer().serializeToString(copy), width, height };
}

export function domExportable(options: {
	id: string;
	title: string;
	description: string;
	source: string;
	svgElement: () => SVGSVGElement | null;
	csv: () => Promise<string>;
	embedPath: string;
	slidePicture?: Exportable['slidePicture'];
	slideViews?: Exportable['slideViews'];
	slideDescription?: Exportable['slideDescription'];
}): Exportable {
	return {
		id: options.id,
		title: options.title,
		description: options.description,
		source: options.source,
		fileStem: options.id,
		embedPath: options.embedPath,
		csv: options.csv,
		slidePicture: options.slidePicture,
		slideViews: options.slideViews,
		slideDescription: options.slideDescription,
		async svg(theme) {
			const element = options.svgElement();
			if (!element) throw new Error(`No SVG to export for ${options.id}`);
			return standaloneSvg(element, theme);
		}
	};
}
