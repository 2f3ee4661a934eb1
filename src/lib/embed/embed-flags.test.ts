import { describe, expect, it } from 'vitest';
import { readEmbedFlags, viewParams } from './embed-flags';

describe('embed flags', () => {
	it('reads theme, plain and transparent, defaulting to auto and chrome', () => {
		expect(readEmbedFlags(new URLSearchParams('theme=dark&plain=1'))).toEqual({
			theme: 'dark',
			plain: true,
			transparent: false
		});
		expect(readEmbedFlags(new URLSearchParams('theme=neon&transparent=1'))).toEqual({
			theme: 'auto',
			plain: false,
			transparent: true
		});
	});
	it('keeps the chart’s own parameters for the link back', () => {
		expect(viewParams(new URLSearchParams('theme=dark&chapter=3&level=4'))).toBe(
			'?chapter=3&level=4'
		);
		expect(viewParams(new URLSearchParams('plain=1'))).toBe('');
	});
});
