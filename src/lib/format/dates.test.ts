import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './dates';

describe('formatPartialDate', () => {
	it('keeps the precision the text gives', () => {
		expect(formatPartialDate('2025')).toBe('2025');
		expect(formatPartialDate('2025-07')).toBe('July 2025');
		expect(formatPartialDate('2025-12', 'short')).toBe('Dec 2025');
		expect(formatPartialDate('2026-01-29')).toBe('29 January 2026');
		expect(formatPartialDate('soon')).toBe('soon');
	});
});
