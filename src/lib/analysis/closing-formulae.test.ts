import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSING_FORMULA_RULES, isClosingFormula } from './closing-formulae';

describe('closing formulae', () => {
	it.each(CLOSING_FORMULA_RULES.map((rule) => [rule.reason, rule.example]))(
		'%s: the example is one',
		(_, example) => {
			expect(isClosingFormula(example)).toBe(true);
		}
	);

	it.each([
		'Both sides approved the establishment of a working group.',
		'The document on maritime cooperation will be signed in 2026.',
		'Both sides adopted a joint action plan in 2024.',
		'Done well, the transition creates jobs.'
	])('is not fooled by: %s', (sentence) => {
		expect(isClosingFormula(sentence)).toBe(false);
	});
});

describe('the cheap tests before the patterns', () => {
	const rules = CLOSING_FORMULA_RULES.filter((rule) => rule.mayMatch !== undefined);

	it('pass every sentence their pattern matches', () => {
		const piece = fc.oneof(
			fc.constantFrom(...CLOSING_FORMULA_RULES.map((rule) => rule.example)),
			fc.constantFrom('approved', 'ADOPTED', 'issued', 'the', 'This', 'joint', 'Joint'),
			fc.constantFrom('statement', 'Declaration', 'DOCUMENT', 'communiqué', 'COMMUNIQUÉ'),
			fc.constantFrom('vision statement', 'Leaders’ Statement', "leaders' statement"),
			fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '.', '..', ' .', ', '),
			fc.string({ maxLength: 4 })
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
				const sentence = parts.join('');
				for (const rule of rules) {
					if (rule.match.test(sentence)) expect(rule.mayMatch!(sentence)).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
		const ending = (space: string) =>
			`The Leaders approved the joint${space}statement${space}.${space}`;
		for (let c = 0; c <= 0xffff; c++) {
			const sentence = ending(String.fromCharCode(c));
			for (const rule of rules) {
				if (rule.match.test(sentence)) expect(rule.mayMatch!(sentence)).toBe(true);
			}
		}
	});

	it('turn away a sentence that does not end by naming the document', () => {
		const sentence = 'Both sides approved the establishment of a working group.';
		expect(rules.some((rule) => rule.mayMatch!(sentence))).toBe(false);
	});
});
