import { describe, expect, it } from 'vitest';
import { isRovingKey, rovingTarget, tabStop } from './roving-focus';

const order = ['a', 'b', 'c', 'd'];

describe('rovingTarget', () => {
	it('moves to the next and previous event with either pair of arrows', () => {
		expect(rovingTarget(order, 'b', 'ArrowRight')).toBe('c');
		expect(rovingTarget(order, 'b', 'ArrowDown')).toBe('c');
		expect(rovingTarget(order, 'b', 'ArrowLeft')).toBe('a');
		expect(rovingTarget(order, 'b', 'ArrowUp')).toBe('a');
	});
	it('stops at either end, and Home and End jump there', () => {
		expect(rovingTarget(order, 'd', 'ArrowRight')).toBe('d');
		expect(rovingTarget(order, 'a', 'ArrowLeft')).toBe('a');
		expect(rovingTarget(order, 'c', 'Home')).toBe('a');
		expect(rovingTarget(order, 'b', 'End')).toBe('d');
	});
	it('ignores other keys, and starts from the first event when the current one is gone', () => {
		expect(rovingTarget(order, 'b', 'Enter')).toBeNull();
		expect(rovingTarget(order, 'b', 'Tab')).toBeNull();
		expect(rovingTarget(order, 'x', 'ArrowRight')).toBe('a');
		expect(rovingTarget([], 'a', 'Home')).toBeNull();
		expect(isRovingKey('Escape')).toBe(false);
		expect(isRovingKey('End')).toBe(true);
	});
});

describe('tabStop', () => {
	it('keeps the last event reached, or falls back to the first shown', () => {
		expect(tabStop(order, 'c')).toBe('c');
		expect(tabStop(order, null)).toBe('a');
		expect(tabStop(['b', 'd'], 'c')).toBe('b');
		expect(tabStop([], 'c')).toBeNull();
	});
});
