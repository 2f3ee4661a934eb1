/**
 * The map and the timeline for the deck, drawn by their own embed pages. They are Svelte
 * drawings styled by the site's CSS, not ECharts options, so the home page cannot redraw them
 * itself: it loads each embed in an off-screen, same-origin frame at the slide picture's size,
 * then takes the SVG (styles inlined, as the single-visual export does) and the captions the
 * embed shows. Nothing leaves the site; the frame is removed afterwards.
 */
import type { ThemeName } from '$lib/design/tokens';
import { standaloneSvg } from './dom-exportable';

export interface EmbedPicture {
	title: string;
	description: string;
	source: string;
	svg: string;
	width: number;
	height: number;
}

/** The largest drawn SVG of the embed (the visual, not an icon), or null before it draws. */
function visualSvg(doc: Document): SVGSVGElement | null {
	let best: SVGSVGElement | null = null;
	let bestArea = 0;
	for (const svg of doc.querySelectorAll<SVGSVGElement>('main svg')) {
		const box = svg.getBoundingClientRect();
		if (box.width * box.height > bestArea && svg.viewBox.baseVal?.width) {
			best = svg;
			bestArea = box.width * box.height;
		}
	}
	return best;
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * @param path      the embed, e.g. `/embed/map?theme=light`
 * @param viewport  the frame's CSS size: the layout the embed picks for that width is drawn
 * @param view      true when the path carries a view (`?layers=`) the embed applies once it
 *                  runs: the picture is then taken after the embed marks itself ready, not from
 *                  its prerendered default
 */
export async function embedPicture(
	path: string,
	viewport: { width: number; height: number },
	theme: ThemeName = 'light',
	{ view = false, timeoutMs = 20000 }: { view?: boolean; timeoutMs?: number } = {}
): Promise<EmbedPicture> {
	const frame = document.createElement('iframe');
	frame.setAttribute('aria-hidden', 'true');
	frame.tabIndex = -1;
	frame.style.cssText = `position:fixed;left:-20000px;top:0;width:${viewport.width}px;height:${viewport.height}px;border:0`;
	try {
		const loaded = new Promise<void>((resolve, reject) => {
			frame.addEventListener('load', () => resolve(), { once: true });
			setTimeout(() => reject(new Error(`${path} did not load`)), timeoutMs);
		});
		frame.src = path;
		document.body.append(frame);
		await loaded;
		const doc = frame.contentDocument;
		if (!doc) throw new Error(`${path} is not readable`);
		for (let tries = 0; view && !doc.querySelector('main[data-ready]'); tries++) {
			if (tries * 100 > timeoutMs) throw new Error(`${path} did not start`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		// Drawn at prerender; a frame or two lets late layout (the timeline's columns) settle.
		let svg = visualSvg(doc);
		for (let tries = 0; !svg && tries < 50; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			svg = visualSvg(doc);
		}
		if (!svg) throw new Error(`${path} drew no picture`);
		const foot = doc.querySelector('main .foot');
		const link = text(foot?.querySelector('a') ?? null);
		return {
			title: text(doc.querySelector('main h1')),
			description: text(doc.querySelector('main .desc')),
			source: text(foot).replace(link, '').trim(),
			...standaloneSvg(svg, theme)
		};
	} finally {
		frame.remove();
	}
}
