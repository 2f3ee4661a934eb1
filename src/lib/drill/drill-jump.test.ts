import { describe, expect, it } from 'vitest';
import { drillJumpLabel } from './drill-jump';

describe('drill jump label', () => {
	const clauses = ['clause', 'clauses'] as const;
	it('points down to a list below, with the count and its plural', () => {
		expect(drillJumpLabel({ target: 'x', count: 23, noun: clauses, direction: 'below' })).toBe(
			'23 clauses below ↓'
		);
	});
	it('points up to a list above, singular for one', () => {
		expect(
			drillJumpLabel({ target: 'x', count: 1, noun: ['sentence', 'sentences'], direction: 'above' })
		).toBe('↑ 1 sentence above');
	});
	it('says so when the selection lists nothing', () => {
		expect(drillJumpLabel({ target: 'x', count: 0, noun: clauses, direction: 'below' })).toBe(
			'No clauses below ↓'
		);
	});
});
