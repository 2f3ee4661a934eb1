import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseDashboard } from '../data-package/dashboard-json';
import { buildMapModel, MARK_RADIUS } from './map-model';
import { isPlaced } from './map-rows';
import { boxesOverlap, labelBox } from './route-labels';

const data = parseDashboard(readFileSync('data/dashboard.json', 'utf8'));
const topology = JSON.parse(readFileSync('data/map.topo.json', 'utf8')) as Topology;
const model = buildMapModel(data, topology);

describe('buildMapModel', () => {
	it('draws land in three tints as finite path data', () => {
		for (const d of Object.values(model.land)) {
			expect(d).toMatch(/^M/);
			expect(d).not.toMatch(/NaN|Infinity/);
		}
		// Viet Nam alone is the home tint: 8 polygons, one move each.
		expect(model.land.home.match(/M/g)).toHaveLength(8);
	});

	it('draws one mark per placed row and none for unplaced ones', () => {
		const placed = model.rows.filter((r) => r.layer !== 'routes' && isPlaced(r));
		expect(model.marks.map((m) => m.key)).toEqual(placed.map((r) => r.key));
		expect(model.marks.some((m) => m.key.includes('unnamed') || m.key.includes('region'))).toBe(
			false
		);
	});

	it('keeps marks apart, moving only crowded ones (Brussels hosts Belgium and the EU)', () => {
		for (const [i, a] of model.marks.entries()) {
			for (const b of model.marks.slice(i + 1)) {
				expect(
					Math.hypot(a.markX - b.markX, a.markY - b.markY),
					`${a.key} ${b.key}`
				).toBeGreaterThan(2 * MARK_RADIUS);
			}
		}
		const brussels = model.marks.filter((m) => m.key.endsWith('-bel') || m.key.endsWith('-euu'));
		expect(brussels).toHaveLength(2);
		expect(brussels.every((m) => m.moved)).toBe(true);
		expect(model.marks.find((m) => m.key.endsWith('-esp'))?.moved).toBe(false);
	});

	it('labels each route with its month and links it to its paragraph', () => {
		expect(model.routes.map((r) => r.label)).toEqual([
			'Milan · Jul 2025',
			'Munich · Oct 2025†',
			'Copenhagen · Dec 2025'
		]);
		expect(model.routes.every((r) => r.href === '/text#article-2026-02-p-12')).toBe(true);
		const [milan] = model.routes;
		expect(milan?.d.startsWith(`M${Math.round(milan.from[0] * 10) / 10} `)).toBe(true);
		expect(milan?.name).toContain('Source: “Milan, Italy (July 2025)”');
	});

	it('quotes the source sentence around each mark', () => {
		const hungary = Object.entries(model.tips).find(([key]) => key.endsWith('-hun'))?.[1];
		expect(hungary?.quote).toBe('Hungary');
		expect(hungary?.before).toMatch(/the Presidents of France, $/);
		expect(hungary?.after).toMatch(/^, and Lithuania;/);
		expect(hungary?.source).toBe('Article of 20 February 2026, paragraph 4');
	});

	it('draws a narrow map for phones, sized in about CSS pixels, with the same marks', () => {
		const { narrow } = model;
		expect(narrow.width).toBe(300);
		expect(narrow.marks.map((m) => m.key)).toEqual(model.marks.map((m) => m.key));
		// Fewer points than the wide land: a smaller drawing needs fewer.
		expect(narrow.land.base.length).toBeLessThan(model.land.base.length * 0.8);
		// No month labels on the arcs: the list under the map gives them.
		expect(narrow.routes.every((r) => r.label === '')).toBe(true);
		expect(narrow.hitRadius).toBeGreaterThan(narrow.markRadius * 3);
	});

	it('names the airports and the busiest capitals, without names overlapping', () => {
		for (const drawing of [model, model.narrow]) {
			const texts = drawing.places.map((p) => p.text);
			expect(texts.slice(0, 2)).toEqual(['Hanoi', 'Ho Chi Minh City']);
			expect(texts).toContain('Russia');
			const boxes = drawing.places.map((p) =>
				labelBox(p.text, p.x, p.y, drawing.fontSize, p.anchor)
			);
			for (const [i, a] of boxes.entries()) {
				expect(a.x0).toBeGreaterThanOrEqual(0);
				expect(a.x1).toBeLessThanOrEqual(drawing.width);
				for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
			}
		}
		expect(model.places.map((p) => p.text)).toContain('France');
	});

	it('shows the Kyrgyzstan note on the map and the unplaced rows below it', () => {
		expect(model.callouts.map((c) => c.text)).toEqual(['Kyrgyzstan*']);
		expect(model.notes.map((n) => n.key)).toEqual(
			model.rows
				.filter(
					(r) => r.noteKind === 'outside-europe' || r.noteKind === 'reference-date' || !isPlaced(r)
				)
				.map((r) => r.key)
		);
		expect(model.notes[1]?.text).toMatch(/^\* Kyrgyzstan lies outside Europe/);
		expect(model.source).toBe('Article of 20 February 2026, paragraphs 4, 6, 8, 12, 21');
	});

	it('shows the text’s date of a route and, where reference data dates it otherwise, says so', () => {
		const munich = model.rows.find((r) => r.layer === 'routes' && r.place.startsWith('Munich'))!;
		expect(munich.date).toBe('2025-10');
		expect(munich.referenceDate).toBe('2024-10');
		expect(model.tips[munich.key]?.meta).toBe(
			'Direct air route · October 2025 in the text (reference data: October 2024)'
		);
		expect(model.tips[munich.key]?.note).toMatch(
			/began October 2024; the text dates it October 2025/
		);
		expect(model.notes[0]?.text).toMatch(
			/^† New direct air routes, 2025: “Munich, Germany \(October 2025\)”: Reference:/
		);
		const milan = model.rows.find((r) => r.layer === 'routes' && r.place.startsWith('Milan'))!;
		expect(milan.referenceDate).toBe('');
		expect(model.tips[milan.key]?.meta).toBe('Direct air route · July 2025');
	});
});
