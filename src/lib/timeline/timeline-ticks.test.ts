import { describe, expect, it } from 'vitest';
import { wideLayout } from './layout-wide';
import { seedEvents } from './seed-events';

describe('ticks of the wide timeline (seed events, 1150 px)', () => {
	const { events, docKinds } = seedEvents();
	const layout = wideLayout(events, { width: 1150, docNames: docKinds });
	const labels = layout.ticks.map((t) => t.label);

	it('labels round years where time is compressed and months in the zoomed band', () => {
		expect(labels).toEqual([
			'1950',
			'1990',
			'1995',
			'2000',
			'2005',
			'2010',
			'2015',
			'2020',
			'2025',
			'Mar',
			'May',
			'Jul',
			'Sep',
			'Nov',
			'2026',
			'Feb',
			'2030',
			'2035',
			'2040',
			'2045',
			'2050'
		]);
	});
	it('keeps labels apart and in time order', () => {
		for (let i = 1; i < layout.ticks.length; i++) {
			const gap = layout.ticks[i]!.x - layout.ticks[i - 1]!.x;
			expect(gap).toBeGreaterThanOrEqual(12.5 * 3.2);
		}
	});
	it('marks year boundaries as major ticks', () => {
		expect(layout.ticks.filter((t) => t.major).map((t) => t.label)).not.toContain('Jul');
		expect(layout.ticks.find((t) => t.label === '2026')?.major).toBe(true);
	});
});
