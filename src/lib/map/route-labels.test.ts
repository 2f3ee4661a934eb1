import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, placeRouteLabels, pointBox } from './route-labels';

const size = { width: 1000, height: 500 };

describe('placeRouteLabels', () => {
	it('takes the first free spot along the arc, above the line first', () => {
		const [label] = placeRouteLabels(['Milan · Jul 2025'], [[{ x: 300, y: 200 }]], [], size);
		expect(label).toMatchObject({ x: 300, y: 192 });
	});

	it('moves off a marker, and keeps two labels apart', () => {
		const marker = pointBox(300, 190, 9);
		const labels = placeRouteLabels(
			['Munich · Oct 2025', 'Milan · Jul 2025'],
			[
				[
					{ x: 300, y: 200 },
					{ x: 400, y: 200 }
				],
				[
					{ x: 300, y: 215 },
					{ x: 500, y: 215 }
				]
			],
			[marker],
			size
		);
		const [a, b] = labels;
		expect(a?.y).toBe(218); // below its line: above it sits the marker
		expect(boxesOverlap(a!.box, marker)).toBe(false);
		expect(boxesOverlap(a!.box, b!.box)).toBe(false);
		expect(b?.x).toBe(500); // both spots at x = 300 touch the first label
	});

	it('never leaves the map', () => {
		const [label] = placeRouteLabels(
			['Copenhagen · Dec 2025'],
			[
				[
					{ x: 10, y: 5 },
					{ x: 200, y: 100 }
				]
			],
			[],
			size
		);
		expect(label?.x).toBe(200);
		expect(labelBox('Copenhagen · Dec 2025', 200, 92).x0).toBeGreaterThan(0);
	});
});
