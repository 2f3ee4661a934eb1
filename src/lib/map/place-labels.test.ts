import { describe, expect, it } from 'vitest';
import { placePlaceLabels } from './place-labels';
import { boxesOverlap, labelBox, pointBox } from './route-labels';

const size = { width: 300, height: 160 };
const font = 12;
const boxOf = (l: ReturnType<typeof placePlaceLabels>[number]) =>
	labelBox(l.text, l.x, l.y, font, l.anchor);

describe('placePlaceLabels', () => {
	it('puts a name to the right of its mark when there is room', () => {
		const [label] = placePlaceLabels(
			[{ key: 'a', text: 'Hanoi', x: 100, y: 80, r: 4 }],
			[],
			size,
			font
		);
		expect(label).toMatchObject({ x: 106, y: 84, anchor: 'start' });
	});

	it('goes left at the right edge, and keeps off marks and earlier names', () => {
		const labels = placePlaceLabels(
			[
				{ key: 'edge', text: 'Ho Chi Minh City', x: 290, y: 150, r: 4 },
				{ key: 'b', text: 'Belgium', x: 70, y: 50, r: 4 },
				{ key: 'c', text: 'France', x: 70, y: 62, r: 4 }
			],
			[pointBox(82, 50, 4)],
			size,
			font
		);
		expect(labels.map((l) => [l.key, l.anchor])).toEqual([
			['edge', 'end'],
			['b', 'end'],
			['c', 'start']
		]);
		for (const [i, a] of labels.entries()) {
			expect(boxOf(a).x0).toBeGreaterThanOrEqual(0);
			for (const b of labels.slice(i + 1)) expect(boxesOverlap(boxOf(a), boxOf(b))).toBe(false);
		}
	});

	it('leaves out a name that fits nowhere, keeping the more important one', () => {
		const labels = placePlaceLabels(
			[
				{ key: 'first', text: 'Belgium', x: 150, y: 60, r: 4 },
				{ key: 'second', text: 'Netherlands', x: 150, y: 60, r: 4 }
			],
			[],
			{ width: 200, height: 120 },
			font
		);
		expect(labels.map((l) => l.key)).toEqual(['first', 'second']);
		const crowded = placePlaceLabels(
			[
				{ key: 'first', text: 'Belgium', x: 60, y: 20, r: 4 },
				{ key: 'second', text: 'Netherlands', x: 60, y: 20, r: 4 }
			],
			[pointBox(60, 40, 10)],
			{ width: 120, height: 60 },
			font
		);
		expect(crowded.map((l) => l.key)).toEqual(['first']);
	});
});
