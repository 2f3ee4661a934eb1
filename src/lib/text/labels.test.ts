import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '$lib/format/dates';
import { documentLabel } from './labels';

describe('labels', () => {
	it('writes dates at their precision', () => {
		expect(formatPartialDate('2026-01-29')).toBe('29 January 2026');
		expect(formatPartialDate('2025-07')).toBe('July 2025');
		expect(formatPartialDate('1990')).toBe('1990');
		expect(formatPartialDate('')).toBe('');
		expect(formatPartialDate('2025-13')).toBe('2025');
	});
	it('names a document by kind and date', () => {
		expect(documentLabel('joint-statement', '2026-01-29')).toBe('Joint statement, 29 January 2026');
		expect(documentLabel('article', '')).toBe('Article');
	});
});
