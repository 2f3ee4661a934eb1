/**
 * Slide layouts measured in the file they produce: every registered chart is drawn with
 * ECharts' SVG renderer at its slide box, placed in the caption, and each text's size read
 * back out of the SVG (the chart is placed at scale 1, so its pixels are the slide's).
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { CHARTS, meanLevelByChapter } from '$lib/charts/registry';
import { renderChartSvg } from '$lib/charts/render-svg';
import { loadDashboardData } from '$lib/server/data';
import { captionedSvg } from './captioned-svg';
import { SLIDE_FONTS, SLIDE_SIZES, slideCaptionLayout, slideChartOption } from './slide-layout';

const data = loadDashboardData();

/** Every text size in an SVG: attributes (the caption) and ECharts' inline styles (the chart). */
function textSizes(svg: string): { caption: number[]; chart: number[] } {
	const caption = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
	const chart = [...svg.matchAll(/<text [^>]*style="[^"]*font-size:([\d.]+)px/g)].map((m) =>
		Number(m[1])
	);
	return { caption, chart };
}

function slideFor(id: string, shape: keyof typeof SLIDE_SIZES) {
	const chart = CHARTS[id]!;
	const rows = chart.rows(data);
	const size = SLIDE_SIZES[shape];
	const caption = {
		title: chart.title,
		subtitle: chart.description,
		source: chart.source,
		date: '2026-12-07',
		url: `https://example.org${chart.page}`
	};
	const layout = slideCaptionLayout(caption, size);
	const chartSvg = renderChartSvg(
		slideChartOption(chart.option(rows, { compact: false })),
		layout.chart,
		`${id}-s`
	);
	const svg = captionedSvg({ ...caption, chartSvg, ...size, background: 'light' }, layout.unit);
	return { svg, chartSvg, layout };
}

describe('slide layouts', () => {
	for (const id of Object.keys(CHARTS)) {
		for (const shape of ['wide', 'standard'] as const) {
			it(`${id} at ${SLIDE_SIZES[shape].width}×${SLIDE_SIZES[shape].height}: text sizes a room can read`, () => {
				const { svg, chartSvg, layout } = slideFor(id, shape);
				if (process.env.SLIDE_SHOTS) {
					mkdirSync(process.env.SLIDE_SHOTS, { recursive: true });
					writeFileSync(`${process.env.SLIDE_SHOTS}/${id}-${shape}.svg`, svg);
				}
				// Drawn at its box: one chart pixel is one slide pixel.
				expect(chartSvg).toMatch(
					new RegExp(`viewBox="0 0 ${layout.chart.width} ${layout.chart.height}"`)
				);
				const sizes = textSizes(svg);
				expect(sizes.chart.length).toBeGreaterThan(5);
				expect(Math.min(...sizes.chart)).toBeGreaterThanOrEqual(SLIDE_FONTS.axis);
				const [title, ...rest] = sizes.caption;
				expect(title).toBeGreaterThanOrEqual(48);
				expect(Math.min(...rest)).toBeGreaterThanOrEqual(18);
				expect(layout.footLines.length).toBeGreaterThan(0);
				// Room left for the chart: at least half the slide's height.
				expect(layout.chart.height).toBeGreaterThan(SLIDE_SIZES[shape].height / 2);
			});
		}
	}

	it('keeps the data, colours and formatters of the web option', () => {
		const rows = meanLevelByChapter.rows(data);
		const web = meanLevelByChapter.option(rows, { compact: false }) as {
			series: { data: unknown[]; label: { formatter: unknown }; markLine: { data: unknown } }[];
		};
		const slide = slideChartOption(web) as typeof web;
		expect(slide.series[0]!.data).toEqual(web.series[0]!.data);
		expect(slide.series[0]!.label.formatter).toBe(web.series[0]!.label.formatter);
		expect(slide.series[0]!.markLine.data).toEqual(web.series[0]!.markLine.data);
	});

	it('grows the label column with the text, so long names keep their room', () => {
		const rows = meanLevelByChapter.rows(data);
		const web = meanLevelByChapter.option(rows, { compact: false }) as {
			grid: { left: number };
			yAxis: { axisLabel: { width: number } };
		};
		const slide = slideChartOption(web) as typeof web;
		expect(slide.grid.left).toBe(web.grid.left * 2);
		expect(slide.yAxis.axisLabel.width).toBe(web.yAxis.axisLabel.width * 2);
	});
});
