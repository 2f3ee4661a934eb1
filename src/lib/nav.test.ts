import { describe, expect, it } from 'vitest';
import { scrollLeftToShow } from './nav';

describe('scrolling the page strip to the current page', () => {
	const strip = { scrollLeft: 0, clientWidth: 360, scrollWidth: 620 };
	it('leaves the strip alone when the item is in view', () => {
		expect(scrollLeftToShow(strip, { left: 100, width: 80 })).toBe(0);
	});
	it('scrolls just far enough for an item past the right edge, with a margin', () => {
		expect(scrollLeftToShow(strip, { left: 400, width: 70 })).toBe(400 + 70 + 24 - 360);
	});
	it('never scrolls past the end of the strip', () => {
		expect(scrollLeftToShow(strip, { left: 560, width: 60 })).toBe(620 - 360);
	});
	it('scrolls back for an item past the left edge', () => {
		expect(scrollLeftToShow({ ...strip, scrollLeft: 200 }, { left: 150, width: 80 })).toBe(126);
		expect(scrollLeftToShow({ ...strip, scrollLeft: 200 }, { left: 10, width: 80 })).toBe(0);
	});
	it('prefers the item’s start when it is wider than the strip', () => {
		expect(scrollLeftToShow(strip, { left: 100, width: 500 })).toBe(76);
	});
});
