import { describe, expect, it } from 'vitest';
import { paragraphAnchor, textHref } from './links';

describe('text links', () => {
	it('uses the printed number for the joint statement', () => {
		expect(textHref('joint-statement-2026', 41)).toBe('/text#p-41');
	});
	it('prefixes other documents with their id', () => {
		expect(paragraphAnchor('article-2026-02', 5)).toBe('article-2026-02-p-5');
	});
});
