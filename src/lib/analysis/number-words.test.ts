import { describe, expect, it } from 'vitest';
import * as nw from './number-words';

/** The one-word readers: what each reads (word → value) and what it leaves (null). */
const WORD_READERS = [
	{
		name: 'cardinalWordValue',
		read: nw.cardinalWordValue,
		values: {
			seven: 7,
			Seven: 7,
			twelve: 12,
			twenty: 20,
			'thirty-five': 35,
			'ninety-nine': 99,
			zero: 0
		},
		rejects: ['first', 'two-way', 'thirty-twelve', 'five-year', 'million', 'a', '', 'seventy-']
	},
	{
		name: 'ordinalValue',
		read: nw.ordinalValue,
		values: {
			first: 1,
			second: 2,
			third: 3,
			fourth: 4,
			Fifth: 5,
			twelfth: 12,
			fiftieth: 50,
			'thirty-fifth': 35,
			'twenty-first': 21,
			'35th': 35,
			'1st': 1,
			'2nd': 2,
			'3rd': 3,
			'11th': 11,
			'12th': 12,
			'13th': 13,
			'21st': 21,
			'75th': 75,
			'80th': 80
		},
		rejects: ['35st', '11st', '2th', 'seven', 'largest', 'thirty-five', 'fourth-largest', 'th']
	},
	{
		name: 'scaleWordValue',
		read: nw.scaleWordValue,
		values: { million: 1e6, Billion: 1e9, thousand: 1e3, trillion: 1e12 },
		// "m" alone is never read as a full scale word.
		rejects: ['m', 'bn', 'millions']
	},
	{
		name: 'scaleAbbreviationValue',
		read: nw.scaleAbbreviationValue,
		values: { bn: 1e9, m: 1e6, mn: 1e6, tn: 1e12 },
		rejects: ['million', 'b.']
	}
];

describe.each(WORD_READERS)('$name', ({ read, values, rejects }) => {
	it.each(Object.entries(values))('%s → %d', (word, value) => {
		expect(read(word)).toBe(value);
	});

	it.each(rejects)('%j is none', (word) => {
		expect(read(word)).toBeNull();
	});
});

describe('CARDINAL_WORDS', () => {
	it('lists exactly the single words cardinalWordValue reads, zero to ninety', () => {
		expect(nw.CARDINAL_WORDS.map((w) => nw.cardinalWordValue(w))).not.toContain(null);
		expect(nw.CARDINAL_WORDS).toHaveLength(28);
		expect(nw.CARDINAL_WORDS).toEqual(expect.arrayContaining(['one', 'seven', 'twelve', 'ninety']));
	});
});

describe('readCardinalWords', () => {
	it.each([
		[['seven', 'visits'], 7, 1],
		[['two', 'thousand'], 2000, 2],
		[['two', 'thousand', 'students'], 2000, 2],
		[['one', 'hundred', 'and', 'twenty', 'people'], 120, 4],
		[['three', 'million', 'visitors'], 3e6, 2],
		[['two', 'hundred', 'million'], 2e8, 3],
		[['two', 'thousand', 'five', 'hundred'], 2500, 4],
		[['twenty', 'five', 'cases'], 25, 2],
		[['thirty-five', 'years'], 35, 1],
		[['nine', 'and', 'ten'], 9, 1]
	])('%j → %d (%d words)', (words, value, length) => {
		expect(nw.readCardinalWords(words)).toEqual({ value, length });
	});

	it.each([[['hundred']], [['a', 'third']], [['millions', 'of']], [[]], [['first']]])(
		'%j is no number',
		(words) => {
			expect(nw.readCardinalWords(words)).toBeNull();
		}
	);

	it('stops at a second unit word instead of adding it', () => {
		expect(nw.readCardinalWords(['five', 'six'])).toEqual({ value: 5, length: 1 });
	});
});
