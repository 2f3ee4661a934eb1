import { describe, expect, it } from 'vitest';
import { joinContents } from './serialize';

describe('joinContents', () => {
	it('joins text and UTF-8 pieces, even when a character is cut between two pieces', () => {
		const bytes = new TextEncoder().encode('Việt Nam “x”');
		// "ệ" is three bytes: cut inside it.
		const pieces = ['a ', bytes.slice(0, 3), bytes.slice(3), ' z'];
		expect(joinContents(pieces)).toBe('a Việt Nam “x” z');
		expect(joinContents('whole')).toBe('whole');
	});
});
