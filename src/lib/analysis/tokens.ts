/**
 * The one tokeniser module of the analysis: words (letters and digits, joined by ' ’ . - inside,
 * "+" at the end as in "Erasmus+") and single punctuation marks, each with its offsets into the
 * document text and its lower-case form (curly apostrophes folded to straight ones), so every
 * later pass reads the same tokens and looks words up by `lower`.
 *
 * Figures read numbers, and numbers need a second segmentation of the same text, here as
 * `tokenizeNumbers`: a number keeps its thousands separators and decimals ("1,000.5" is one
 * token, three for `tokenize`), a number and the letters glued to it part ("61bn" → "61" "bn",
 * "5th", "2025-2030" → "2025" "-" "2030", "U.S" → "U" "." "S": one word for `tokenize`), and a
 * line break is a token, so that a figure's phrase never runs across lines. On the seeds and
 * the 13 corpus statements the two segmentations differ in about 1,000 tokens besides the 1,200
 * line breaks: an adapter over `tokenize` would have to cut its words again, that is, tokenise
 * twice.
 */
import type { Span } from './types';

/** A token: a word, or one punctuation mark (`word` false). */
export interface Token extends Span {
	text: string;
	/** Lower case, ’ folded to ': the form every lexicon look-up uses. */
	lower: string;
	word: boolean;
}

/** Unicode letters, marks and digits, whitespace: tested only for non-ASCII characters. */
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NON_ASCII_MARK = /\p{M}/u;
const NON_ASCII_SPACE = /\s/u;
const SPACE = 0;
const WORD = 1;
const MARK = 2;
const OTHER = 3;
/** Character kinds of ASCII, looked up by code. */
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) => {
	const char = String.fromCharCode(code);
	if (/\s/.test(char)) return SPACE;
	return /[A-Za-z0-9]/.test(char) ? WORD : OTHER;
});
/** Kind of the character (code point) at `at`; ASCII by table, the rest by Unicode class. */
function kindAt(text: string, at: number): number {
	const code = text.charCodeAt(at);
	if (code < 128) return ASCII_KINDS[code] ?? OTHER;
	const char = String.fromCodePoint(text.codePointAt(at) ?? code);
	if (NON_ASCII_WORD.test(char)) return WORD;
	if (NON_ASCII_MARK.test(char)) return MARK;
	return NON_ASCII_SPACE.test(char) ? SPACE : OTHER;
}

/** UTF-16 units of the character at `at`, never past `end`. */
function widthAt(text: string, at: number, end: number): number {
	const code = text.charCodeAt(at);
	return code >= 0xd800 && code <= 0xdbff && at + 1 < end ? 2 : 1;
}

/** ' ’ . - join two parts of one word: "EU's", "1.5", "sub-region". */
const isJoiner = (code: number) => code === 39 || code === 46 || code === 45 || code === 0x2019;

/**
 * Words (letters and digits, joined by ' ’ . - inside, "+" at the end as in "Erasmus+") and
 * single punctuation marks. A hand-written scanner on char codes: tokenising is the largest
 * cost of the clause analysis, and a Unicode regex was three times slower.
 */
export function tokenize(docText: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	let at = start;
	while (at < end) {
		const kind = kindAt(docText, at);
		const width = widthAt(docText, at, end);
		if (kind !== WORD) {
			if (kind === OTHER) {
				const text = docText.slice(at, at + width);
				tokens.push({ start: at, end: at + width, text, lower: text, word: false });
			}
			at += width;
			continue;
		}
		let stop = at + width;
		while (stop < end) {
			const code = docText.charCodeAt(stop);
			const nextKind = code < 128 ? (ASCII_KINDS[code] ?? OTHER) : kindAt(docText, stop);
			if (nextKind === WORD || nextKind === MARK) stop += widthAt(docText, stop, end);
			else if (isJoiner(code) && stop + 1 < end && kindAt(docText, stop + 1) === WORD) stop += 1;
			else break;
		}
		if (stop < end && docText.charCodeAt(stop) === 43) stop++;
		const text = docText.slice(at, stop);
		const lower = text.toLowerCase();
		tokens.push({
			start: at,
			end: stop,
			text,
			lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
			word: true
		});
		at = stop;
	}
	return tokens;
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

/** A token of the number segmentation: a number, a word, a line break or one other mark. */
export type NumberTokenType = 'word' | 'num' | 'sym' | 'nl';

/** A token of `tokenizeNumbers`, with its kind and its plain lower-case form. */
export interface NumberToken extends Span {
	text: string;
	lower: string;
	type: NumberTokenType;
}

/**
 * Letters of the Latin (Vietnamese included), Greek and Cyrillic scripts, with combining marks
 * after the first: explicit ranges scan about twice as fast as \p{L} on long texts.
 */
const LETTERS = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const MARKS = '\\u0300-\\u036F';

/** Numbers with thousands separators and decimals; words with inner hyphens and apostrophes. */
const NUMBER_TOKEN_RE = new RegExp(
	[
		'(\\d+(?:,\\d{3})*(?:\\.\\d+)?)',
		`([${LETTERS}](?:[${LETTERS}]|[${MARKS}])*(?:[-'’‑](?:[${LETTERS}\\d]|[${MARKS}])+)*)`,
		'(\\n|\\r(?!\\n))',
		`([^\\s${LETTERS}\\d])`
	].join('|'),
	'g'
);

/**
 * The number segmentation of `docText` from `start` to `end` (see the module's comment):
 * numbers ("1,000.5"), words of the Latin, Greek and Cyrillic scripts with inner ' ’ - ‑
 * ("COVID-19", "EU's"), line breaks, and every other non-space character alone.
 */
export function tokenizeNumbers(docText: string, start: number, end: number): NumberToken[] {
	const tokens: NumberToken[] = [];
	const text = docText.slice(start, end);
	NUMBER_TOKEN_RE.lastIndex = 0;
	for (let m = NUMBER_TOKEN_RE.exec(text); m !== null; m = NUMBER_TOKEN_RE.exec(text)) {
		const type: NumberTokenType = m[1] ? 'num' : m[2] ? 'word' : m[3] ? 'nl' : 'sym';
		tokens.push({
			text: m[0],
			lower: m[0].toLowerCase(),
			type,
			start: start + m.index,
			end: start + m.index + m[0].length
		});
	}
	return tokens;
}
