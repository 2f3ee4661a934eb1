import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDecimal,
	formatInteger,
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

describe('digits as Intl writes them (numbers.ts formats without Intl)', () => {
	const intl = (min: number, max: number) =>
		new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
	const whole = intl(0, 0);
	const upToOne = intl(0, 1);
	const fixed = [1, 2, 3].map((d) => intl(d, d));
	// Ties of each precision, values that round to zero from below, -0, the grouping edges and
	// the range where toFixed would write an exponent.
	const edges = [
		0,
		-0,
		0.5,
		1.5,
		2.5,
		-0.5,
		-2.5,
		0.05,
		0.15,
		0.25,
		1.005,
		2.0476,
		1234.45,
		-0.04,
		-0.4,
		999,
		999.5,
		1000,
		999999.95,
		1234567.891,
		1.5e-7,
		5e-7,
		0.0005,
		-0.0005,
		9.9995,
		1e21,
		-3e22,
		Infinity,
		-Infinity,
		NaN
	];
	const values = fc.oneof(
		fc.constantFrom(...edges),
		fc.double({ min: -1e16, max: 1e16, noNaN: true }),
		fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000)
	);

	it('formatInteger, formatDecimal and the one-decimal forms match Intl en-GB', () => {
		fc.assert(
			fc.property(values, (n) => {
				expect(formatInteger(n)).toBe(whole.format(n));
				[1, 2, 3].forEach((d, i) => expect(formatDecimal(n, d)).toBe(fixed[i]?.format(n)));
				expect(formatPercent(n)).toBe(`${upToOne.format(n)}%`);
			}),
			{ numRuns: 2000, examples: edges.map((n) => [n]) }
		);
	});
});
