import { describe, expect, it } from 'vitest';
import { legacyColours } from './dom-exportable';

describe('colours for slide software', () => {
	it('rewrites color(srgb …) as rgb() and rgba()', () => {
		expect(legacyColours('fill:color(srgb 0.93302 0.951686 0.979137);stroke:red')).toBe(
			'fill:rgb(238, 243, 250);stroke:red'
		);
		expect(legacyColours('fill:color(srgb 1 0 0 / 0.5)')).toBe('fill:rgba(255, 0, 0, 0.5)');
	});
});
