import { describe, expect, it } from 'vitest';
import { phraseWords, scanTokens, tokenize } from './tokens';

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
