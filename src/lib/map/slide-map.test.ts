/**
 * The map's slide layout, measured where a presenter sees it: the drawing fitted into each slide
 * picture box (16:9 and 4:3 PNG/SVG slides, the PowerPoint picture box), names at ≥ 24 px.
 */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseDashboard } from '../data-package/dashboard-json';
import { slidePictureBoxes } from '../export/slide-boxes.testing';
import { DRAWINGS } from './frame';
import { MAP_DESCRIPTION, MAP_TITLE, mapSource } from './map-columns';
import { buildMapModel } from './map-model';
import { boxesOverlap, labelBox, pointBox } from './route-labels';

const data = parseDashboard(readFileSync('data/dashboard.json', 'utf8'));
const topology = JSON.parse(readFileSync('data/map.topo.json', 'utf8')) as Topology;
const web = buildMapModel(data, topology);
const slide = buildMapModel(data, topology, DRAWINGS.slide);

const BOXES = slidePictureBoxes({
	title: MAP_TITLE,
	subtitle: MAP_DESCRIPTION,
	source: mapSource(slide.source)
});

/** Slide pixels per SVG unit when the drawing is fitted into `box` (as pictureSvg does). */
const fit = (box: { width: number; height: number }) =>
	Math.min(box.width / slide.width, box.height / slide.height);

describe('the map drawn for a slide', () => {
	it.each(Object.entries(BOXES))('names places at 24 px or more in the %s box', (_, box) => {
		expect(slide.fontSize * fit(box)).toBeGreaterThanOrEqual(24);
		// The web drawing in the same box would not be legible from the back of a room.
		expect(web.fontSize * fit(box)).toBeLessThan(24);
	});

	it('draws the same land and marks as the web map, with larger marks', () => {
		expect([slide.width, slide.height]).toEqual([web.width, web.height]);
		expect(slide.land).toEqual(web.land);
		expect(slide.marks.map((m) => m.key)).toEqual(web.marks.map((m) => m.key));
		expect(slide.markRadius).toBeGreaterThan(web.markRadius);
	});

	it('places its larger names again, inside the frame and apart, airports first', () => {
		const texts = slide.places.map((p) => p.text);
		expect(texts.slice(0, 2)).toEqual(['Hanoi', 'Ho Chi Minh City']);
		const boxes = [
			...slide.places.map((p) => labelBox(p.text, p.x, p.y, slide.fontSize, p.anchor)),
			...slide.routes
				.filter((r) => r.label)
				.map((r) => labelBox(r.label, r.labelX, r.labelY, slide.fontSize))
		];
		for (const [i, a] of boxes.entries()) {
			expect(a.x0).toBeGreaterThanOrEqual(0);
			expect(a.x1).toBeLessThanOrEqual(slide.width);
			for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
		}
		expect(slide.routes.every((r) => r.label !== '')).toBe(true);
	});

	it('keeps the route labels off the markers (over a marker a label hides it)', () => {
		const marks = slide.marks.map((m) => pointBox(m.markX, m.markY, slide.markRadius));
		for (const route of slide.routes) {
			const box = labelBox(route.label, route.labelX, route.labelY, slide.fontSize);
			expect(
				marks.filter((mark) => boxesOverlap(mark, box)),
				route.label
			).toEqual([]);
		}
	});
});
