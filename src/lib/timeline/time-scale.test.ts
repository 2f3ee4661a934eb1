import { describe, expect, it } from 'vitest';
import { piecewiseScale, stopsFromWeights } from './time-scale';

describe('piecewiseScale', () => {
	const scale = piecewiseScale([
		{ t: 0, x: 0 },
		{ t: 100, x: 10 },
		{ t: 110, x: 110 }
	]);
	it('is linear within each piece, with its own slope', () => {
		expect(scale(50)).toBe(5);
		expect(scale(105)).toBe(60);
	});
	it('clamps outside its stops', () => {
		expect(scale(-5)).toBe(0);
		expect(scale(500)).toBe(110);
	});
	it('refuses stops that do not increase', () => {
		expect(() =>
			piecewiseScale([
				{ t: 0, x: 0 },
				{ t: 0, x: 5 }
			])
		).toThrow(/increase/);
		expect(() => piecewiseScale([{ t: 0, x: 0 }])).toThrow(/two stops/);
	});
});

describe('stopsFromWeights', () => {
	it('gives each era its share of the range', () => {
		const stops = stopsFromWeights([0, 40, 75, 76], [1, 2, 1], 10, 410);
		expect(stops.map((s) => s.x)).toEqual([10, 110, 310, 410]);
		expect(stops.map((s) => s.t)).toEqual([0, 40, 75, 76]);
	});
});
