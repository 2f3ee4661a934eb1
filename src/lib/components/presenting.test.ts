import { describe, expect, it } from 'vitest';
import { neighbour, presentStep } from './presenting';

describe('presentStep', () => {
	it.each([
		['PageDown', false, 'next'],
		['PageUp', false, 'previous'],
		['ArrowRight', false, 'next'],
		['ArrowLeft', false, 'previous'],
		['PageDown', true, 'next'],
		['ArrowRight', true, null],
		['ArrowLeft', true, null],
		['Enter', false, null],
		['Escape', false, null]
	] as const)('%s (in a widget: %s) → %s', (key, inWidget, step) => {
		expect(presentStep(key, inWidget)).toBe(step);
	});
});

describe('neighbour', () => {
	const figures = ['a', 'b', 'c'];
	it('moves within the page and stops at its ends', () => {
		expect(neighbour(figures, 'b', 'next')).toBe('c');
		expect(neighbour(figures, 'b', 'previous')).toBe('a');
		expect(neighbour(figures, 'c', 'next')).toBeNull();
		expect(neighbour(figures, 'a', 'previous')).toBeNull();
		expect(neighbour(figures, 'x', 'next')).toBeNull();
	});
});
