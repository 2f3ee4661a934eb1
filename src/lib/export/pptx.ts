/**
 * PowerPoint export, made in the browser. pptxgenjs is loaded only when someone asks for a
 * deck. A slide holds the title, the chart (native and editable when it has a native form,
 * otherwise a 2× PNG), and the source line.
 */
import type { NativeChart } from './native-chart';

export interface SlideSpec {
	title: string;
	subtitle: string;
	source: string;
	native?: NativeChart;
	/** PNG data URL, used when there is no native chart. */
	image?: { dataUrl: string; width: number; height: number };
}

function reversed(chart: NativeChart): NativeChart {
	return {
		...chart,
		labels: [...chart.labels].reverse(),
		series: chart.series.map((s) => ({ ...s, values: [...s.values].reverse() }))
	};
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** Slide geometry in inches (16:9, 13.33 × 7.5). */
const SLIDE = { w: 13.333, h: 7.5, pad: 0.5 };

export async function buildDeck(slides: SlideSpec[]): Promise<Blob> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title =
		slides.length === 1 ? (slides[0]?.title ?? '') : 'Viet Nam–EU Partnership in figures';
	const chartBox = { x: SLIDE.pad, y: 1.55, w: SLIDE.w - 2 * SLIDE.pad, h: 5.2 };
	for (const spec of slides) {
		const slide = pptx.addSlide();
		slide.addText(spec.title, {
			x: SLIDE.pad,
			y: 0.3,
			w: chartBox.w,
			h: 0.7,
			fontSize: 28,
			bold: true,
			color: '1A1D23'
		});
		slide.addText(spec.subtitle, {
			x: SLIDE.pad,
			y: 0.95,
			w: chartBox.w,
			h: 0.55,
			fontSize: 14,
			color: '545B66'
		});
		if (spec.native) {
			// PowerPoint draws a bar chart's first category at the bottom; ours read top-down.
			const c = spec.native.horizontal ? reversed(spec.native) : spec.native;
			slide.addChart(
				pptx.ChartType.bar,
				c.series.map((s) => ({ name: s.name, labels: c.labels, values: s.values })),
				{
					...chartBox,
					barDir: c.horizontal ? 'bar' : 'col',
					barGrouping: c.stacked ? 'stacked' : 'clustered',
					chartColors: c.series.map((s) => hex(s.colour)),
					showLegend: c.series.length > 1,
					legendPos: 't',
					legendFontSize: 11,
					catAxisLabelFontSize: 11,
					valAxisLabelFontSize: 11,
					showValAxisTitle: true,
					valAxisTitle: c.valueTitle,
					valAxisTitleFontSize: 11
				}
			);
		} else if (spec.image) {
			const scale = Math.min(chartBox.w / spec.image.width, chartBox.h / spec.image.height);
			const w = spec.image.width * scale;
			const h = spec.image.height * scale;
			slide.addImage({
				data: spec.image.dataUrl,
				x: chartBox.x + (chartBox.w - w) / 2,
				y: chartBox.y,
				w,
				h
			});
		}
		slide.addText(spec.source, {
			x: SLIDE.pad,
			y: SLIDE.h - 0.6,
			w: chartBox.w,
			h: 0.4,
			fontSize: 10,
			color: '545B66'
		});
	}
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}
