import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces } from './fuzz.testing';
import { phraseWords, scanTokens, tokenize, type Token, type TokenKind } from './tokens';

const tagged = (text: string) => scanTokens(text, 0, text.length).map((t) => `${t.kind}:${t.text}`);
const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

describe('scanTokens', () => {
	it.each([
		{
			text: 'US$1,000.5 bn',
			tokens: ['word:US', 'punct:$', 'number:1', 'punct:,', 'number:000.5', 'word:bn']
		},
		{
			text: '61bn 5th 2025-2030',
			tokens: [
				'number:61',
				'word:bn',
				'number:5',
				'word:th',
				'number:2025',
				'punct:-',
				'number:2030'
			]
		},
		{
			text: 'COVID-19 EU’s\r\nU.S\rx',
			tokens: [
				'word:COVID-19',
				'word:EU’s',
				'newline:\n',
				'word:U',
				'punct:.',
				'word:S',
				'newline:\r',
				'word:x'
			]
		},
		{ text: 'Việt Nam’s Erasmus+', tokens: ['word:Việt', 'word:Nam’s', 'word:Erasmus', 'punct:+'] }
	])('tags each token of "$text" once', ({ text, tokens }) => {
		expect(tagged(text)).toEqual(tokens);
	});

	it('gives offsets into the document and folds ’ in the look-up form', () => {
		const doc = 'ab 12 EU’s';
		expect(scanTokens(doc, 3, doc.length)).toEqual([
			{ start: 3, end: 5, text: '12', lower: '12', kind: 'number', word: true },
			{ start: 6, end: 10, text: 'EU’s', lower: "eu's", kind: 'word', word: true }
		]);
	});
});

describe('tokenize', () => {
	it.each([
		{ text: '1,000.5', words: ['1', ',', '000.5'] },
		{ text: '61bn 5th 2025-2030 5-year', words: ['61bn', '5th', '2025-2030', '5-year'] },
		{
			text: 'the U.S. and Erasmus+ (Q1)\nnext',
			words: ['the', 'U.S', '.', 'and', 'Erasmus+', '(', 'Q1', ')', 'next']
		},
		{ text: 'end - start', words: ['end', '-', 'start'] }
	])('joins the tokens that touch into the words of "$text"', ({ text, words: expected }) => {
		expect(words(text)).toEqual(expected);
	});

	it('gives a joined word its offsets, its kind and one look-up form', () => {
		const [year, word] = tokenize('x 2025-2030 U.S’s', 2, 17);
		expect(year).toMatchObject({ start: 2, end: 11, kind: 'number', lower: '2025-2030' });
		expect(word).toMatchObject({ start: 12, end: 17, kind: 'word', lower: "u.s's" });
	});

	it('reads a phrase as a text would be read', () => {
		expect(phraseWords('the U.S.')).toEqual(['the', 'u.s', '.']);
	});
});

/**
 * The module's rules read plainly, one character at a time by Unicode class, with no table,
 * cache or fast path: the scanner must give exactly these tokens.
 */
function plainScan(text: string, start: number, end: number): Token[] {
	const classOf = (at: number) => {
		const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
		if (/[0-9]/.test(char)) return 'digit';
		if (/[\p{L}\p{N}]/u.test(char)) return 'letter';
		if (/\p{M}/u.test(char)) return 'mark';
		return /\s/u.test(char) ? 'space' : 'other';
	};
	const width = (at: number) => (/[\uD800-\uDBFF]/.test(text[at] ?? '') && at + 1 < end ? 2 : 1);
	const tokens: Token[] = [];
	const push = (from: number, to: number, kind: TokenKind) => {
		const raw = text.slice(from, to);
		const lower = kind === 'word' ? raw.toLowerCase().replaceAll('’', "'") : raw;
		tokens.push({ start: from, end: to, text: raw, lower, kind, word: /word|number/.test(kind) });
	};
	let at = start;
	while (at < end) {
		const kind = classOf(at);
		let stop = at + width(at);
		if (kind === 'letter') {
			let joined = false;
			while (stop < end) {
				const next = classOf(stop);
				if (next === 'letter' || next === 'mark' || (joined && next === 'digit')) {
					stop += width(stop);
				} else if (
					/['’-]/.test(text[stop] ?? '') &&
					stop + 1 < end &&
					/letter|digit/.test(classOf(stop + 1))
				) {
					stop += 1;
					joined = true;
				} else break;
			}
			push(at, stop, 'word');
		} else if (kind === 'digit') {
			stop = at + (/^[0-9]+(?:\.[0-9]+)?/.exec(text.slice(at, end))?.[0].length ?? 0);
			push(at, stop, 'number');
		} else if (kind === 'space') {
			if (text[at] === '\n' || (text[at] === '\r' && text[at + 1] !== '\n'))
				push(at, at + 1, 'newline');
		} else if (kind === 'other') push(at, stop, 'punct');
		at = stop;
	}
	return tokens;
}

/** `tokenize`'s rules read plainly over `plainScan`: each written word is searched from scratch. */
function plainWords(text: string, start: number, end: number): Token[] {
	const parts = plainScan(text, start, end);
	const touch = (i: number) => parts[i + 1] !== undefined && parts[i + 1]?.start === parts[i]?.end;
	const words: Token[] = [];
	for (let i = 0; i < parts.length; i++) {
		const first = parts[i] as Token;
		if (first.kind === 'newline') continue;
		let last = i;
		while (first.word && touch(last)) {
			if (parts[last + 1]?.word) last += 1;
			else if (
				/^['’.-]$/.test(parts[last + 1]?.text ?? '') &&
				parts[last + 2]?.word &&
				touch(last + 1)
			) {
				last += 2;
			} else break;
		}
		if (first.word && touch(last) && parts[last + 1]?.text === '+') last += 1;
		const raw = text.slice(first.start, (parts[last] as Token).end);
		words.push(
			last === i
				? first
				: {
						start: first.start,
						end: first.start + raw.length,
						text: raw,
						lower: raw.toLowerCase().replaceAll('’', "'"),
						kind: /^[\d.,'’-]+$/.test(raw) ? 'number' : 'word',
						word: true
					}
		);
		i = last;
	}
	return words;
}

/** Pieces of text where a fast path could part from the plain reading. */
const TRICKY = pieces(
	"a|Z|the|The|EU|EU’s|EU's|Việt Nam|Việt|Tiếng Việt|é|e\u0301|\u0301|\u0300|ß|İ|ΑΣ|Σ.Β|ǅ|Ⅻ|٣|²|" +
		"\u{1D400}|😀|\uD800|\uDC00|’|'|-|.|,|+|$|%|“|”|°|0|7|1.5|1,000|61bn|5th|COVID-19|U.S.|" +
		'U.S’s|Erasmus+|2025-2030|5-year|sub-region| |  |\t|\n|\r|\r\n|\u00A0|\u2003|\u200B|\uFEFF|' +
		'ComprehensiveStrategic|PARTNERSHIP|Partnership'
);
const trickyText = fc.oneof(
	fc.array(TRICKY, { maxLength: 12 }).map((list) => list.join('')),
	fc.array(TRICKY, { maxLength: 12 }).map((list) => list.join(' ')),
	fc.string({ unit: 'binary', maxLength: 40 })
);

describe('the scanner against a plain reading of its rules', () => {
	it.each([
		'Việt Nam’s Tiếng Việt',
		'e\u0301te\u0301 \u0301x',
		'𝐀𝐁 😀x a\uD800 \uDC00b',
		"EU’s EU's it’ s ’tis",
		'a\r\nb\rc\n\r',
		'61bn 5th COVID-19 Q1 x2',
		'the U.S. and Erasmus+ (2025-2030) 1,000.5 1.5.6',
		'ΑΣ.Β İstanbul STRASSE Straße'
	])('reads "%s" the same, whole and in parts', (text) => {
		for (let from = 0; from <= text.length; from++) {
			for (let to = from; to <= text.length; to++) {
				expect(scanTokens(text, from, to)).toEqual(plainScan(text, from, to));
				expect(tokenize(text, from, to)).toEqual(plainWords(text, from, to));
			}
		}
	});

	it('reads any text of tricky pieces the same, twice (tables and caches filled)', () => {
		fc.assert(
			fc.property(trickyText, fc.nat(), fc.nat(), (text, a, b) => {
				const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
				for (let round = 0; round < 2; round++) {
					expect(scanTokens(text, from ?? 0, to ?? 0)).toEqual(plainScan(text, from ?? 0, to ?? 0));
					expect(tokenize(text, from ?? 0, to ?? 0)).toEqual(plainWords(text, from ?? 0, to ?? 0));
				}
			}),
			{ numRuns: 2000 }
		);
	});
});
