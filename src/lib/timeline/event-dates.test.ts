import { describe, expect, it } from 'vitest';
import { eventPeriod, formatEventDate } from './event-dates';

describe('eventPeriod', () => {
	it('spans the whole year for a year', () => {
		expect(eventPeriod('2025', 'year')).toEqual({
			start: Date.UTC(2025, 0, 1),
			end: Date.UTC(2026, 0, 1)
		});
	});
	it('spans the whole month for a month, December included', () => {
		expect(eventPeriod('2025-12', 'month')).toEqual({
			start: Date.UTC(2025, 11, 1),
			end: Date.UTC(2026, 0, 1)
		});
	});
	it('spans one day for a day', () => {
		const { start, end } = eventPeriod('2026-01-29', 'day');
		expect(new Date(start).toISOString()).toBe('2026-01-29T00:00:00.000Z');
		expect(end - start).toBe(24 * 3600 * 1000);
	});
	it('refuses a date that does not have its precision', () => {
		expect(() => eventPeriod('2025-07', 'year')).toThrow(/year precision/);
		expect(() => eventPeriod('2025', 'day')).toThrow(/day precision/);
	});
});

describe('formatEventDate', () => {
	it('writes each precision for people', () => {
		expect(formatEventDate('2050', 'year')).toBe('2050');
		expect(formatEventDate('2025-07', 'month')).toBe('Jul 2025');
		expect(formatEventDate('2025-07', 'month', 'long')).toBe('July 2025');
		expect(formatEventDate('2026-01-29', 'day')).toBe('29 Jan 2026');
		expect(formatEventDate('2026-01-29', 'day', 'long')).toBe('29 January 2026');
	});
});
