/**
 * PowerPoint export, made in the browser (and in unit tests under Node). pptxgenjs is loaded
 * only when someone asks for a deck. A chart slide holds the title, subtitle and source in the
 * slide's own text boxes, the chart (a native, editable chart or table where PowerPoint has
 * the type, otherwise the picture from the visual's slide layout), and speaker notes.
 *
 * Sizes are in points on a 13.333 in × 7.5 in slide: 1 pt there is 2 px of the 1920×1080
 * slide layouts, so 12 pt labels are the layouts' 24 px.
 */
import { truncateLabel } from '$lib/format/chapters';
import type { NativeChart, NativeTable } from './native-chart';

export interface SlideSpec {
	title: string;
	subtitle: string;
	source: string;
	/** Speaker notes: what the chart shows and where it comes from. */
	notes: string;
	native?: NativeChart;
	table?: NativeTable;
	/** PNG data URL of the slide layout's picture, used when there is no native form. */
	image?: { dataUrl: string; width: number; height: number };
}

export interface DeckOptions {
	/** A title slide before the charts. */
	cover?: { title: string; subtitle: string };
	/** A closing slide listing every source line once. */
	sources?: { title: string; lines: string[] };
}

/** Slide geometry in inches (16:9, 13.333 × 7.5). */
export const SLIDE = { w: 13.333, h: 7.5, pad: 0.5 };
/** Where the chart goes, in inches: the image slides' pictures are drawn for this box. */
export const CHART_BOX = { x: SLIDE.pad, y: 1.6, w: SLIDE.w - 2 * SLIDE.pad, h: 5.05 };
/** Pixels of the 1920-wide slide layouts per inch of slide. */
export const PX_PER_INCH = 1920 / SLIDE.w;

/** Text sizes in points (≥ 12 pt = 24 px of the slide layouts for anything on a chart). */
export const DECK_FONTS = {
	title: 28,
	subtitle: 15,
	axis: 14,
	data: 12,
	legend: 14,
	table: 12,
	source: 10
} as const;

/** One of the theme's fonts that every slide program has. */
const FONT = 'Arial';
const INK = '1A1D23';
const MUTED = '545B66';

/**
 * The native plot area as a share of the chart frame (pptxgenjs' manual "inner" layout), fixed
 * so a reference line can be drawn at its value: left room for the category names, top for
 * the legend.
 */
export const PLOT = { x: 0.3, y: 0.1, w: 0.66, h: 0.78 };

/** A native category label: short enough for the label column at 14 pt. */
const CATEGORY_CHARS = 34;

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

function reversed(chart: NativeChart): NativeChart {
	return {
		...chart,
		labels: [...chart.labels].reverse(),
		series: chart.series.map((s) => ({
			...s,
			values: [...s.values].reverse(),
			...(s.pointColours ? { pointColours: [...s.pointColours].reverse() } : {})
		}))
	};
}

/**
 * The colours PowerPoint is given: one per series, or one per bar for a lone series that has
 * them (pptxgenjs then writes a colour for each data point).
 */
export function barColours(chart: NativeChart): string[] {
	const lone = chart.series.length === 1 ? chart.series[0] : undefined;
	return (lone?.pointColours ?? chart.series.map((s) => s.colour)).map(hex);
}

/**
 * A stack's segment narrower than this share of the value axis is drawn without its number,
 * which would not fit inside it and would run into its neighbours' (the table and the notes
 * still give every count).
 */
export const MIN_LABELLED_SHARE = 0.03;

/**
 * The number format of the data labels: zeros left bare, as on the web, and on stacks the
 * segments too narrow for their number (a conditional format, which PowerPoint applies per bar).
 */
export function dataLabelFormat(chart: NativeChart, decimals: boolean): string {
	const digits = decimals ? '0.0' : '0';
	if (!chart.stacked || !chart.axis) return `${digits};;;`;
	const least = Number((chart.axis.max * MIN_LABELLED_SHARE).toFixed(2));
	return `[<${least}]"";${digits}`;
}

/** Where the reference line of `chart` falls, in inches, or undefined without one. */
export function referenceLineX(chart: NativeChart): number | undefined {
	if (!chart.reference || !chart.axis || !chart.horizontal) return undefined;
	const share = chart.reference.value / chart.axis.max;
	return CHART_BOX.x + (PLOT.x + PLOT.w * share) * CHART_BOX.w;
}

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type Slide = ReturnType<Pptx['addSlide']>;

function addNativeChart(pptx: Pptx, slide: Slide, native: NativeChart) {
	// PowerPoint draws a bar chart's first category at the bottom; ours read top-down.
	const c = native.horizontal ? reversed(native) : native;
	const decimals = c.series.some((s) => s.values.some((v) => !Number.isInteger(v)));
	slide.addChart(
		pptx.ChartType.bar,
		c.series.map((s) => ({
			name: s.name,
			labels: c.labels.map((l) => truncateLabel(l, CATEGORY_CHARS)),
			values: s.values
		})),
		{
			...CHART_BOX,
			layout: PLOT,
			barDir: c.horizontal ? 'bar' : 'col',
			barGrouping: c.stacked ? 'stacked' : 'clustered',
			barGapWidthPct: 40,
			chartColors: barColours(c),
			showLegend: c.series.length > 1,
			legendPos: 't',
			legendFontSize: DECK_FONTS.legend,
			legendFontFace: FONT,
			catAxisLabelFontSize: DECK_FONTS.axis,
			catAxisLabelFontFace: FONT,
			valAxisLabelFontSize: DECK_FONTS.axis,
			valAxisLabelFontFace: FONT,
			...(c.axis
				? { valAxisMinVal: 0, valAxisMaxVal: c.axis.max, valAxisMajorUnit: c.axis.step }
				: {}),
			valGridLine: { color: 'E3E5E8', size: 0.75 },
			showValAxisTitle: true,
			valAxisTitle: c.valueTitle,
			valAxisTitleFontSize: DECK_FONTS.axis,
			valAxisTitleFontFace: FONT,
			// Numbers inside the segments (stacks) or at the bar ends; zeros left bare, as on the web.
			showValue: true,
			dataLabelPosition: c.stacked ? 'ctr' : 'outEnd',
			dataLabelFormatCode: dataLabelFormat(c, decimals),
			dataLabelFontSize: DECK_FONTS.data,
			dataLabelFontFace: FONT,
			dataLabelColor: INK
		}
	);
	const x = referenceLineX(c);
	if (x !== undefined && c.reference) {
		// The web chart's dashed average line, over the plot area (drawn as a shape: a bar chart
		// has no mark lines in PowerPoint).
		const top = CHART_BOX.y + PLOT.y * CHART_BOX.h;
		const height = PLOT.h * CHART_BOX.h;
		slide.addShape(pptx.ShapeType.line, {
			x,
			y: top,
			w: 0,
			h: height,
			line: { color: INK, width: 1.5, dashType: 'dash' }
		});
		slide.addText(c.reference.label, {
			x: x - 1,
			y: top - 0.4,
			w: 2,
			h: 0.36,
			align: 'center',
			fontSize: DECK_FONTS.data,
			fontFace: FONT,
			color: INK
		});
	}
}

/**
 * A table's columns are chapters ("3 · Peace, …", and "Preamble") or named things (statements,
 * "US–Viet Nam 2025"): chapters are headed by their number, whose names the notes give.
 */
const isChapterColumn = (column: string) => /^\d+ · /.test(column) || column === 'Preamble';

/** A column's header: a chapter's number ("3", "Pre."), else its name, wrapped in its cell. */
export function columnKey(column: string): string {
	if (!isChapterColumn(column)) return column;
	const [head = column] = column.split(' · ');
	return /^\d+$/.test(head) ? head : `${head.slice(0, 3)}.`;
}

function addTable(slide: Slide, table: NativeTable) {
	const labelWidth = 2.7;
	const cellWidth = (CHART_BOX.w - labelWidth) / table.columns.length;
	const chapters = table.columns.every(isChapterColumn);
	// Named columns take two lines of header; the rows share what is left of the box.
	const headerHeight = chapters ? CHART_BOX.h / (table.rows.length + 1) : 0.5;
	const rowHeight = (CHART_BOX.h - headerHeight) / table.rows.length;
	const border = { type: 'solid' as const, pt: 0.5, color: 'C9CDD3' };
	const text = { fontSize: DECK_FONTS.table, fontFace: FONT, margin: 0.02, border };
	slide.addTable(
		[
			[
				{
					text: `Sector \\ ${chapters ? 'chapter' : 'statement'}`,
					options: { ...text, bold: true, color: MUTED }
				},
				// The column's number (or "Pre." for the preamble): the full names are in the notes.
				...table.columns.map((c) => ({
					text: columnKey(c),
					options: { ...text, bold: true, align: 'center' as const, color: MUTED }
				}))
			],
			...table.rows.map((row) => [
				{ text: row.label, options: { ...text, color: INK } },
				...row.cells.map((cell) => ({
					text: cell.text,
					options: {
						...text,
						align: 'center' as const,
						color: hex(cell.colour),
						...(cell.fill ? { fill: { color: hex(cell.fill) } } : {})
					}
				}))
			])
		],
		{
			x: CHART_BOX.x,
			y: CHART_BOX.y,
			w: CHART_BOX.w,
			colW: [labelWidth, ...table.columns.map(() => cellWidth)],
			rowH: [headerHeight, ...table.rows.map(() => rowHeight)],
			valign: 'middle'
		}
	);
}

function addChartSlide(pptx: Pptx, spec: SlideSpec) {
	const slide = pptx.addSlide();
	const width = SLIDE.w - 2 * SLIDE.pad;
	slide.addText(spec.title, {
		x: SLIDE.pad,
		y: 0.3,
		w: width,
		h: 0.7,
		fontSize: DECK_FONTS.title,
		fontFace: FONT,
		bold: true,
		color: INK
	});
	slide.addText(spec.subtitle, {
		x: SLIDE.pad,
		y: 0.95,
		w: width,
		h: 0.62,
		fontSize: DECK_FONTS.subtitle,
		fontFace: FONT,
		color: MUTED,
		valign: 'top'
	});
	if (spec.native) addNativeChart(pptx, slide, spec.native);
	else if (spec.table) addTable(slide, spec.table);
	else if (spec.image) {
		const scale = Math.min(CHART_BOX.w / spec.image.width, CHART_BOX.h / spec.image.height);
		const w = spec.image.width * scale;
		const h = spec.image.height * scale;
		slide.addImage({
			data: spec.image.dataUrl,
			x: CHART_BOX.x + (CHART_BOX.w - w) / 2,
			y: CHART_BOX.y,
			w,
			h
		});
	}
	slide.addText(spec.source, {
		x: SLIDE.pad,
		y: SLIDE.h - 0.78,
		w: width,
		h: 0.6,
		fontSize: DECK_FONTS.source,
		fontFace: FONT,
		color: MUTED,
		valign: 'bottom'
	});
	slide.addNotes(spec.notes);
}

export async function buildDeck(slides: SlideSpec[], options: DeckOptions = {}): Promise<Blob> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
	pptx.title = options.cover?.title ?? slides[0]?.title ?? '';
	if (options.cover) {
		const slide = pptx.addSlide();
		slide.addText(options.cover.title, {
			x: SLIDE.pad,
			y: 2.4,
			w: SLIDE.w - 2 * SLIDE.pad,
			h: 1.4,
			fontSize: 40,
			fontFace: FONT,
			bold: true,
			color: INK
		});
		slide.addText(options.cover.subtitle, {
			x: SLIDE.pad,
			y: 3.9,
			w: SLIDE.w - 2 * SLIDE.pad,
			h: 1,
			fontSize: 20,
			fontFace: FONT,
			color: MUTED,
			valign: 'top'
		});
	}
	for (const spec of slides) addChartSlide(pptx, spec);
	if (options.sources) {
		const slide = pptx.addSlide();
		slide.addText(options.sources.title, {
			x: SLIDE.pad,
			y: 0.3,
			w: SLIDE.w - 2 * SLIDE.pad,
			h: 0.7,
			fontSize: DECK_FONTS.title,
			fontFace: FONT,
			bold: true,
			color: INK
		});
		slide.addText(
			options.sources.lines.map((line) => ({
				text: line,
				options: { bullet: true, breakLine: true }
			})),
			{
				x: SLIDE.pad,
				y: 1.2,
				w: SLIDE.w - 2 * SLIDE.pad,
				h: SLIDE.h - 1.7,
				fontSize: 16,
				fontFace: FONT,
				color: INK,
				valign: 'top',
				paraSpaceAfter: 8
			}
		);
	}
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}
