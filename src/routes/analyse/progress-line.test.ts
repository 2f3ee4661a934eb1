import { describe, expect, it } from 'vitest';
import { progressLine, sizeText } from './progress-line';

describe('progressLine', () => {
	it('says each step with the counts it starts from', () => {
		expect(progressLine({ step: 'read', bytes: 21_550 })).toBe('Checking 21 KB of text…');
		expect(progressLine({ step: 'analyse', lines: 1 })).toBe(
			'Reading 1 line into paragraphs, sentences and clauses…'
		);
		expect(progressLine({ step: 'tables', paragraphs: 1_204, clauses: 1 })).toBe(
			'Found 1,204 paragraphs and 1 clause; writing the tables…'
		);
	});

	it('sizes in bytes, KB or MB', () => {
		expect(sizeText(900)).toBe('900 bytes');
		expect(sizeText(5 * 1024 * 1024 + 1)).toBe('5.0 MB');
	});
});
