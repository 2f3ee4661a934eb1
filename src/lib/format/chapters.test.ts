import { describe, expect, it } from 'vitest';
import {
	chapterLabel,
	chapterPhrase,
	chapterRange,
	chapterTitle,
	findChapter,
	shortChapterTitle,
	truncateLabel
} from './chapters';

describe('chapter titles', () => {
	it.each([
		['POLITICAL COOPERATION', 1, 'Political cooperation'],
		[
			'STRENGTHENING ECONOMIC, TRADE AND INVESTMENT RELATIONS',
			2,
			'Economic, trade and investment…'
		],
		['STRENGTHENING COOPERATION ON PEACE, DEFENCE AND SECURITY', 3, 'Peace, defence and security'],
		['STRENGTHENING HEALTHCARE COOPERATION', 11, 'Healthcare cooperation'],
		['STRENGTHENING REGIONAL AND MULTILATERAL COOPERATION', 12, 'Regional and multilateral…'],
		['', 0, 'Preamble']
	])('short title of %s', (raw, no, expected) => {
		expect(shortChapterTitle(raw, no)).toBe(expected);
	});
	it('keeps acronyms and leaves Title Case headings alone', () => {
		expect(chapterTitle('ENHANCING COOPERATION WITH THE EU AND ASEAN', 4)).toBe(
			'Enhancing cooperation with the EU and ASEAN'
		);
		expect(chapterTitle('Trade and investment continue to affirm their pillar role', 2)).toBe(
			'Trade and investment continue to affirm their pillar role'
		);
	});
	it('prefixes the chapter number', () => {
		expect(chapterLabel('POLITICAL COOPERATION', 1)).toBe('1 · Political cooperation');
		expect(chapterLabel('', 0)).toBe('Preamble');
	});
});

describe('truncateLabel', () => {
	it('cuts at a word boundary and drops a dangling ampersand', () => {
		expect(truncateLabel('Semiconductors & critical raw materials', 20)).toBe('Semiconductors…');
		expect(truncateLabel('Health', 20)).toBe('Health');
	});
});

describe('chapters named in sentences and links', () => {
	const chapters = [0, 1, 2, 3].map((chapterNo) => ({ chapterNo, title: `Title ${chapterNo}` }));
	it('names the chapter a link points to, or none when the text has no such chapter', () => {
		expect(findChapter(chapters, '3')?.title).toBe('Title 3');
		expect(findChapter(chapters, '0')?.title).toBe('Title 0');
		expect(findChapter(chapters, '99')).toBeUndefined();
		expect(findChapter(chapters, undefined)).toBeUndefined();
	});
	it('phrases a chapter with its title, never "undefined"', () => {
		expect(chapterPhrase(3, 'Peace, defence and security')).toBe(
			'chapter 3 (Peace, defence and security)'
		);
		expect(chapterPhrase(0, 'Preamble')).toBe('the preamble');
		expect(chapterRange([0, 1, 2, 12])).toBe('the preamble and chapters 1–12');
		expect(chapterRange([1])).toBe('chapter 1');
	});
});
