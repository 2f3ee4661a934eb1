import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDecimal,
	formatMoney,
	formatOrdinal,
	formatPercent,
	formatShare
} from './numbers';

describe('number formatting', () => {
	it.each([
		[61e9, 'USD', 'US$61 bn'],
		[1.25e12, 'EUR', '€1.3 tn'],
		[950, 'USD', 'US$950'],
		[4.5e6, 'VND', 'VND 4.5 m']
	])('money %d %s → %s', (value, currency, expected) => {
		expect(formatMoney(value, currency)).toBe(expected);
	});
	it.each([
		[20e6, '20 million'],
		[12, '12'],
		[1234, '1,234']
	])('count %d → %s', (value, expected) => {
		expect(formatCount(value)).toBe(expected);
	});
	it('formats shares and percentages', () => {
		expect(formatShare(0.042)).toBe('4.2%');
		expect(formatShare(0.4)).toBe('40%');
		expect(formatPercent(8.4)).toBe('8.4%');
		expect(formatDecimal(2.0476, 2)).toBe('2.05');
	});
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[35, '35th']
	])('ordinal %d → %s', (n, expected) => {
		expect(formatOrdinal(n)).toBe(expected);
	});
});
