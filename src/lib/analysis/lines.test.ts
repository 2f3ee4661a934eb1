import { describe, expect, it } from 'vitest';
import { isWhitespaceCode, lineNumberAt, lineStarts, splitLines, trimSpan } from './lines';

describe('lineNumberAt', () => {
	const lf = 'first\nsecond\n\nfourth';
	const crlf = 'first\r\nsecond\r\n\r\nfourth';
	it.each([
		['start of text', lf, 0, 1],
		['last char of line 1', lf, 4, 1],
		['the newline itself', lf, 5, 1],
		['start of line 2', lf, 6, 2],
		['blank line 3', lf, 13, 3],
		['line 4', lf, 14, 4],
		['end of text', lf, lf.length, 4],
		['CRLF: the \\r belongs to its line', crlf, 5, 1],
		['CRLF: start of line 2', crlf, 7, 2],
		['CRLF: line 4', crlf, crlf.indexOf('fourth'), 4],
		['CR alone ends a line (old Mac files)', 'first\rsecond\r\rfourth', 14, 4],
		['negative offset is clamped', lf, -3, 1],
		['offset past the end is clamped', lf, 999, 4],
		['NaN counts as 0', lf, Number.NaN, 1],
		['empty text', '', 0, 1]
	])('%s', (_name, text, offset, line) => {
		expect(lineNumberAt(text, offset)).toBe(line);
	});

	it('switches documents between calls (its cache follows the text)', () => {
		const a = 'a\nb\nc';
		const b = 'x\n\n\n\ny';
		expect([lineNumberAt(a, 4), lineNumberAt(b, 5), lineNumberAt(a, 2)]).toEqual([3, 5, 2]);
	});
});

describe('splitLines', () => {
	it('gives CRLF lines the same content spans as their LF twins', () => {
		const lf = 'Title\n\n  1. Text  \nend';
		const crlf = lf.replace(/\n/g, '\r\n');
		const contents = (text: string) =>
			splitLines(text).map((l) => text.slice(l.contentStart, l.contentEnd));
		expect(contents(crlf)).toEqual(['Title', '', '1. Text', 'end']);
		expect(contents(lf)).toEqual(contents(crlf));
	});

	it('ends a line at a lone CR, as at LF: a CR text has the lines of its LF twin', () => {
		const lf = 'Title\n\n  1. Text  \nend';
		const cr = lf.replace(/\n/g, '\r');
		expect(splitLines(cr)).toEqual(splitLines(lf));
	});

	it('keeps every line inside the text and marks blank lines with empty content', () => {
		const text = 'a\n \t\r\n\nb';
		const lines = splitLines(text);
		expect(lines.map((l) => [l.start, l.end, l.contentEnd - l.contentStart])).toEqual([
			[0, 1, 1],
			[2, 5, 0],
			[6, 6, 0],
			[7, 8, 1]
		]);
	});
});

describe('lineStarts', () => {
	it.each([
		['', [0]],
		['a', [0]],
		['a\n', [0, 2]],
		['a\r\nb\nc', [0, 3, 5]],
		['a\rb\r\rc', [0, 2, 4, 5]],
		['a\r\r\nb', [0, 2, 4]]
	])('%j', (text, starts) => {
		expect(lineStarts(text)).toEqual(starts);
	});
});

describe('trimSpan and isWhitespaceCode', () => {
	it.each([
		['  ab  ', 0, 6, 2, 4],
		['\r\n\u00a0x\u2009', 0, 5, 3, 4],
		['   ', 0, 3, 0, 0],
		['abc', -5, 99, 0, 3]
	])('trims %j', (text, start, end, s, e) => {
		expect(trimSpan(text, start, end)).toEqual({ start: s, end: e });
	});

	it('agrees with the \\s of regular expressions on every BMP code point', () => {
		const mismatches: number[] = [];
		for (let code = 0; code < 0x10000; code++) {
			if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
		}
		expect(mismatches).toEqual([]);
	});
});
