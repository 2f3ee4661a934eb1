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
