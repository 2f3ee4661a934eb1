import { describe, expect, it } from 'vitest';
import { DETAILS_GAP, detailsPlacement } from './details-placement';

const figure = { left: 100, top: 500, width: 1150, height: 700 };

describe('detailsPlacement', () => {
	it('opens just below the event, from its left edge', () => {
		const event = { left: 400, top: 620, width: 120, height: 30 };
		expect(detailsPlacement(event, figure, 400)).toEqual({
			left: 300,
			top: 120 + 30 + DETAILS_GAP,
			width: 400
		});
	});
	it('slides left rather than run past the right edge, and never past the left one', () => {
		const right = { left: 1200, top: 520, width: 40, height: 20 };
		expect(detailsPlacement(right, figure, 400).left).toBe(1150 - 400);
		const left = { left: 90, top: 520, width: 40, height: 20 };
		expect(detailsPlacement(left, figure, 400).left).toBe(0);
	});
	it('takes the whole width of a figure narrower than the panel (phones), under the event', () => {
		const phone = { left: 16, top: 300, width: 328, height: 2000 };
		const event = { left: 80, top: 900, width: 200, height: 36 };
		expect(detailsPlacement(event, phone, 400)).toEqual({
			left: 0,
			top: 600 + 36 + DETAILS_GAP,
			width: 328
		});
	});
});
