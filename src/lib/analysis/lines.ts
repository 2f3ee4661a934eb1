/**
 * Line and offset helpers shared by the structure and sentence modules. LF, CRLF and a lone CR
 * (old Mac files) all end a line. Offsets always point into the text exactly as read: the '\r'
 * of a CRLF ending is treated as trailing whitespace of its line, never removed from the text.
 */
import type { Span } from './types';

/** One line of the text, without its line break. */
export interface Line extends Span {
	/** First non-whitespace offset; equals `start` when the line is blank. */
	contentStart: number;
	/** One past the last non-whitespace offset; equals `start` when the line is blank. */
	contentEnd: number;
}

/**
 * Whitespace as JavaScript's `\s` sees it (space, tabs, CR, LF, NBSP, the Unicode spaces, BOM),
 * tested on a char code so that scanners stay allocation-free.
 */
export function isWhitespaceCode(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	if (code < 160) return false;
	return (
		code === 160 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** Narrows `[start, end)` to its non-whitespace core; an all-blank range collapses to `start`. */
export function trimSpan(text: string, start: number, end: number): Span {
	const from = Math.min(Math.max(0, start), text.length);
	let s = from;
	let e = Math.min(text.length, end);
	while (s < e && isWhitespaceCode(text.charCodeAt(s))) s++;
	while (e > s && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
	return s < e ? { start: s, end: e } : { start: from, end: from };
}

const LINE_BREAK = /\n|\r(?!\n)/g;

/**
 * Offset of the next line break at or after `from` ('\n', or a '\r' not followed by '\n'),
 * or -1. A CRLF's break is its '\n', so a CRLF text yields the lines of its LF twin (plus a '\r'
 * each) and a CR text those of its LF twin exactly.
 */
export function nextLineBreak(text: string, from: number): number {
	LINE_BREAK.lastIndex = from;
	return LINE_BREAK.exec(text)?.index ?? -1;
}

/** Whether the character at `i` ends a line: '\n', or a '\r' not followed by '\n'. */
export const isLineBreakAt = (text: string, i: number): boolean => {
	const code = text.charCodeAt(i);
	return code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10);
};

/** Splits at line breaks (see `nextLineBreak`). */
export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = nextLineBreak(text, start);
		if (end < 0) end = text.length;
		const core = trimSpan(text, start, end);
		lines.push({ start, end, contentStart: core.start, contentEnd: core.end });
		start = end + 1;
	}
	return lines;
}

/** Offsets at which each line starts: `[0, after the first line break, …]`. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = nextLineBreak(text, 0); i >= 0; i = nextLineBreak(text, i + 1)) starts.push(i + 1);
	return starts;
}

// The pipeline asks for many line numbers in the same document in a row: remember the last
// document's line starts so each call is a binary search instead of a scan from the top.
let cachedText: string | null = null;
let cachedStarts: number[] = [0];

/** 1-based line number of `offset` (clamped into the text). */
export function lineNumberAt(text: string, offset: number): number {
	if (text !== cachedText) {
		cachedText = text;
		cachedStarts = lineStarts(text);
	}
	const target = Math.min(Math.max(0, Number.isNaN(offset) ? 0 : offset), text.length);
	let lo = 0;
	let hi = cachedStarts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((cachedStarts[mid] ?? 0) <= target) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

/**
 * A letter or digit, by char code: ASCII, Latin-1 and beyond, but not the general punctuation
 * block (’ “ ” – …), so that no regular expression runs per character.
 */
export const isWordCode = (c: number) =>
	(c >= 48 && c <= 57) ||
	(c >= 65 && c <= 90) ||
	(c >= 97 && c <= 122) ||
	(c >= 0xc0 &&
		c !== 0xd7 &&
		c !== 0xf7 &&
		(c < 0x2000 || c > 0x206f) &&
		(c < 0x3000 || c > 0x303f));

/**
 * The text of `span` (clamped to `docText`) and the offset it begins at: readers search this
 * slice, so that a short span never scans the rest of a long document.
 */
export function spanSlice(docText: string, span: Span): { begin: number; text: string } {
	const begin = Math.max(0, span.start);
	const limit = Math.min(span.end, docText.length);
	return { begin, text: limit <= begin ? '' : docText.slice(begin, limit) };
}
