/**
 * The deck as PowerPoint reads it: built with pptxgenjs under Node and unzipped. Every
 * registered chart, the map and the timeline, a title slide and a sources slide; native
 * charts with data labels and the web's axis, the heatmap as a table, notes on every chart.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { meanLevelColour } from '$lib/charts/build-mean-level-option';
import { CHARTS, commitmentsByChapter, meanLevelByChapter } from '$lib/charts/registry';
import { loadDashboardData } from '$lib/server/data';
import { chartExportable } from './chart-exportable';
import { captionSlide, chartSlide, deckFrame, needsImage } from './deck-plan';
import { buildDeck, columnKey } from './pptx';

const data = loadDashboardData();
const ORIGIN = 'https://example.org';
// A real 1×1 PNG: the map and timeline pictures are drawn in the browser.
const PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function deckFiles() {
	const charts = Object.values(CHARTS).map((c) => chartSlide(c, c.rows(data), ORIGIN));
	const pictures = ['Map', 'Timeline'].map((title) => ({
		...captionSlide({
			title,
			description: `${title} described.`,
			source: 'Source: X.',
			url: ORIGIN
		}),
		image: { dataUrl: PNG, width: 1776, height: 727 }
	}));
	const slides = [...charts, ...pictures];
	const blob = await buildDeck(
		slides,
		deckFrame(
			slides.map((s) => ({ ...s, description: s.subtitle, url: ORIGIN })),
			ORIGIN,
			'2026-12-07'
		)
	);
	const bytes = new Uint8Array(await blob.arrayBuffer());
	// DECK_OUT=path keeps the deck for looking at (LibreOffice, a viewer).
	if (process.env.DECK_OUT) writeFileSync(process.env.DECK_OUT, bytes);
	const files = unzipSync(bytes);
	const text = (name: string) => strFromU8(files[name]!);
	const slideXml = (n: number) => text(`ppt/slides/slide${n}.xml`);
	const rels = (n: number) => text(`ppt/slides/_rels/slide${n}.xml.rels`);
	return { files, text, slideXml, rels, slides };
}

describe('All charts as a deck', async () => {
	const { files, text, slideXml, rels, slides } = await deckFiles();
	const slideCount = Object.keys(files).filter((f) =>
		/^ppt\/slides\/slide\d+\.xml$/.test(f)
	).length;
	const chartCount = Object.keys(CHARTS).length;

	it('holds every chart, the map and the timeline, a title slide and a sources slide', () => {
		expect(slideCount).toBe(chartCount + 2 + 2);
		expect(slideXml(1)).toContain('in figures');
		expect(slideXml(slideCount)).toContain('Sources');
		expect(slideXml(slideCount)).toContain('Joint Statement');
	});

	it('gives each chart slide a native chart or table, and pictures only to the map and timeline', () => {
		for (let n = 2; n < slideCount; n++) {
			const xml = slideXml(n);
			const native = /relationships\/chart/.test(rels(n)) || xml.includes('<a:tbl>');
			const picture = /relationships\/image/.test(rels(n));
			expect(native || picture, `slide ${n}`).toBe(true);
			expect(picture, `slide ${n}`).toBe(n > chartCount + 1);
		}
		expect(slides.filter(needsImage)).toHaveLength(0);
	});

	it('puts speaker notes on every chart slide: description and sources', () => {
		for (let n = 2; n < slideCount; n++) {
			const notes = rels(n).match(/notesSlides\/(notesSlide\d+\.xml)/)?.[1];
			expect(notes, `slide ${n}`).toBeDefined();
			const xml = text(`ppt/notesSlides/${notes}`);
			expect(xml).toContain(slides[n - 2]!.subtitle.slice(0, 30).replace(/&/g, '&amp;'));
			expect(xml).toMatch(/Source/);
		}
	});

	it('draws data labels at ≥ 12 pt, the web axis maximum, and no label under 12 pt', () => {
		const charts = Object.keys(files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
		expect(charts).toHaveLength(Object.values(CHARTS).filter((c) => c.native).length);
		for (const name of charts) {
			const xml = text(name);
			expect(xml).toContain('<c:showVal val="1"/>');
			expect(xml).toMatch(/<c:max val="\d+(\.\d+)?"\/>/);
			const sizes = [...xml.matchAll(/sz="(\d+)"/g)].map((m) => Number(m[1]));
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1200);
		}
		const byChapter = charts.map(text).find((xml) => xml.includes('Political cooperation'))!;
		const native = chartSlide(
			commitmentsByChapter,
			commitmentsByChapter.rows(data),
			ORIGIN
		).native!;
		expect(byChapter).toContain(`<c:max val="${native.axis!.max}"/>`);
	});

	it('draws the mean-strength average line its subtitle promises', () => {
		const n = Object.keys(CHARTS).indexOf('mean-level-by-chapter') + 2;
		expect(slideXml(n)).toContain('dashed line');
		expect(slideXml(n)).toMatch(/prstDash val="dash"/);
		expect(slideXml(n)).toMatch(/all \d\.\d\d/);
	});

	it('colours each mean-strength bar by the level its mean rounds to, as on the web', () => {
		const charts = Object.keys(files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
		const xml = charts.map(text).find((x) => x.includes('Mean level'))!;
		const pointColours = [...xml.matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map(
			(m) => `#${m[1]}`
		);
		const rows = meanLevelByChapter.rows(data);
		// PowerPoint draws the first category at the bottom: the slide lists the bars reversed.
		const expected = rows.map((r) => meanLevelColour(r.meanLevel ?? 0).toUpperCase()).reverse();
		expect(pointColours).toEqual(expected);
		expect(new Set(pointColours).size).toBeGreaterThan(1);
	});

	it('leaves the numbers out of stack segments too narrow to hold them', () => {
		const charts = Object.keys(files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
		const xml = charts.map(text).find((x) => x.includes('Both sides'))!;
		expect(xml).toMatch(/formatCode="\[&lt;\d+(\.\d+)?\]&quot;&quot;;0"/);
	});

	it('colours the heatmap table cells and leaves no empty caption strip', () => {
		const n = Object.keys(CHARTS).indexOf('sector-by-chapter') + 2;
		expect(slideXml(n)).toMatch(/<a:tcPr[^>]*>[\s\S]*?<a:solidFill><a:srgbClr val="[0-9A-F]{6}"/);
		for (let k = 1; k <= slideCount; k++) expect(slideXml(k)).not.toContain('· ·');
	});
});

describe('heatmap table headers', () => {
	it('keep the chapter number, and a statement’s whole name (it wraps in its cell)', () => {
		expect(columnKey('3 · Peace, defence and security')).toBe('3');
		expect(columnKey('12 · Regional and…')).toBe('12');
		expect(columnKey('Preamble')).toBe('Pre.');
		expect(columnKey('US–Viet Nam 2025')).toBe('US–Viet Nam 2025');
	});
});

describe('a chart no address reopens (a statement pasted into /analyse)', () => {
	const pasted = { ...commitmentsByChapter, page: '' };
	const rows = commitmentsByChapter.rows(data);

	it('names no address on its slide or in its notes', () => {
		const slide = chartSlide(pasted, rows, ORIGIN);
		expect(slide.source).toBe(commitmentsByChapter.source);
		expect(slide.notes).not.toContain(ORIGIN);
		expect(chartSlide(commitmentsByChapter, rows, ORIGIN).source).toBe(
			`${commitmentsByChapter.source} · ${ORIGIN}/commitments`
		);
	});

	it('offers no Copy link', () => {
		expect(chartExportable(pasted, rows, null).linkable).toBe(false);
		expect(chartExportable(commitmentsByChapter, rows, null).linkable).toBe(true);
	});
});
