import { describe, expect, it } from 'vitest';
import { SCALES, chosenScales, growthBase } from './bench-scales';

const labels = (scales: readonly { label: string }[]) => scales.map((s) => s.label);

describe('chosenScales', () => {
	it('runs every scale when none is named', () => {
		expect(chosenScales([])).toEqual(SCALES);
	});
	it('runs the named scales in the table order', () => {
		expect(labels(chosenScales(['--scale', '1000× st.', '--scale', '10×']))).toEqual([
			'10×',
			'1000× st.'
		]);
	});
	it('refuses a scale it does not know, naming the known ones', () => {
		expect(() => chosenScales(['--scale', '1000x'])).toThrow(
			"unknown scale '1000x' (known: '1×', '10×', '100×', '1000×', '1000× st.')"
		);
	});
});

describe('growthBase', () => {
	const scale = (label: string) => SCALES.find((s) => s.label === label)!;
	it('compares a scale with the one before it when both run', () => {
		expect(growthBase(scale('100×'), SCALES)?.label).toBe('10×');
	});
	it('compares with nothing when the scale before did not run', () => {
		expect(growthBase(scale('1000×'), chosenScales(['--scale', '10×', '--scale', '1000×']))).toBe(
			undefined
		);
	});
	it('compares the statements alone with nothing', () => {
		expect(growthBase(scale('1000× st.'), SCALES)).toBe(undefined);
		expect(growthBase(scale('1×'), SCALES)).toBe(undefined);
	});
});
