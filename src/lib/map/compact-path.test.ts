import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { CompactPath } from './compact-path';

describe('CompactPath', () => {
	it('writes one absolute move, then relative steps without repeated commands', () => {
		const path = new CompactPath(0);
		path.moveTo(10.2, 20.7);
		path.lineTo(15, 21);
		path.lineTo(15.2, 21.1); // rounds onto the same point: dropped
		path.lineTo(12, 18);
		path.closePath();
		expect(path.result()).toBe('M10 21l5 0-3-3z');
	});

	it('leaves out steps shorter than minStep, measuring from the last point kept', () => {
		const path = new CompactPath(0, 3);
		path.moveTo(0, 0);
		path.lineTo(2, 0); // 2 from the start: left out
		path.lineTo(4, 0); // 4 from the start: kept
		path.lineTo(6, 1); // 2.2 from (4, 0): left out
		path.lineTo(4, 5);
		path.closePath();
		expect(path.result()).toBe('M0 0l4 0 0 5z');
	});

	it('keeps one decimal without leading zeros', () => {
		const path = new CompactPath(1);
		path.moveTo(0.25, 1);
		path.lineTo(0.75, 0.5);
		expect(path.result()).toBe('M.3 1l.5-.5');
	});

	it('draws what d3 draws, in fewer characters', () => {
		const square: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[100, 100],
					[100, 200],
					[200, 200],
					[200, 100],
					[100, 100]
				]
			]
		};
		const context = new CompactPath(0);
		geoPath(geoIdentity(), context)(square);
		const compact = context.result();
		expect(compact).toBe('M100 100l0 100 100 0 0-100z');
		expect(compact.length).toBeLessThan((geoPath(geoIdentity())(square) ?? '').length);
	});
});
