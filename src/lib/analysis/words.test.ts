import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces } from './fuzz.testing';
import { WORD_PATTERN, countWords } from './words';

const byPattern = (text: string) =>
	text.match(new RegExp(WORD_PATTERN.source, `${WORD_PATTERN.flags}g`))?.length ?? 0;

describe('countWords', () => {
	it.each([
		['', 0],
		['Both sides will meet.', 4],
		['two-way trade up 8.4% year-on-year', 5],
		['EU’s and Viet Nam’s', 4],
		["-leading .dots' and ’quotes", 4],
		['Hà Nội, Việt Nam – 29/1/2026', 7],
		['𝐀𝐁 astral letters, 🇻🇳 flags', 4],
		['lone \uD800 high and \uDC00 low', 4]
	])('%j has %d words', (text, n) => {
		expect(countWords(text)).toBe(n);
		expect(byPattern(text)).toBe(n);
	});

	it('counts what the regular expression matches, on any text', () => {
		const piece = pieces("'|’|.|-| |a|É|9|\uD835\uDC00|\uD800|\uDC00|🇻🇳|\u0301|٣|\uFEFF");
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.array(piece).map((p) => p.join(''))
				),
				(text) => {
					expect(countWords(text)).toBe(byPattern(text));
				}
			),
			{ numRuns: 2000 }
		);
	});
});
