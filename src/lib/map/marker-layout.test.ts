import { describe, expect, it } from 'vitest';
import { layoutMarkers } from './marker-layout';

const radius = 7;

describe('layoutMarkers', () => {
	it('parts marks that share a place and joins them to it with a leader', () => {
		const placed = layoutMarkers(
			[
				{ key: 'belgium', x: 200, y: 150 },
				{ key: 'eu', x: 200, y: 150 }
			],
			{ radius, gap: 2 }
		);
		const [a, b] = placed;
		expect(
			Math.hypot((a?.markX ?? 0) - (b?.markX ?? 0), (a?.markY ?? 0) - (b?.markY ?? 0))
		).toBeGreaterThanOrEqual(2 * radius + 1.5);
		expect(placed.every((p) => p.moved)).toBe(true);
		expect(a?.x).toBe(200);
	});

	it('leaves a mark alone when nothing crowds it', () => {
		const [lonely] = layoutMarkers([{ key: 'lisbon', x: 20.04, y: 300 }], { radius });
		expect(lonely).toMatchObject({ markX: 20, markY: 300, moved: false });
	});

	it('clears a crowded cluster and gives the same answer every time', () => {
		const items = [
			{ key: 'a', x: 100, y: 100 },
			{ key: 'b', x: 104, y: 101 },
			{ key: 'c', x: 101, y: 106 },
			{ key: 'd', x: 100, y: 100 },
			{ key: 'e', x: 300, y: 300 }
		];
		const placed = layoutMarkers(items, { radius, gap: 2 });
		for (let i = 0; i < placed.length; i++) {
			for (let j = i + 1; j < placed.length; j++) {
				const p = placed[i]!;
				const q = placed[j]!;
				expect(Math.hypot(p.markX - q.markX, p.markY - q.markY)).toBeGreaterThan(2 * radius);
			}
		}
		expect(placed.find((p) => p.key === 'e')?.moved).toBe(false);
		expect(layoutMarkers(items, { radius, gap: 2 })).toEqual(placed);
	});
});
