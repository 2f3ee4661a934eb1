/**
 * The one tokeniser of the analysis. `scanTokens` cuts a text once into tokens, each tagged once
 * with its kind and its offsets into the document text and a lower-case form (curly apostrophes
 * folded to straight ones), so every later pass reads the same tokens and looks words up by
 * `lower`:
 * - `word`: letters (any script) with their combining marks, and with inner ' ’ - followed by a
 *   letter or digit ("EU's", "sub-region", "COVID-19");
 * - `number`: ASCII digits, with a decimal part ("1.5"); a thousands separator is a `punct`
 *   token between two numbers ("1" "," "000"), read as one figure by the figures' number pass;
 * - `punct`: one other character ("$", "%", ",", "-");
 * - `newline`: a line break ("\n", or a lone "\r"), so that a phrase never runs across lines.
 *
 * Those tokens are the smallest parts any pass reads. The clause analysis and the parties read
 * words as a writer writes them: `tokenize` joins the tokens that touch into one word ("61bn",
 * "2025-2030", "U.S", "Erasmus+") without reading a character again.
 */
import { mapPacked } from './packed';
import type { Span } from './types';

/** What a token is: tagged once by the tokeniser. */
export type TokenKind = 'word' | 'number' | 'punct' | 'newline';

/** A token with its offsets, its text, its look-up form and its kind. */
export interface Token extends Span {
	text: string;
	/** Lower case, ’ folded to ': the form every lexicon look-up uses. */
	lower: string;
	kind: TokenKind;
	/** A word or a number (of `tokenize`: a written word, letters and digits). */
	word: boolean;
}

/** Unicode letters, marks and digits, whitespace: tested only for non-ASCII characters. */
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NON_ASCII_MARK = /\p{M}/u;
const NON_ASCII_SPACE = /\s/u;
const UNREAD = 0;
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const MARK = 4;
const OTHER = 5;
/**
 * Character kinds by UTF-16 code: ASCII filled here, the rest of the BMP as the texts meet it
 * (a Unicode regex costs far more than a table look-up, and a text repeats its few non-ASCII
 * letters). Surrogates are never stored: their kind depends on the unit after them.
 */
const KINDS = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) {
	const char = String.fromCharCode(code);
	if (/\s/.test(char)) KINDS[code] = SPACE;
	else if (/[0-9]/.test(char)) KINDS[code] = DIGIT;
	else KINDS[code] = /[A-Za-z]/.test(char) ? LETTER : OTHER;
}
/** ASCII characters as strings: a punctuation token's text without a call to `slice`. */
const ASCII_TEXT = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * Kind of the character (code point) at `at`; by table, and by Unicode class the first time a
 * character is met. Digits of other scripts count as letters: only ASCII digits make a number.
 * The hot loops read ASCII from `KINDS` themselves and call this only for the rest.
 */
function kindAt(text: string, at: number): number {
	const code = text.charCodeAt(at);
	const known = KINDS[code] ?? UNREAD;
	if (known !== UNREAD) return known;
	const kind = unicodeKind(String.fromCodePoint(text.codePointAt(at) ?? code));
	if (!isSurrogate(code)) KINDS[code] = kind;
	return kind;
}

function unicodeKind(char: string): number {
	if (NON_ASCII_WORD.test(char)) return LETTER;
	if (NON_ASCII_MARK.test(char)) return MARK;
	return NON_ASCII_SPACE.test(char) ? SPACE : OTHER;
}

/** UTF-16 units of the character at `at` (code `code`), never past `end`. */
const widthOf = (code: number, at: number, end: number) =>
	code >= 0xd800 && code <= 0xdbff && at + 1 < end ? 2 : 1;

const APOSTROPHE = 39;
const FULL_STOP = 46;
const HYPHEN = 45;
const CURLY_APOSTROPHE = 0x2019;
const PLUS = 43;
const LINE_FEED = 10;
const SPACE_CHAR = 32;
const CARRIAGE_RETURN = 13;
/** ' ’ - join two parts of one word token: "EU's", "sub-region", "COVID-19". */
const isWordJoiner = (code: number) =>
	code === APOSTROPHE || code === HYPHEN || code === CURLY_APOSTROPHE;
/** Writers also join with a full stop ("U.S", "1.5"): `tokenize`'s words. */
const isJoiner = (code: number) => isWordJoiner(code) || code === FULL_STOP;

const isDigitAt = (text: string, at: number) => {
	const code = text.charCodeAt(at);
	return code >= 48 && code <= 57;
};
const isLowerAscii = (code: number) => code >= 97 && code <= 122;
const isUpperAscii = (code: number) => code >= 65 && code <= 90;
/** A character that `toLowerCase` may change, or ’: the look-up form of its word differs. */
const needsLowering = (code: number) => isUpperAscii(code) || code >= 128;

/** Every token is made here, so that all have one shape (one hidden class for V8). */
const makeToken = (
	start: number,
	end: number,
	text: string,
	lower: string,
	kind: TokenKind
): Token => ({ start, end, text, lower, kind, word: kind === 'word' || kind === 'number' });

/**
 * The word token that starts with the letter at `at` (code `first`), its look-up form found in
 * the same pass: a word of lower-case ASCII letters (most words) is its own form, not read again.
 */
function wordToken(text: string, at: number, end: number, first: number): Token {
	let stop = at + widthOf(first, at, end); // the caller has read the first letter
	let joined = false; // after a joiner, digits belong to the word too ("COVID-19")
	let plain = !needsLowering(first); // no character that lower-casing or folding ’ would change
	while (stop < end) {
		const code = text.charCodeAt(stop);
		if (isLowerAscii(code)) stop++;
		else if (isUpperAscii(code)) {
			plain = false;
			stop++;
		} else {
			const kind = code < 128 ? (KINDS[code] as number) : kindAt(text, stop);
			if (kind === LETTER || kind === MARK) {
				plain = false; // not ASCII
				stop += widthOf(code, stop, end);
			} else if (kind === DIGIT && joined) stop++;
			else if (kind === OTHER && isWordJoiner(code) && startsWordPart(text, stop + 1, end)) {
				plain &&= code !== CURLY_APOSTROPHE;
				stop++;
				joined = true;
			} else break;
		}
	}
	const raw = text.slice(at, stop);
	return makeToken(at, stop, raw, plain ? raw : lowerCase(raw), 'word');
}

/** A letter or a digit at `at`, before `end`: what may follow a joiner inside a word. */
function startsWordPart(text: string, at: number, end: number): boolean {
	if (at >= end) return false;
	const code = text.charCodeAt(at);
	const kind = code < 128 ? (KINDS[code] as number) : kindAt(text, at);
	return kind === LETTER || kind === DIGIT;
}

/** The number token that starts at `at`: digits, and a decimal part. */
function numberToken(text: string, at: number, end: number): Token {
	let stop = at;
	while (stop < end && isDigitAt(text, stop)) stop++;
	if (stop + 1 < end && text.charCodeAt(stop) === FULL_STOP && isDigitAt(text, stop + 1)) {
		stop++;
		while (stop < end && isDigitAt(text, stop)) stop++;
	}
	const raw = text.slice(at, stop);
	return makeToken(at, stop, raw, raw, 'number');
}

/**
 * Lower case with ’ folded to ': the look-up form of a word that needs more than its text.
 * Capitalised words repeat ("The", "Viet", "EU"): a map look-up costs less than `toLowerCase`
 * (3–5 % of `tokenize` on the seed) and hands the lexicons a form whose hash is computed.
 */
function lowerCase(raw: string): string {
	if (raw.length > CACHED_LENGTH) return lowerCaseOf(raw);
	let lower = LOWER_CASE.get(raw);
	if (lower === undefined) {
		lower = lowerCaseOf(raw);
		if (LOWER_CASE.size >= CACHED_WORDS) LOWER_CASE.clear();
		LOWER_CASE.set(raw, lower);
	}
	return lower;
}

function lowerCaseOf(raw: string): string {
	const lower = raw.toLowerCase();
	return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

const LOWER_CASE = new Map<string, string>();
/** A bound on the cache's memory, far above the capitalised vocabulary of a corpus. */
const CACHED_WORDS = 20_000;
/**
 * Only short words are kept: V8 copies a slice this short, where a longer one may be a view
 * that would keep its whole document alive in the cache.
 */
const CACHED_LENGTH = 12;

/**
 * The look-up form of the word `raw`. Most words are lower-case ASCII already: a look at their
 * codes is about half the cost of `toLowerCase`.
 */
function lowerForm(raw: string): string {
	for (let at = 0; at < raw.length; at++) {
		if (needsLowering(raw.charCodeAt(at))) return lowerCase(raw);
	}
	return raw;
}

/**
 * The tokens of `docText` from `start` to `end` (see the module's comment). A hand-written
 * scanner on char codes: tokenising is the largest cost of the clause analysis, and a Unicode
 * regex was three times slower. A combining mark that follows no letter is dropped.
 */
export function scanTokens(docText: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	scan(docText, start, end, tokens, false);
	return tokens;
}

/**
 * Pushes the tokens from `start` to `end` onto `tokens`. For `tokenize` (`written`), line
 * breaks are left out and the return tells whether a word or number touches something it may
 * join (a letter, a digit, a "+", a joiner before a letter or digit): most sentences have no
 * such place, and their tokens are already their written words.
 */
function scan(docText: string, start: number, end: number, tokens: Token[], written: boolean) {
	let mayJoin = false;
	let joinAt = -1; // for `tokenize`: where the last word or number ends
	let at = start;
	while (at < end) {
		const code = docText.charCodeAt(at);
		if (code === SPACE_CHAR) {
			at++; // half the characters read here: the spaces between words
			continue;
		}
		const kind = code < 128 ? (KINDS[code] as number) : kindAt(docText, at);
		if (at === joinAt) mayJoin ||= joinsWith(docText, at, end, code, kind);
		if (kind === LETTER || kind === DIGIT) {
			const token =
				kind === LETTER ? wordToken(docText, at, end, code) : numberToken(docText, at, end);
			tokens.push(token);
			at = token.end;
			if (written) joinAt = at;
		} else if (kind === SPACE) {
			if (!written && isLineBreak(docText, at, code)) {
				const raw = ASCII_TEXT[code] as string;
				tokens.push(makeToken(at, at + 1, raw, raw, 'newline'));
			}
			at++;
		} else {
			const width = widthOf(code, at, end);
			if (kind === OTHER) {
				const raw = code < 128 ? (ASCII_TEXT[code] as string) : docText.slice(at, at + width);
				tokens.push(makeToken(at, at + width, raw, raw, 'punct'));
			}
			at += width;
		}
	}
	return mayJoin;
}

/** "\r\n" is one line break, at its "\n"; a lone "\r" (code `code`, at `at`) ends a line too. */
function isLineBreak(text: string, at: number, code: number): boolean {
	return code === LINE_FEED || (code === CARRIAGE_RETURN && text.charCodeAt(at + 1) !== LINE_FEED);
}

/**
 * The character at `at` (code `code`, kind `kind`), right after a word or number, may join it
 * into one written word: a word or number that touches it, a "+", or a joiner before one.
 */
function joinsWith(text: string, at: number, end: number, code: number, kind: number): boolean {
	if (kind === LETTER || kind === DIGIT || code === PLUS) return true;
	return isJoiner(code) && startsWordPart(text, at + 1, end);
}

const touches = (a: Token, b: Token | undefined): b is Token =>
	b !== undefined && a.end === b.start;

/**
 * The written words of `scanTokens`: the words and numbers that touch, with a joiner ' ’ . -
 * between two of them, make one word ("61bn", "5-year", "U.S", "2025-2030"), and a "+" right
 * after a word belongs to it ("Erasmus+"); other punctuation stays one token and line breaks
 * are dropped.
 */
export function tokenize(docText: string, start: number, end: number): Token[] {
	const parts: Token[] = [];
	return scan(docText, start, end, parts, true) ? joinWritten(docText, parts) : parts;
}

/**
 * Joins the touching `parts` into written words. In place, with no second array: the i-th
 * written word is written over a part already read, never after the i-th part.
 */
function joinWritten(docText: string, parts: Token[]): Token[] {
	let count = 0;
	for (let i = 0; i < parts.length; i++) {
		const token = parts[i] as Token;
		const last = token.word && touches(token, parts[i + 1]) ? writtenWordEnd(parts, i) : i;
		if (last !== i) {
			parts[count] = joined(docText, token, parts[last] as Token);
			i = last;
		} else parts[count] = token;
		count++;
	}
	parts.length = count;
	return parts;
}

/** The index of the last token of the written word that starts with the word or number at `i`. */
function writtenWordEnd(parts: readonly Token[], i: number): number {
	let last = i;
	for (;;) {
		const at = parts[last] as Token;
		const next = parts[last + 1];
		if (!touches(at, next)) break;
		if (next.word) last++;
		else if (
			isJoiner(next.text.charCodeAt(0)) &&
			parts[last + 2]?.word &&
			touches(next, parts[last + 2])
		) {
			last += 2;
		} else break;
	}
	const end = parts[last] as Token;
	const plus = parts[last + 1];
	return touches(end, plus) && plus.text.charCodeAt(0) === PLUS ? last + 1 : last;
}

/** One written word from `first` to `last`: a word if it holds a letter, else a number. */
function joined(docText: string, first: Token, last: Token): Token {
	const text = docText.slice(first.start, last.end);
	const kind = /^[\d.,'’-]+$/.test(text) ? 'number' : 'word';
	return makeToken(first.start, last.end, text, lowerForm(text), kind);
}

/** The look-up forms of tokens, in order (packed: see packed.ts). */
export const lowerWords = (tokens: readonly Token[]): string[] =>
	mapPacked(tokens, (token) => token.lower);

/** Lower-case word forms of a phrase, tokenised as a text would be: "the U.S." → ["the", "u.s", "."]. */
export function phraseWords(phrase: string): string[] {
	let words = PHRASE_WORDS.get(phrase);
	if (!words) {
		words = lowerWords(tokenize(phrase, 0, phrase.length));
		PHRASE_WORDS.set(phrase, words);
	}
	return words;
}

/**
 * Phrases come from reviewed lists and are asked for once per document: tokenised once per
 * process (callers never change the arrays).
 */
const PHRASE_WORDS = new Map<string, string[]>();
