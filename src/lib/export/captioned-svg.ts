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

export function captionedSvg(input: CaptionedSvgInput): string {
	const { width, height } = input;
	const unit = width / 1920; // all measures scale with the output width
	const pad = Math.round(64 * unit);
	const titleSize = Math.round(48 * unit);
	const subtitleSize = Math.round(28 * unit);
	const footSize = Math.round(20 * unit);
	const colours = exportColours(input.background);
	const textWidth = width - 2 * pad;

	const titleLines = wrapText(input.title, titleSize, textWidth).slice(0, 2);
	const subtitleLines = wrapText(input.subtitle, subtitleSize, textWidth).slice(0, 3);
	const footLines = wrapText(
		`${input.source} · ${input.date} · ${input.url}`,
		footSize,
		textWidth
	).slice(0, 4);

	let y = pad + titleSize;
	const parts: string[] = [];
	for (const line of titleLines) {
		parts.push(
			`<text x="${pad}" y="${y}" font-size="${titleSize}" font-weight="700" fill="${colours.text}">${escapeXml(line)}</text>`
		);
		y += Math.round(titleSize * 1.2);
	}
	y += Math.round(subtitleSize * 0.2);
	for (const line of subtitleLines) {
		parts.push(
			`<text x="${pad}" y="${y}" font-size="${subtitleSize}" fill="${colours.muted}">${escapeXml(line)}</text>`
		);
		y += Math.round(subtitleSize * 1.3);
	}
	const footHeight = footLines.length * Math.round(footSize * 1.4);
	const footTop = height - pad - footHeight;
	const chartTop = y + Math.round(12 * unit);
	const chartHeight = Math.max(10, footTop - Math.round(24 * unit) - chartTop);
	const chart = placeChart(
		standaloneChartSvg(input.chartSvg, colours.text),
		pad,
		chartTop,
		textWidth,
		chartHeight
	);
	const footer = footLines.map(
		(line, i) =>
			`<text x="${pad}" y="${footTop + footSize + i * Math.round(footSize * 1.4)}" font-size="${footSize}" fill="${colours.muted}">${escapeXml(line)}</text>`
	);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" color="${colours.text}" font-family="${escapeXml(FONT_STACK)}">`,
		`<title>${escapeXml(input.title)}</title>`,
		`<rect width="${width}" height="${height}" fill="${colours.fill}"/>`,
		...parts,
		`<g color="${colours.text}">${chart}</g>`,
		`<line x1="${pad}" x2="${width - pad}" y1="${footTop - Math.round(12 * unit)}" y2="${footTop - Math.round(12 * unit)}" stroke="${colours.rule}" stroke-width="${Math.max(1, Math.round(unit))}"/>`,
		...footer,
		'</svg>'
	].join('\n');
}
