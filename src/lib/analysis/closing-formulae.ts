/**
 * Closing formulae (METHOD.md rule 12): the sentence that says where, when and in which
 * languages the text was approved or done is about the document, not a clause of its last
 * chapter. Each row: the words that mark it, why, and an example that the tests run.
 */
export interface ClosingFormulaRule {
	match: RegExp;
	reason: string;
	example: string;
}

const DOCUMENT = String.raw`(?:this|the)\s+(?:joint\s+)?(?:statement|declaration|document|communiqu[ée]|vision\s+statement|leaders['’]\s+statement)`;
const ACT = String.raw`(?:approved|adopted|signed|issued|done|made|agreed)`;

export const CLOSING_FORMULA_RULES: readonly ClosingFormulaRule[] = [
	{
		match: new RegExp(String.raw`^\s*${DOCUMENT}\s+(?:is|was|has\s+been|were)\s+${ACT}\b`, 'iu'),
		reason: 'the document as subject of its own approval',
		example:
			'This document is approved in Hanoi on 29 January 2026, in the Vietnamese and English languages.'
	},
	{
		match: new RegExp(
			String.raw`^\s*(?:[Dd]one|[Aa]dopted|[Ss]igned|[Ii]ssued)\s+(?:at|in)\s+\p{Lu}`,
			'u'
		),
		reason: 'a place-and-date line: "Done at …", "Adopted in …"',
		example:
			'Adopted in Phnom Penh, Cambodia, on the Twelfth Day of November in the Year Two Thousand and Twenty-Two.'
	},
	{
		// Flag 'i' without 'u': the pattern needs no Unicode property, and V8 runs an unanchored
		// case-insensitive Unicode search about 8× slower (it is tried on every sentence).
		match: new RegExp(String.raw`\b(?:approved|adopted|issued)\s+${DOCUMENT}\s*\.?\s*$`, 'i'),
		reason: 'the parties approving the text itself, at its end',
		example: 'The Leaders approved the Joint Statement.'
	}
];

/** Whether a sentence is a closing formula, not a clause of the text. */
export function isClosingFormula(sentence: string): boolean {
	return CLOSING_FORMULA_RULES.some((rule) => rule.match.test(sentence));
}
