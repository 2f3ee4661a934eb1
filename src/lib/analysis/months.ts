/**
 * The months, as English texts write them: in full ("January"), abbreviated ("Jan", "Sept")
 * and as a number. The one month list of the analysis and of the formatters; the date reader
 * (dates.ts), figures and the structure's datelines read it.
 */

/** The months in full, lower case, January first. */
export const MONTHS: readonly string[] = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** The months in full as written: "January" … "December". */
export const MONTH_NAMES: readonly string[] = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/** Abbreviations, lower case; "sept" before "sep" so the longer one is tried first. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sept',
	'sep',
	'oct',
	'nov',
	'dec'
];

/**
 * A month in full or abbreviated, with an optional full stop ("Jan.", "Sept."), as a regular
 * expression source without flags: the caller's pattern decides on case ('i').
 */
export const MONTH_PATTERN = `(?:${[...MONTHS].sort((a, b) => b.length - a.length).join('|')}|${MONTH_ABBREVIATIONS.join('|')})\\.?`;

/** 1–12 for a month in full or abbreviated, any case, full stop allowed ("Sept." → 9); 0 if none. */
export function monthNumber(word: string): number {
	const key = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
	return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}
