/**
 * Closing formulae (METHOD.md rule 12): the sentence that says where, when and in which
 * languages the text was approved or done is about the document, not a clause of its last
 * chapter. Each row: the words that mark it, why, and an example that the tests run.
 */
export interface ClosingFormulaRule {
	match: RegExp;
	/**
	 * A cheap test that every sentence `match` matches passes (the tests check it), so that the
	 * pattern runs only on those: it is tried on every sentence.
	 */
	mayMatch?: (sentence: string) => boolean;
	reason: string;
	example: string;
}

/** The names of the document, each a regular expression source (spaces as `\s+`). */
const DOCUMENT_NAMES = [
	'statement',
	'declaration',
	'document',
	'communiqu[ée]',
	String.raw`vision\s+statement`,
	String.raw`leaders['’]\s+statement`
];
const DOCUMENT = String.raw`(?:this|the)\s+(?:joint\s+)?(?:${DOCUMENT_NAMES.join('|')})`;
const ACT = String.raw`(?:approved|adopted|signed|issued|done|made|agreed)`;

/** The last word of a name of the document, at the end of a text. */
const DOCUMENT_WORD_AT_END = new RegExp(
	`(?:${[...new Set(DOCUMENT_NAMES.map((name) => name.split(String.raw`\s+`).at(-1)))].join('|')})$`,
	'i'
);

/**
 * Whether `sentence`, without the spaces and the one full stop that may end it (`\s*\.?\s*$`,
 * as trimEnd drops exactly what `\s` matches), ends with the last word of a name of the
 * document. It reads the last word only (from the last space on: a word after another kind of
 * `\s` leaves a longer text that ends the same way): the pattern it stands for, anchored at the
 * end but not at the start, was tried from every position of every sentence (0.6 % of the
 * whole analysis).
 */
function endsWithDocumentWord(sentence: string): boolean {
	let text = sentence.trimEnd();
	if (text.endsWith('.')) text = text.slice(0, -1).trimEnd();
	return DOCUMENT_WORD_AT_END.test(text.slice(text.lastIndexOf(' ') + 1));
}

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
		mayMatch: endsWithDocumentWord,
		reason: 'the parties approving the text itself, at its end',
		example: 'The Leaders approved the Joint Statement.'
	}
];

/** Whether a sentence is a closing formula, not a clause of the text. */
export function isClosingFormula(sentence: string): boolean {
	return CLOSING_FORMULA_RULES.some(
		(rule) => (rule.mayMatch?.(sentence) ?? true) && rule.match.test(sentence)
	);
}
