import { describe, expect, it } from 'vitest';
import { perceivedDistance, perceivedLab } from './colour-vision';

describe('colour vision', () => {
	it('gives white and black their L*a*b* (L* 100 and 0, no hue)', () => {
		const white = perceivedLab('#ffffff', 'typical');
		expect(white[0]).toBeCloseTo(100, 0);
		expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.5);
		expect(perceivedLab('#000000', 'typical')[0]).toBeCloseTo(0, 5);
	});
	it('leaves greys grey under every simulation', () => {
		for (const vision of ['deuteranopia', 'protanopia', 'tritanopia'] as const) {
			const [l, a, b] = perceivedLab('#808080', vision);
			expect(l).toBeCloseTo(perceivedLab('#808080', 'typical')[0], 0);
			expect(Math.abs(a) + Math.abs(b)).toBeLessThan(1);
		}
	});
	it('brings red and green together for red–green deficiencies, not for tritanopia', () => {
		const [red, green] = ['#d62728', '#2ca02c'];
		const typical = perceivedDistance(red, green, 'typical');
		expect(perceivedDistance(red, green, 'deuteranopia')).toBeLessThan(typical / 2);
		expect(perceivedDistance(red, green, 'protanopia')).toBeLessThan(typical / 2);
		expect(perceivedDistance(red, green, 'tritanopia')).toBeGreaterThan(typical / 2);
	});
});
