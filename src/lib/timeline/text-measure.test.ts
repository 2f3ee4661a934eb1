import { describe, expect, it } from 'vitest';
import { BOLD_FACTOR, textWidth, wrapText } from './text-measure';

describe('textWidth', () => {
	it('grows with the text and the font size, and with bold', () => {
		expect(textWidth('Hanoi', 10)).toBeCloseTo(0.72 * 10 + 0.6 * 30 + 0.32 * 10);
		expect(textWidth('Hanoi', 20)).toBeCloseTo(2 * textWidth('Hanoi', 10));
		expect(textWidth('Hanoi', 10, true)).toBeCloseTo(BOLD_FACTOR * textWidth('Hanoi', 10));
		expect(textWidth('mmm', 10)).toBeGreaterThan(textWidth('iii', 10));
	});
});

describe('wrapText', () => {
	const title = 'Vietnam Airlines Ho Chi Minh City–Copenhagen, first Viet Nam–Nordic direct route';
	it('keeps every word, in order, and every line within the width', () => {
		const lines = wrapText(title, 150, 12.5);
		expect(lines.join(' ')).toBe(title);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, 12.5)).toBeLessThanOrEqual(150);
	});
	it('gives a word wider than the line a line of its own', () => {
		expect(wrapText('a Comprehensive b', 30, 12.5)).toEqual(['a', 'Comprehensive', 'b']);
	});
	it('narrows the first line by its inset', () => {
		const plain = wrapText(title, 200, 12.5);
		const inset = wrapText(title, 200, 12.5, { firstLineInset: 60 });
		expect(textWidth(inset[0] ?? '', 12.5)).toBeLessThanOrEqual(140);
		expect((inset[0] ?? '').length).toBeLessThan((plain[0] ?? '').length);
	});
});
