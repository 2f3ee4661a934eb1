/**
 * A chart as it goes onto a slide: title, subtitle, the chart, and a footer with the source,
 * the date and the address, all in one self-contained SVG (no external fonts, CSS or
 * images), so PowerPoint, Keynote, Google Slides and Inkscape draw it the same way. The PNG
 * export rasterises this same SVG, so both carry the same caption.
 */
import { FONT_STACK, THEMES, type ThemeName } from '$lib/design/tokens';

export type ExportBackground = ThemeName | 'transparent';

export interface Caption {
	title: string;
	subtitle: string;
	source: string;
	/** ISO date the export was made, shown in the footer. */
	date: string;
	/** Address of the view, shown in the footer. */
	url: string;
}

export interface CaptionedSvgInput extends Caption {
	/** The chart's own SVG (with a viewBox). */
	chartSvg: string;
	/** Output size in CSS pixels. */
	width: number;
	height: number;
	background: ExportBackground;
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Greedy word wrap by an average glyph width (≈ 0.55 em for sans-serif text). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
	const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.55)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Colours for a background: text follows the theme; "transparent" uses the light text. */
export function exportColours(background: ExportBackground) {
	const theme = THEMES[background === 'dark' ? 'dark' : 'light'];
	return {
		fill: background === 'transparent' ? 'none' : theme.bg,
		text: theme.fg,
		muted: theme.muted,
		rule: theme.border
	};
}

/**
 * Makes a chart's SVG self-sufficient for slide software: explicit colours instead of
 * `currentColor` (PowerPoint's SVG import does not resolve it reliably) and no <style> block
 * (ECharts puts hover rules there; a file has no hover, and some importers choke on CSS).
 */
export function standaloneChartSvg(chartSvg: string, textColour: string): string {
	return chartSvg
		.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
		.replace(/currentColor/g, textColour);
}

/** Gives the chart's root <svg> a position and size inside the caption, keeping its viewBox. */
function placeChart(chartSvg: string, x: number, y: number, width: number, height: number): string {
	return chartSvg.replace(
		/^<svg\b([^>]*)>/,
		(_, attrs: string) =>
			`<svg${attrs.replace(/\s(width|height|x|y)="[^"]*"/g, '')} x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet">`
	);
}

/**
 * A picture alone on its background, at its own size: a PowerPoint image slide, whose title
 * and source are the slide's own text boxes (no caption strip, no footer rule).
 */
export function pictureSvg(
	chartSvg: string,
	width: number,
	height: number,
	background: ExportBackground = 'light'
): string {
	const colours = exportColours(background);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${colours.text}" font-family="${escapeXml(FONT_STACK)}">`,
		`<rect width="${width}" height="${height}" fill="${colours.fill}"/>`,
		`<g color="${colours.text}">${placeChart(standaloneChartSvg(chartSvg, colours.text), 0, 0, width, height)}</g>`,
		'</svg>'
	].join('\n');
}

/** Where a caption puts its text and its chart: the pure geometry behind `captionedSvg`. */
export interface CaptionLayout {
	pad: number;
	titleSize: number;
	subtitleSize: number;
	footSize: number;
	titleLines: string[];
	subtitleLines: string[];
	footLines: string[];
	/** Baseline of the first subtitle line. */
	subtitleTop: number;
	footTop: number;
	/** The box the chart is drawn into, in the file's pixels. */
	chart: { x: number; y: number; width: number; height: number };
	unit: number;
}

/**
 * @param unit  scale of every caption measure (1 at 1920 px wide); slides pass the larger of
 *              the width and height ratios so a 4:3 slide keeps ≥ 48 px titles.
 */
export function captionLayout(
	caption: Caption,
	width: number,
	height: number,
	unit = width / 1920
): CaptionLayout {
	const pad = Math.round(64 * unit);
	const titleSize = Math.round(48 * unit);
	const subtitleSize = Math.round(28 * unit);
	const footSize = Math.round(20 * unit);
	const textWidth = width - 2 * pad;
	const titleLines = wrapText(caption.title, titleSize, textWidth).slice(0, 2);
	const subtitleLines = wrapText(caption.subtitle, subtitleSize, textWidth).slice(0, 3);
	// Only the parts that exist: an empty date or address leaves no stray "·".
	const foot = [caption.source, caption.date, caption.url].filter(Boolean).join(' · ');
	const footLines = wrapText(foot, footSize, textWidth).slice(0, 4);
	let y = pad + titleSize + titleLines.length * Math.round(titleSize * 1.2);
	y += Math.round(subtitleSize * 0.2);
	const subtitleTop = y;
	y += subtitleLines.length * Math.round(subtitleSize * 1.3);
	const footHeight = footLines.length * Math.round(footSize * 1.4);
	const footTop = height - pad - footHeight;
	const chartTop = y + Math.round(12 * unit);
	const chartBottom = footLines.length ? footTop - Math.round(24 * unit) : height - pad;
	return {
		pad,
		titleSize,
		subtitleSize,
		footSize,
		titleLines,
		subtitleLines,
		footLines,
		subtitleTop,
		footTop,
		chart: { x: pad, y: chartTop, width: textWidth, height: Math.max(10, chartBottom - chartTop) },
		unit
	};
}

export function captionedSvg(input: CaptionedSvgInput, unit?: number): string {
	const { width, height } = input;
	const layout = captionLayout(input, width, height, unit);
	const { pad, titleSize, subtitleSize, footSize, footTop } = layout;
	const colours = exportColours(input.background);

	let y = pad + titleSize;
	const parts: string[] = [];
	for (const line of layout.titleLines) {
		parts.push(
			`<text x="${pad}" y="${y}" font-size="${titleSize}" font-weight="700" fill="${colours.text}">${escapeXml(line)}</text>`
		);
		y += Math.round(titleSize * 1.2);
	}
	y = layout.subtitleTop;
	for (const line of layout.subtitleLines) {
		parts.push(
			`<text x="${pad}" y="${y}" font-size="${subtitleSize}" fill="${colours.muted}">${escapeXml(line)}</text>`
		);
		y += Math.round(subtitleSize * 1.3);
	}
	const box = layout.chart;
	const chart = placeChart(
		standaloneChartSvg(input.chartSvg, colours.text),
		box.x,
		box.y,
		box.width,
		box.height
	);
	const footer = layout.footLines.map(
		(line, i) =>
			`<text x="${pad}" y="${footTop + footSize + i * Math.round(footSize * 1.4)}" font-size="${footSize}" fill="${colours.muted}">${escapeXml(line)}</text>`
	);
	const ruleY = footTop - Math.round(12 * layout.unit);
	// A picture without a footer (a slide's image) gets no rule either.
	const rule = footer.length
		? [
				`<line x1="${pad}" x2="${width - pad}" y1="${ruleY}" y2="${ruleY}" stroke="${colours.rule}" stroke-width="${Math.max(1, Math.round(layout.unit))}"/>`
			]
		: [];

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${colours.text}" font-family="${escapeXml(FONT_STACK)}">`,
		`<title>${escapeXml(input.title)}</title>`,
		`<rect width="${width}" height="${height}" fill="${colours.fill}"/>`,
		...parts,
		`<g color="${colours.text}">${chart}</g>`,
		...rule,
		...footer,
		'</svg>'
	].join('\n');
}
