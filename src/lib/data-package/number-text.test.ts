import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberText } from './number-text';

describe('numberText', () => {
	it('is String(value), from the table or not', () => {
		for (const value of [0, -0, 1, 9, 10, 28652, 131071, 131072, -1, 0.5, 1e21, 5e-7, NaN]) {
			expect(numberText(value)).toBe(String(value));
			expect(numberText(value)).toBe(String(value)); // a second time: from the table
		}
	});

	it('is String(value) for any number', () => {
		fc.assert(
			fc.property(fc.oneof(fc.integer({ min: -10, max: 200_000 }), fc.double()), (value) => {
				expect(numberText(value)).toBe(String(value));
			}),
			{ numRuns: 2000 }
		);
	});
});
