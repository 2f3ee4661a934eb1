import { describe, expect, it } from 'vitest';
import { CLIP_BOX, DRAWINGS, FIT_ANCHORS, MAP_PADDING, MAP_WIDTH } from './frame';
import {
	alongGreatCircle,
	createProjection,
	greatCircleKm,
	greatCirclePath,
	mapSize,
	project,
	type LonLat
} from './projection';

const HANOI: LonLat = [105.81, 21.22];
const LISBON: LonLat = [-9.14, 38.72];
const MUNICH: LonLat = [11.79, 48.35];
const size = mapSize();
const projection = createProjection(size);

/** Absolute points of path data made of M and relative l commands (CompactPath's output). */
function pathPoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
		const numbers = (args?.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const [x = 0, y = 0] = [numbers[i], numbers[i + 1]];
			const last = points[points.length - 1];
			if (command === 'M' || !last) points.push([x, y]);
			else points.push([last[0] + x, last[1] + y]);
		}
	}
	return points;
}

describe('mapSize and createProjection', () => {
	it('is wider than tall and fits every anchor inside the padding', () => {
		expect(size.width).toBe(MAP_WIDTH);
		expect(size.height).toBeGreaterThan(400);
		expect(size.height).toBeLessThan(600);
		for (const anchor of FIT_ANCHORS) {
			const [x, y] = project(projection, anchor.lonLat);
			expect(x, anchor.name).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
			expect(x, anchor.name).toBeLessThanOrEqual(size.width - MAP_PADDING + 0.5);
			expect(y, anchor.name).toBeGreaterThanOrEqual(MAP_PADDING - 0.5);
			expect(y, anchor.name).toBeLessThanOrEqual(size.height - MAP_PADDING + 0.5);
		}
	});

	it('shows Hanoi and Lisbon, with Hanoi east of Munich and Lisbon west of it', () => {
		const [hx, hy] = project(projection, HANOI);
		const [lx, ly] = project(projection, LISBON);
		const [mx] = project(projection, MUNICH);
		for (const [x, y] of [
			[hx, hy],
			[lx, ly]
		] as const) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(size.width);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(size.height);
		}
		expect(hx).toBeGreaterThan(mx + 500);
		expect(lx).toBeLessThan(mx);
	});

	it('draws only what the clip box holds (no clamped edge can show)', () => {
		const edge: [number, number][] = [];
		for (let i = 0; i <= 40; i++) {
			const t = i / 40;
			edge.push([t * size.width, 0], [t * size.width, size.height]);
			edge.push([0, t * size.height], [size.width, t * size.height]);
		}
		for (const point of edge) {
			const [lon = NaN, lat = NaN] = projection.invert?.(point) ?? [];
			expect(lon).toBeGreaterThan(CLIP_BOX.west + 2);
			expect(lon).toBeLessThan(CLIP_BOX.east - 2);
			expect(lat).toBeGreaterThan(CLIP_BOX.south + 2);
			expect(lat).toBeLessThan(CLIP_BOX.north - 2);
		}
	});
});

describe('the frame at a phone, an embed and a desktop width', () => {
	// Cà Mau cape and Phú Quốc's southern tip: the south of Viet Nam, once cut off on phones.
	const SOUTH: { name: string; lonLat: LonLat }[] = [
		{ name: 'Cà Mau', lonLat: [104.7, 8.6] },
		{ name: 'Phú Quốc', lonLat: [104.0, 10.0] }
	];

	it.each([360, 400, 1440])('holds the whole of Viet Nam at %i units wide', (width) => {
		const frame = mapSize(width);
		const fitted = createProjection(frame);
		for (const { name, lonLat } of SOUTH) {
			const [x, y] = project(fitted, lonLat);
			expect(x, name).toBeGreaterThan(MAP_PADDING / 2);
			expect(x, name).toBeLessThan(frame.width - MAP_PADDING / 2);
			expect(y, name).toBeGreaterThan(MAP_PADDING / 2);
			expect(y, name).toBeLessThan(frame.height - MAP_PADDING / 2);
		}
	});

	it('holds it in the narrow drawing too, with its own padding', () => {
		const { width, padding } = DRAWINGS.narrow;
		const frame = mapSize(width, padding);
		const [x, y] = project(createProjection(frame, padding), [104.7, 8.6]);
		expect(x).toBeLessThan(frame.width - padding / 2);
		expect(y).toBeLessThan(frame.height - padding / 2);
	});
});

describe('great circles', () => {
	it('start and end at the projected airports', () => {
		const d = greatCirclePath(projection, HANOI, MUNICH);
		const points = pathPoints(d);
		const [hx, hy] = project(projection, HANOI);
		const [mx, my] = project(projection, MUNICH);
		expect(points[0]?.[0]).toBeCloseTo(hx, 0);
		expect(points[0]?.[1]).toBeCloseTo(hy, 0);
		expect(points.at(-1)?.[0]).toBeCloseTo(mx, 0);
		expect(points.at(-1)?.[1]).toBeCloseTo(my, 0);
		expect(points.length).toBeGreaterThan(5); // resampled along the sphere, not one segment
	});

	it('bend north of the straight line, as flights to Europe do', () => {
		const [x0, y0] = project(projection, HANOI);
		const [x1, y1] = project(projection, MUNICH);
		const [mx, my] = project(projection, alongGreatCircle(HANOI, MUNICH, 0.5));
		const chordY = y0 + ((mx - x0) / (x1 - x0)) * (y1 - y0);
		expect(my).toBeLessThan(chordY - 5);
	});

	it('measure Hanoi–Munich at about 8,700 km', () => {
		expect(greatCircleKm(HANOI, MUNICH)).toBeGreaterThan(8_500);
		expect(greatCircleKm(HANOI, MUNICH)).toBeLessThan(8_900);
		expect(alongGreatCircle(HANOI, MUNICH, 0)[0]).toBeCloseTo(HANOI[0], 6);
	});
});
