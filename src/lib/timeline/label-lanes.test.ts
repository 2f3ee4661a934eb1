import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laneCount, stackInLanes, type LanePlacement } from './label-lanes';
import { wideLayout } from './layout-wide';
import { seedEvents } from './seed-events';

function sharesLane(a: LanePlacement, b: LanePlacement): boolean {
	return a.side === b.side && a.lane < b.lane + b.lanes && b.lane < a.lane + a.lanes;
}

describe('stackInLanes', () => {
	it('keeps labels that do not overlap in the lane next to the axis', () => {
		const placed = stackInLanes([
			{ id: 'a', from: 0, to: 50, lanes: 1 },
			{ id: 'b', from: 60, to: 100, lanes: 1 }
		]);
		expect(placed.map((p) => p.lane)).toEqual([0, 0]);
	});
	it('stacks overlapping labels outwards, leaving the gap between neighbours', () => {
		const placed = stackInLanes(
			[
				{ id: 'a', from: 0, to: 50, lanes: 2 },
				{ id: 'b', from: 55, to: 100, lanes: 1 },
				{ id: 'c', from: 10, to: 20, lanes: 1 }
			],
			{ gap: 8 }
		);
		expect(placed.map((p) => [p.id, p.lane])).toEqual([
			['a', 0],
			['b', 2],
			['c', 2]
		]);
		expect(laneCount(placed)).toBe(3);
	});
	it('places lower passes first, and uses the other side when it is nearer the axis', () => {
		const placed = stackInLanes(
			[
				{ id: 'year', from: 0, to: 100, lanes: 1, pass: 1 },
				{ id: 'day', from: 40, to: 60, lanes: 1, prefer: 1 },
				{ id: 'month', from: 45, to: 90, lanes: 1 }
			],
			{ sides: 2 }
		);
		expect(placed.map((p) => [p.id, p.side, p.lane])).toEqual([
			['year', 0, 1],
			['day', 1, 0],
			['month', 0, 0]
		]);
	});
});

describe('stackInLanes on any labels', () => {
	it('never puts two overlapping labels in a shared lane', () => {
		const item = fc.record({
			from: fc.integer({ min: 0, max: 1000 }),
			width: fc.integer({ min: 1, max: 300 }),
			lanes: fc.integer({ min: 1, max: 4 }),
			pass: fc.integer({ min: -1, max: 1 }),
			prefer: fc.constantFrom<0 | 1>(0, 1)
		});
		fc.assert(
			fc.property(fc.array(item, { maxLength: 40 }), fc.constantFrom<1 | 2>(1, 2), (raw, sides) => {
				const items = raw.map((r, i) => ({ ...r, id: String(i), to: r.from + r.width }));
				const placed = stackInLanes(items, { gap: 8, sides });
				expect(placed).toHaveLength(items.length);
				for (let i = 0; i < placed.length; i++) {
					for (let j = i + 1; j < placed.length; j++) {
						const a = placed[i]!;
						const b = placed[j]!;
						if (sharesLane(a, b)) expect(a.to + 8 <= b.from || b.to + 8 <= a.from).toBe(true);
					}
				}
			})
		);
	});
});

describe('the seed events in the wide timeline', () => {
	const { events, docKinds } = seedEvents();
	for (const width of [360, 1200]) {
		it(`no two labels overlap, and every label stays in the figure, at ${width} px`, () => {
			const layout = wideLayout(events, { width, docNames: docKinds });
			expect(layout.events).toHaveLength(44);
			const boxes = layout.events.map((e) => ({ id: e.event.eventId, ...e.box }));
			const clashes: string[] = [];
			for (let i = 0; i < boxes.length; i++) {
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i]!;
					const b = boxes[j]!;
					const apartX = a.x + a.width <= b.x || b.x + b.width <= a.x;
					const apartY = a.y + a.height <= b.y || b.y + b.height <= a.y;
					if (!apartX && !apartY) clashes.push(`${a.id} × ${b.id}`);
				}
			}
			expect(clashes).toEqual([]);
			for (const b of boxes) {
				expect(b.x).toBeGreaterThanOrEqual(0);
				expect(b.x + b.width).toBeLessThanOrEqual(width);
			}
		});
	}
});
