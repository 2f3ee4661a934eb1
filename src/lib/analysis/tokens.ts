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
const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 3;
const OTHER = 4;
/** Character kinds of ASCII, looked up by code. */
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) => {
	const char = String.fromCharCode(code);
	if (/\s/.test(char)) return SPACE;
	if (/[0-9]/.test(char)) return DIGIT;
	return /[A-Za-z]/.test(char) ? LETTER : OTHER;
});
/**
 * Kind of the character (code point) at `at`; ASCII by table, the rest by Unicode class. Digits
 * of other scripts count as letters: only ASCII digits make a number.
 */
function kindAt(text: string, at: number): number {
	const code = text.charCodeAt(at);
	if (code < 128) return ASCII_KINDS[code] ?? OTHER;
	const char = String.fromCodePoint(text.codePointAt(at) ?? code);
	if (NON_ASCII_WORD.test(char)) return LETTER;
	if (NON_ASCII_MARK.test(char)) return MARK;
	return NON_ASCII_SPACE.test(char) ? SPACE : OTHER;
}

/** UTF-16 units of the character at `at`, never past `end`. */
function widthAt(text: string, at: number, end: number): number {
	const code = text.charCodeAt(at);
	return code >= 0xd800 && code <= 0xdbff && at + 1 < end ? 2 : 1;
}

const APOSTROPHE = 39;
const FULL_STOP = 46;
const HYPHEN = 45;
const CURLY_APOSTROPHE = 0x2019;
const PLUS = 43;
/** ' ’ - join two parts of one word token: "EU's", "sub-region", "COVID-19". */
const isWordJoiner = (code: number) =>
	code === APOSTROPHE || code === HYPHEN || code === CURLY_APOSTROPHE;
/** Writers also join with a full stop ("U.S", "1.5"): `tokenize`'s words. */
const isJoiner = (code: number) => isWordJoiner(code) || code === FULL_STOP;

const isDigitAt = (text: string, at: number) => {
	const code = text.charCodeAt(at);
	return code >= 48 && code <= 57;
};
const isLetterOrDigit = (kind: number) => kind === LETTER || kind === DIGIT;

/** The end of the word token that starts with the letter at `at`. */
function wordEnd(text: string, at: number, end: number): number {
	let stop = at;
	let joined = false; // after a joiner, digits belong to the word too ("COVID-19")
	while (stop < end) {
		const kind = kindAt(text, stop);
		if (kind === LETTER || kind === MARK || (joined && kind === DIGIT)) {
			stop += widthAt(text, stop, end);
		} else if (
			isWordJoiner(text.charCodeAt(stop)) &&
			stop + 1 < end &&
			isLetterOrDigit(kindAt(text, stop + 1))
		) {
			stop += 1;
			joined = true;
		} else break;
	}
	return stop;
}

/** The end of the number token that starts at `at`: digits, and a decimal part. */
function numberEnd(text: string, at: number, end: number): number {
	let stop = at;
	while (stop < end && isDigitAt(text, stop)) stop++;
	if (stop + 1 < end && text.charCodeAt(stop) === FULL_STOP && isDigitAt(text, stop + 1)) {
		stop++;
		while (stop < end && isDigitAt(text, stop)) stop++;
	}
	return stop;
}

function token(text: string, start: number, end: number, kind: TokenKind): Token {
	const raw = text.slice(start, end);
	const lower = kind === 'word' ? lowerForm(text, start, end, raw) : raw;
	return { start, end, text: raw, lower, kind, word: kind === 'word' || kind === 'number' };
}

/**
 * The look-up form of the word `raw` (text from `start` to `end`). Most words are lower-case
 * ASCII already: a look at their codes is about half the cost of `toLowerCase`, which the
 * tokeniser otherwise called on every word of every document.
 */
function lowerForm(text: string, start: number, end: number, raw: string): string {
	for (let at = start; at < end; at++) {
		const code = text.charCodeAt(at);
		if ((code >= 65 && code <= 90) || code >= 128) {
			const lower = raw.toLowerCase();
			return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
		}
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
	let at = start;
	while (at < end) {
		const kind = kindAt(docText, at);
		if (kind === LETTER) {
			const stop = wordEnd(docText, at, end);
			tokens.push(token(docText, at, stop, 'word'));
			at = stop;
		} else if (kind === DIGIT) {
			const stop = numberEnd(docText, at, end);
			tokens.push(token(docText, at, stop, 'number'));
			at = stop;
		} else if (kind === SPACE) {
			const code = docText.charCodeAt(at);
			// "\r\n" is one line break, at its "\n"; a lone "\r" ends a line too.
			if (code === 10 || (code === 13 && docText.charCodeAt(at + 1) !== 10)) {
				tokens.push(token(docText, at, at + 1, 'newline'));
			}
			at++;
		} else {
			const width = widthAt(docText, at, end);
			if (kind === OTHER) tokens.push(token(docText, at, at + width, 'punct'));
			at += width;
		}
	}
	return tokens;
}

const touches = (a: Token | undefined, b: Token | undefined): boolean =>
	a !== undefined && b !== undefined && a.end === b.start;

/**
 * The written words of `scanTokens`: the words and numbers that touch, with a joiner ' ’ . -
 * between two of them, make one word ("61bn", "5-year", "U.S", "2025-2030"), and a "+" right
 * after a word belongs to it ("Erasmus+"); other punctuation stays one token and line breaks
 * are dropped.
 */
export function tokenize(docText: string, start: number, end: number): Token[] {
	const parts = scanTokens(docText, start, end);
	const words: Token[] = [];
	for (let i = 0; i < parts.length; i++) {
		const first = parts[i] as Token;
		if (first.kind === 'newline') continue;
		if (!first.word) {
			words.push(first);
			continue;
		}
		let last = i;
		for (;;) {
			const next = parts[last + 1];
			if (!touches(parts[last], next) || !next) break;
			if (next.word) last++;
			else if (
				isJoiner(next.text.charCodeAt(0)) &&
				parts[last + 2]?.word &&
				touches(next, parts[last + 2])
			) {
				last += 2;
			} else break;
		}
		const plus = parts[last + 1];
		if (plus && touches(parts[last], plus) && plus.text.charCodeAt(0) === PLUS) last++;
		words.push(last === i ? first : joined(docText, first, parts[last] as Token));
		i = last;
	}
	return words;
}

/** One written word from `first` to `last`: a word if it holds a letter, else a number. */
function joined(docText: string, first: Token, last: Token): Token {
	const word = token(docText, first.start, last.end, 'word');
	if (/^[\d.,'’-]+$/.test(word.text)) return { ...word, kind: 'number' };
	return word;
}

/** Lower-case word forms of a phrase, tokenised as a text would be: "the U.S." → ["the", "u.s", "."]. */
export function phraseWords(phrase: string): string[] {
	let words = PHRASE_WORDS.get(phrase);
	if (!words) {
		words = tokenize(phrase, 0, phrase.length).map((token) => token.lower);
		PHRASE_WORDS.set(phrase, words);
	}
	return words;
}

/**
 * Phrases come from reviewed lists and are asked for once per document: tokenised once per
 * process (callers never change the arrays).
 */
const PHRASE_WORDS = new Map<string, string[]>();
