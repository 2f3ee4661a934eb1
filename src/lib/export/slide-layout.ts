/**
 * Slide layouts: a registered chart drawn for a projector, not the web layout shrunk. The same
 * layout serves the PNG and SVG "slide" exports and the PowerPoint image slides, so a label
 * has one size everywhere a slide goes: title ≥ 48 px, axis and data labels ≥ 24 px, legend
 * ≥ 22 px and source ≥ 18 px on a 1920×1080 (or 1600×1200) canvas.
 *
 * Pure: options in, options out. ECharts is only needed to draw the result (render-svg.ts).
 */
import type { ChartOption } from '$lib/charts/echarts';
import { CHART_FONT_SIZE } from '$lib/charts/theme';
import { captionLayout, type Caption, type CaptionLayout } from './captioned-svg';

export interface SlideSize {
	width: number;
	height: number;
}

/** 16:9 (the default) and 4:3, in CSS pixels. */
export const SLIDE_SIZES = {
	wide: { width: 1920, height: 1080 },
	standard: { width: 1600, height: 1200 }
} as const satisfies Record<string, SlideSize>;

/** Text sizes on a slide, in pixels of the 1920-wide canvas. */
export const SLIDE_FONTS = { axis: 24, data: 24, legend: 24 } as const;

/** Web-layout geometry (label columns, bar widths, legend keys) grows with the text. */
const GROW = SLIDE_FONTS.axis / CHART_FONT_SIZE;

/**
 * Caption measures for a slide. The unit is the larger of the width and height ratios to
 * 1920×1080, so the 4:3 slide (1600 wide) keeps a 48 px title rather than shrinking to 40.
 */
export function slideCaptionLayout(caption: Caption, size: SlideSize): CaptionLayout {
	const unit = Math.max(size.width / 1920, size.height / 1080);
	return captionLayout(caption, size.width, size.height, unit);
}

/** Space between an axis and its name (ECharts' default of 15 px, grown). */
const NAME_GAP = Math.round(15 * GROW);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);
const grow = (v: unknown) => (typeof v === 'number' ? Math.round(v * GROW) : v);

function growFields(o: Obj, keys: string[]): Obj {
	const out: Obj = { ...o };
	for (const key of keys) if (key in o) out[key] = grow(o[key]);
	return out;
}

function slideAxis(axis: Obj): Obj {
	const label = isObj(axis.axisLabel) ? axis.axisLabel : {};
	const name = isObj(axis.nameTextStyle) ? axis.nameTextStyle : {};
	return {
		...axis,
		axisLabel: { ...growFields(label, ['width', 'margin']), fontSize: SLIDE_FONTS.axis },
		nameTextStyle: { ...name, fontSize: SLIDE_FONTS.axis },
		nameGap: typeof axis.nameGap === 'number' ? grow(axis.nameGap) : NAME_GAP
	};
}

/** A label (series or mark line) at the data-label size; its other settings kept. */
function slideLabel(label: unknown): Obj | undefined {
	return isObj(label) ? { ...label, fontSize: SLIDE_FONTS.data } : undefined;
}

function slideSeries(series: Obj): Obj {
	const out = growFields(series, ['barMaxWidth', 'barWidth']);
	if (series.label !== undefined) out.label = slideLabel(series.label);
	if (isObj(series.markLine)) {
		const mark = series.markLine;
		out.markLine = {
			...mark,
			label: { ...(slideLabel(mark.label) ?? {}), fontSize: SLIDE_FONTS.data },
			lineStyle: isObj(mark.lineStyle) ? { ...mark.lineStyle, width: 2 } : mark.lineStyle
		};
	}
	if (Array.isArray(series.data)) {
		// Per-item labels (the heatmap's contrast colours) keep their colour, at the slide size.
		out.data = series.data.map((d) =>
			isObj(d) && isObj(d.label) ? { ...d, label: slideLabel(d.label) } : d
		);
	}
	return out;
}

function slideLegend(legend: Obj): Obj {
	const text = isObj(legend.textStyle) ? legend.textStyle : {};
	return {
		...growFields(legend, ['itemWidth', 'itemHeight', 'itemGap']),
		textStyle: { ...text, fontSize: SLIDE_FONTS.legend }
	};
}

/** Keeps an axis as the option had it: one object, or an array of them. */
const mapAxes = (axes: unknown, f: (a: Obj) => Obj) =>
	Array.isArray(axes) ? list(axes).map(f) : isObj(axes) ? f(axes) : axes;

/**
 * A chart's web option (wide layout) redrawn at slide sizes: every text at least
 * `SLIDE_FONTS`, the label columns, bar widths and legend keys grown by the same factor so the
 * larger text still fits its space. The chart's data, colours and formatters are untouched.
 */
export function slideChartOption(option: ChartOption): ChartOption {
	const o = option as Obj;
	const out: Obj = {
		...o,
		textStyle: { ...(isObj(o.textStyle) ? o.textStyle : {}), fontSize: SLIDE_FONTS.axis },
		xAxis: mapAxes(o.xAxis, slideAxis),
		yAxis: mapAxes(o.yAxis, slideAxis),
		series: list(o.series).map(slideSeries)
	};
	if (o.grid !== undefined) {
		// An axis name at the end of the value axis ("clauses") sits right of the grid: keep
		// room for it at the slide size (≈ 0.6 em a character) so it is not cut at the edge.
		const name = list(o.xAxis).find((a) => typeof a.name === 'string')?.name as string | undefined;
		const nameRoom = name ? Math.ceil(name.length * 0.6 * SLIDE_FONTS.axis) + NAME_GAP + 8 : 0;
		out.grid = mapAxes(o.grid, (g) => {
			const grown = growFields(g, ['left', 'right', 'top', 'bottom']);
			const right = typeof grown.right === 'number' ? grown.right : 0;
			return { ...grown, right: Math.max(right, nameRoom) };
		});
	}
	if (o.legend !== undefined) out.legend = mapAxes(o.legend, slideLegend);
	// No tooltips on a picture; a slide is never hovered.
	out.tooltip = { show: false };
	return out as ChartOption;
}
