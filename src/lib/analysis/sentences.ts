/**
 * Sentence splitting inside a span of the document. A sentence ends at . ! ? or … (closing
 * quotes and brackets stay with it) when whitespace and then an uppercase letter, an opening
 * quote or bracket, or a digit follow, or at the end of the span; a blank line always ends one.
 * Semicolons never do: a clause splitter works inside the sentence.
 */
import { isLineBreakAt, isWhitespaceCode, trimSpan } from './lines';
import { MONTH_ABBREVIATIONS } from './months';
import type { Span } from './types';

const UPPERCASE = /\p{Lu}/u;
const LETTER = /\p{L}/u;
/** "U.S", "e.g", "i.e", "U.K": letters joined by dots (the final dot is the candidate). */
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;

/** Characters at which a sentence may end: terminal punctuation and line breaks (LF, lone CR). */
const CANDIDATE = /[.!?\u2026\n]|\r(?!\n)/g;
const LIST_MARKER = /^\(?(?:\d{1,3}|[A-Za-z]|[ivxlIVXL]{1,4})\)?$/;
const LIST_MARKER_MAX_CHARS = 8;

/** Titles and abbreviations that are written capitalised and never end a sentence here. */
const CAPITALISED_ABBREVIATIONS = new Set([
	'Mr',
	'Mrs',
	'Ms',
	'Mme',
	'Messrs',
	'Dr',
	'Prof',
	'St',
	'Mt',
	'Jr',
	'Sr',
	'Gen',
	'Col',
	'Capt',
	'Lt',
	'Adm',
	'Gov',
	'Sen',
	'Rep',
	'Hon',
	'Amb',
	'Rev',
	'No',
	'Nos',
	'Art',
	'Arts',
	'Para',
	'Paras',
	'Fig',
	'Vol',
	'Sec',
	'Ch',
	'Dept',
	'Corp',
	'Inc',
	'Ltd',
	'Co',
	'Bros',
	'Ave',
	// "Jan", "Sept": the month abbreviations, capitalised
	...MONTH_ABBREVIATIONS.map((m) => m[0]!.toUpperCase() + m.slice(1))
]);

/** Lowercase abbreviations that are not English words, so they never end a sentence here. */
const LOWERCASE_ABBREVIATIONS = new Set(['vs', 'cf', 'al', 'ca', 'approx', 'viz', 'para', 'paras']);

/** Lowercase abbreviations that are also words ("no", "art"): abbreviations only before a digit. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'p', 'pp', 'vol', 'sec', 'fig', 'ch']);

function isTerminal(code: number): boolean {
	return code === 46 /* . */ || code === 33 /* ! */ || code === 63 /* ? */ || code === 0x2026;
}

/** The char codes of `chars`, for a look-up by code. */
const codes = (chars: string): ReadonlySet<number> =>
	new Set([...chars].map((char) => char.charCodeAt(0)));

/** Quotes and brackets that close a sentence and stay with it. */
const CLOSING = codes(`"')]\u201d\u2019\u00bb`);
const isClosing = (code: number): boolean => CLOSING.has(code);

/** What may open the next sentence besides an uppercase letter or a digit. */
const OPENING = codes(`"'([\u201c\u2018\u00ab\u201e`);
const isOpening = (code: number): boolean => OPENING.has(code);

/** Whitespace, an opening quote or bracket, a slash or a dash may come before a token. */
function opensToken(code: number): boolean {
	return isWhitespaceCode(code) || isOpening(code) || code === 47 || code === 45 || code === 0x2013;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isLetterAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
	return code > 127 && LETTER.test(text.charAt(i));
}

function startsSentence(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	if (isDigit(code) || isOpening(code)) return true;
	if (code >= 65 && code <= 90) return true;
	return code > 127 && UPPERCASE.test(text.charAt(i));
}

/**
 * Whether the period at `dot` belongs to an abbreviation or an initial rather than ending a
 * sentence. `next` is the offset of the first character after the whitespace that follows.
 */
function isAbbreviationDot(text: string, dot: number, next: number): boolean {
	let from = dot;
	while (from > 0 && (isLetterAt(text, from - 1) || text.charCodeAt(from - 1) === 46)) from--;
	// A token glued to a digit or symbol ("1.5°C.") is a unit, not an abbreviation or initial.
	if (from === dot || (from > 0 && !opensToken(text.charCodeAt(from - 1)))) return false;
	const token = text.slice(from, dot);
	if (token.length === 1) return UPPERCASE.test(token); // an initial: "J. Smith"
	if (DOTTED_LETTERS.test(token)) return true;
	if (CAPITALISED_ABBREVIATIONS.has(token) || LOWERCASE_ABBREVIATIONS.has(token)) return true;
	return NUMBER_ABBREVIATIONS.has(token) && isDigit(text.charCodeAt(next));
}

/** "12." or "(b)." or "iv." alone before the dot: a list marker, not a sentence. */
function isListMarker(text: string, from: number, dot: number): boolean {
	if (dot - from > LIST_MARKER_MAX_CHARS) return false;
	const { start, end } = trimSpan(text, from, dot);
	return LIST_MARKER.test(text.slice(start, end));
}

/** Offset just past a blank line that starts at the line break at `i`, or -1 when there is none. */
function blankLineEnd(text: string, i: number, end: number): number {
	let j = i + 1;
	while (j < end) {
		if (isLineBreakAt(text, j)) return j + 1;
		if (!isWhitespaceCode(text.charCodeAt(j))) return -1;
		j++;
	}
	return -1;
}

/** Sentences inside `span`, trimmed of whitespace, in order, with absolute offsets. */
export function splitSentences(text: string, span: Span): Span[] {
	const end = Math.min(Math.max(0, span.end), text.length);
	const begin = Math.min(Math.max(0, span.start), end);
	const sentences: Span[] = [];
	const push = (from: number, to: number): void => {
		const s = trimSpan(text, from, to);
		if (s.end > s.start) sentences.push(s);
	};
	let sentenceStart = begin;
	let i = begin;
	while (i < end) {
		// Jump to the next character that can end a sentence (native scan, much faster per char).
		CANDIDATE.lastIndex = i;
		i = CANDIDATE.exec(text) === null ? end : CANDIDATE.lastIndex - 1;
		if (i >= end) break;
		const code = text.charCodeAt(i);
		if (code === 10 || code === 13) {
			const after = blankLineEnd(text, i, end);
			if (after >= 0) {
				push(sentenceStart, i);
				sentenceStart = after;
				i = after;
				continue;
			}
			i++;
			continue;
		}
		let close = i + 1;
		while (close < end && isTerminal(text.charCodeAt(close))) close++;
		const singleDot = code === 46 && close === i + 1;
		while (close < end && isClosing(text.charCodeAt(close))) close++;
		let next = close;
		while (next < end && isWhitespaceCode(text.charCodeAt(next))) next++;
		const boundary =
			next === end ||
			(next > close &&
				startsSentence(text, next) &&
				!(singleDot && isAbbreviationDot(text, i, next)) &&
				!isListMarker(text, sentenceStart, i));
		if (boundary) {
			push(sentenceStart, close);
			sentenceStart = next;
		}
		i = close;
	}
	push(sentenceStart, end);
	return sentences;
}
