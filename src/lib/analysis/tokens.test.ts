import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeNumbers } from './tokens';

const numberTokens = (text: string) =>
	tokenizeNumbers(text, 0, text.length).map((t) => `${t.type}:${t.text}`);
const words = (text: string) => tokenize(text, 0, text.length).map((t) => t.text);

describe('tokenizeNumbers', () => {
	it('keeps thousands separators and decimals in one number', () => {
		expect(numberTokens('US$1,000.5 bn')).toEqual(['word:US', 'sym:$', 'num:1,000.5', 'word:bn']);
		expect(words('1,000.5')).toEqual(['1', ',', '000.5']);
	});

	it('parts a number from the letters and marks glued to it', () => {
		expect(numberTokens('61bn 5th 2025-2030')).toEqual([
			'num:61',
			'word:bn',
			'num:5',
			'word:th',
			'num:2025',
			'sym:-',
			'num:2030'
		]);
		expect(words('61bn 5th 2025-2030')).toEqual(['61bn', '5th', '2025-2030']);
	});

	it('keeps inner hyphens and apostrophes of words, and line breaks as tokens', () => {
		expect(numberTokens("COVID-19 EU's\r\nU.S\rx")).toEqual([
			'word:COVID-19',
			"word:EU's",
			'nl:\n',
			'word:U',
			'sym:.',
			'word:S',
			'nl:\r',
			'word:x'
		]);
	});

	it('gives offsets into the document', () => {
		const doc = 'ab 12,345 cd';
		const [token] = tokenizeNumbers(doc, 3, 9);
		expect(token).toEqual({ text: '12,345', lower: '12,345', type: 'num', start: 3, end: 9 });
	});
});
