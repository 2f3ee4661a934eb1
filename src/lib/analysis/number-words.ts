/**
 * Numbers written in words, as English news and diplomatic texts write them: cardinals
 * ("seven", "thirty-five", "two thousand"), ordinals ("fourth", "thirty-fifth", "35th") and the
 * scale words that multiply a number ("million", "bn"). Pure lookups, no regex per call.
 */

/** The cardinals one to nineteen, in order: a word's value is its index + 1. */
export const UNIT_WORDS: readonly string[] = [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];

/** The tens, twenty to ninety, in order: a word's value is (index + 2) × 10. */
export const TENS_WORDS: readonly string[] = [
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety'
];

/** The ordinals first to nineteenth, in order: a word's value is its index + 1. */
export const ORDINAL_UNIT_WORDS: readonly string[] = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth'
];

/** The ordinal tens, twentieth to ninetieth ("hundredth" is apart), in order. */
export const ORDINAL_TENS_WORDS: readonly string[] = TENS_WORDS.map((t) => t.replace(/y$/, 'ieth'));

const UNITS: ReadonlyMap<string, number> = new Map([
	['zero', 0],
	...UNIT_WORDS.map((w, i): [string, number] => [w, i + 1])
]);

const TENS: ReadonlyMap<string, number> = new Map(
	TENS_WORDS.map((w, i): [string, number] => [w, (i + 2) * 10])
);

const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map(
	ORDINAL_UNIT_WORDS.map((w, i): [string, number] => [w, i + 1])
);

const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([
	...ORDINAL_TENS_WORDS.map((w, i): [string, number] => [w, (i + 2) * 10]),
	['hundredth', 100]
]);

/** Scale words that multiply the number before them, in full. */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12]
]);

/**
 * Abbreviated scales. Only trusted next to a currency ("US$3 m"), since "5 m" alone is more
 * likely metres; the caller decides.
 */
const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
	['k', 1e3],
	['m', 1e6],
	['mn', 1e6],
	['mln', 1e6],
	['bn', 1e9],
	['b', 1e9],
	['tn', 1e12]
]);

const HYPHEN_RE = /[-‑]/;
const DIGIT_ORDINAL_RE = /^(\d+)(st|nd|rd|th)$/;

/** The single cardinal words ("seven", "twenty"), for callers that build a quick text filter. */
export const CARDINAL_WORDS: readonly string[] = [...UNITS.keys(), ...TENS.keys()];

/** Value of one cardinal word, hyphenated compounds included: "seven" → 7, "thirty-five" → 35. */
export function cardinalWordValue(word: string): number | null {
	const lower = word.toLowerCase();
	const simple = UNITS.get(lower) ?? TENS.get(lower);
	return simple ?? hyphenCompound(lower, UNITS);
}

/** "thirty-five" (with `units` the cardinals) or "thirty-fifth" (the ordinals) → 35; else null. */
function hyphenCompound(lower: string, units: ReadonlyMap<string, number>): number | null {
	if (!HYPHEN_RE.test(lower)) return null;
	const parts = lower.split(HYPHEN_RE);
	if (parts.length !== 2) return null;
	const tens = TENS.get(parts[0] ?? '');
	const unit = units.get(parts[1] ?? '');
	if (tens === undefined || unit === undefined || unit < 1 || unit > 9) return null;
	return tens + unit;
}

/** The correct English suffix for an ordinal written in digits: 1 → 'st', 12 → 'th', 23 → 'rd'. */
function ordinalSuffix(n: number): string {
	const lastTwo = n % 100;
	if (lastTwo >= 11 && lastTwo <= 13) return 'th';
	const last = n % 10;
	if (last === 1) return 'st';
	if (last === 2) return 'nd';
	if (last === 3) return 'rd';
	return 'th';
}

/**
 * Value of an ordinal: "fourth" → 4, "thirty-fifth" → 35, "35th" → 35, "21st" → 21.
 * A digit ordinal with the wrong suffix ("35st") is not an ordinal.
 */
export function ordinalValue(word: string): number | null {
	const lower = word.toLowerCase();
	const digits = DIGIT_ORDINAL_RE.exec(lower);
	if (digits) {
		const n = Number(digits[1]);
		return ordinalSuffix(n) === digits[2] ? n : null;
	}
	const simple = ORDINAL_UNITS.get(lower) ?? ORDINAL_TENS.get(lower);
	return simple ?? hyphenCompound(lower, ORDINAL_UNITS);
}

/** Multiplier of a scale word in full ("million" → 1e6); null otherwise. */
export function scaleWordValue(word: string): number | null {
	return SCALE_WORDS.get(word.toLowerCase()) ?? null;
}

/** Multiplier of an abbreviated scale ("bn" → 1e9, "m" → 1e6); null otherwise. */
export function scaleAbbreviationValue(word: string): number | null {
	return SCALE_ABBREVIATIONS.get(word.toLowerCase()) ?? null;
}

/** A cardinal read from consecutive words: its value and how many words it used. */
export interface WordNumber {
	value: number;
	length: number;
}

/**
 * Reads the longest cardinal written in words at the start of `words`: "two thousand" → 2000,
 * "one hundred and twenty" → 120, "thirty-five" → 35, "three million" → 3e6. "and" is read only
 * between a hundred/scale and a following number. Returns null when the first word is no
 * cardinal ("hundred" alone, "a", "millions").
 */
export function readCardinalWords(words: readonly string[]): WordNumber | null {
	let total = 0;
	let group = 0;
	let length = 0;
	// What the last word read was, to refuse "five six" or "twenty thirty".
	let last: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' = 'none';
	for (let i = 0; i < words.length; i++) {
		const word = (words[i] ?? '').toLowerCase();
		const small = cardinalWordValue(word);
		if (small !== null) {
			const isTens = TENS.has(word);
			if (last === 'unit' || last === 'tens') {
				// "twenty five" written apart is still 25; anything else ends the number.
				if (!(last === 'tens' && !isTens && small < 10 && group % 10 === 0)) break;
			}
			group += small;
			last = isTens ? 'tens' : 'unit';
			length = i + 1;
			continue;
		}
		if (word === 'hundred') {
			if (last !== 'unit' || group >= 10) break;
			group *= 100;
			last = 'hundred';
			length = i + 1;
			continue;
		}
		const scale = SCALE_WORDS.get(word);
		if (scale !== undefined) {
			if (last === 'none' || last === 'scale') break;
			total += group * scale;
			group = 0;
			last = 'scale';
			length = i + 1;
			continue;
		}
		if (word === 'and' && (last === 'hundred' || last === 'scale')) {
			const next = words[i + 1];
			if (next !== undefined && cardinalWordValue(next) !== null) continue;
		}
		break;
	}
	if (length === 0) return null;
	return { value: total + group, length };
}
