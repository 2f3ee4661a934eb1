/**
 * The one date reader of the analysis. Dates in a sentence, each with its precision (day /
 * month / year) and how it was found: written out ('absolute'), a deadline (a date after a lead
 * of date-leads.ts that yields one: "by 2050", "no later than June 2027") or counted back from a
 * year ('derived': "over the past 35 years", "the 35th anniversary", "after five years of
 * implementation"). The precision markers (instruments.ts) and figures' periods read the dates
 * written out with their leads (`writtenDates`); one year range (`isYear`) holds for all.
 * One combined sticky regular expression, compiled once, is tried only at the word starts just
 * before a digit, "years" or "anniversary", so a sentence costs little more than one scan.
 */
import { mapPacked } from './packed';
import type { DatePrecision, SentenceInput, Span, TextDate } from './types';
import { isWordCode, nextLineBreak } from './lines';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_PATTERN, MONTHS, monthNumber } from './months';
import { leadsBefore, leadYielding, type DateLead } from './date-leads';
import { ORDINAL_TENS_WORDS, ORDINAL_UNIT_WORDS, TENS_WORDS, UNIT_WORDS } from './number-words';

/** How a derived date was counted back, so that callers can name what it dates. */
export interface DateDerivation {
	basis: 'past-years' | 'after-years' | 'anniversary';
	/** The count as a number (35) and in the text's words ("35th", "five"). */
	years: number;
	words: string;
	/** The year counted back from. */
	anchorYear: number;
}

/** A TextDate with the extras the timeline needs (types.ts stays as agreed). */
export interface ExtractedDate extends TextDate {
	/** Last day of a range ("28–29 January 2026" → '2026-01-29'). */
	rangeEnd?: string;
	derivation?: DateDerivation;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const CARDINAL_VALUES = new Map<string, number>([
	...UNIT_WORDS.map((w, i): [string, number] => [w, i + 1]),
	...TENS_WORDS.map((w, i): [string, number] => [w, (i + 2) * 10]),
	...ORDINAL_UNIT_WORDS.map((w, i): [string, number] => [w, i + 1]),
	...ORDINAL_TENS_WORDS.map((w, i): [string, number] => [w, (i + 2) * 10]),
	['hundred', 100],
	['hundredth', 100]
]);

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const UNIT_9 = alt(UNIT_WORDS.slice(0, 9));
const CARDINAL_WORD = `(?:(?:${alt(TENS_WORDS)})(?:[-\\s](?:${UNIT_9}))?|${alt(UNIT_WORDS)}|(?:a|one)\\s+hundred)`;
const ORDINAL_WORD = `(?:(?:${alt(TENS_WORDS)})[-\\s]?(?:${alt(ORDINAL_UNIT_WORDS.slice(0, 9))})|${alt(ORDINAL_UNIT_WORDS)}|${alt(ORDINAL_TENS_WORDS)}|hundredth)`;
/** A number that is not glued to other digits, money or a decimal/thousands separator. */
const NUM_BEFORE = '(?<![A-Za-z0-9\\u00C0-\\u024F$€£¥.,/:])';
const NUM_AFTER = '(?![0-9%]|[.,/:][0-9])';
const YEAR = `(\\d{4})${NUM_AFTER}`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*[-–—]\\s*';

/**
 * Alternatives in the order they are tried at one position (longest forms first). Each has
 * its own capture groups, read by index in `readMatch`. Sticky: `scanDates` only tries it at
 * word starts near a digit, "years" or "anniversary" (a big alternation run at every position
 * of 40 MB would be far too slow).
 */
const DATE_PATTERN = new RegExp(
	[
		// 1–4: "29 January 2026", "28–29 January 2026"
		`${NUM_BEFORE}${DAY}(?:${DASH}${DAY})?\\s+(${MONTH_PATTERN}),?\\s+${YEAR}`,
		// 5–8: "January 29, 2026", "January 28-29, 2026"
		`\\b(${MONTH_PATTERN})\\s+${DAY}(?:${DASH}${DAY})?,?\\s+${YEAR}`,
		// 9–10: "July 2025"
		`\\b(${MONTH_PATTERN}),?\\s+${YEAR}`,
		// 11–13: "2/20/2026" (US order unless the first number cannot be a month)
		`${NUM_BEFORE}(\\d{1,2})/(\\d{1,2})/${YEAR}`,
		// 14: "over the past 35 years"
		`\\b(?:over|in|during|for)\\s+the\\s+(?:past|last)\\s+(\\d{1,3}|${CARDINAL_WORD})\\s+years\\b`,
		// 15: "after five years" (of implementation, of relations)
		`\\bafter\\s+(\\d{1,3}|${CARDINAL_WORD})\\s+years(?=\\s+of\\b)`,
		// 16–17: "35th anniversary", "fiftieth anniversary"
		`(?:${NUM_BEFORE}(\\d{1,3}(?:st|nd|rd|th))|\\b(${ORDINAL_WORD}))\\s+anniversary\\b`,
		// 18: a bare year
		`${NUM_BEFORE}${YEAR}`
	].join('|'),
	'yi'
);

/**
 * The first three letters (the whole word when shorter) of every word an alternative can start
 * with; other words ("the", "and", …) are not tried at all.
 */
const START_KEYS = new Set(
	[
		...MONTHS,
		...MONTH_ABBREVIATIONS,
		...TENS_WORDS,
		...ORDINAL_UNIT_WORDS,
		...ORDINAL_TENS_WORDS,
		'hundredth',
		'over',
		'in',
		'during',
		'for',
		'after'
	].map((w) => w.slice(0, 3))
);

/** Whether a word-start at `s` may begin a date: a digit, or a word with a known start. */
function mayStartDate(text: string, s: number): boolean {
	const c = text.charCodeAt(s);
	if (c >= 48 && c <= 57) return true;
	let key = '';
	for (let i = s; i < s + 3 && i < text.length; i++) {
		const k = text.charCodeAt(i) | 32;
		if (k < 97 || k > 122) break;
		key += String.fromCharCode(k);
	}
	return START_KEYS.has(key);
}

/**
 * Every date expression holds a digit, "years" or "anniversary", and starts at most this many
 * characters before it ("during the last seventy-seven years", "no later than 2030").
 */
const REACH_BEFORE = 48;
const TRIGGER = /\d+|years|anniversary/gi;
/** Quantities that make a four-digit number a count, not a year: "2030 tonnes". */
const UNIT_AFTER =
	/^\s*(?:%|per\s*cent|percent|million|billion|trillion|thousand|bn|km|kg|tonnes?|tons?|usd|eur|euros?|dollars?|people|units)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The one year range of the analysis: a four-digit number outside it is no year. */
export const isYear = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** 35, "35th", "five", "thirty-five", "thirty-fifth", "a hundred" → number (NaN if unknown). */
export function parseCount(words: string): number {
	const digits = /^(\d+)/.exec(words);
	if (digits) return Number(digits[1]);
	let total = 0;
	for (const part of words.toLowerCase().split(/[-\s]+/)) {
		if (part === 'a') continue;
		const value = CARDINAL_VALUES.get(part);
		if (value === undefined) return NaN;
		total = value === 100 ? Math.max(total, 1) * 100 : total + value;
	}
	return total;
}

/** A date found by the scanner before derived dates are anchored. */
interface RawDate {
	start: number;
	end: number;
	date: string;
	precision: DatePrecision;
	relation: TextDate['relation'];
	rangeEnd?: string;
	/** The words before a date written out that say what it is ("by", "in", "compared with"). */
	leads?: DateLead[];
	/** For derived dates: what to count back and from which kind of anchor. */
	pending?: { basis: DateDerivation['basis']; years: number; words: string };
}

function dayDate(
	y: number,
	m: number,
	d: number,
	d2?: number
): Omit<RawDate, 'start' | 'end'> | null {
	if (!isYear(y) || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
	const date = `${y}-${pad(m)}-${pad(d)}`;
	if (d2 === undefined) return { date, precision: 'day', relation: 'absolute' };
	if (d2 <= d || d2 > daysIn(y, m)) return null;
	return { date, precision: 'day', relation: 'absolute', rangeEnd: `${y}-${pad(m)}-${pad(d2)}` };
}

/** Month names must be capitalised: "may 2020" is a modal verb before a year. */
const capitalised = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word);

function readMatch(m: RegExpExecArray, text: string): Omit<RawDate, 'start' | 'end'> | null {
	const g = (i: number) => m[i];
	const num = (i: number) => Number(m[i]);
	const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
	if (g(4) !== undefined) {
		if (!capitalised(g(3))) return null;
		return dayDate(num(4), monthNumber(g(3)!), num(1), g(2) === undefined ? undefined : num(2));
	}
	if (g(8) !== undefined) {
		if (!capitalised(g(5))) return null;
		return dayDate(num(8), monthNumber(g(5)!), num(6), g(7) === undefined ? undefined : num(7));
	}
	if (g(10) !== undefined) {
		const y = num(10);
		if (!capitalised(g(9)) || !isYear(y) || UNIT_AFTER.test(after)) return null;
		return { date: `${y}-${pad(monthNumber(g(9)!))}`, precision: 'month', relation: 'absolute' };
	}
	if (g(13) !== undefined) {
		const [a, b] = [num(11), num(12)];
		return a > 12 ? dayDate(num(13), b, a) : dayDate(num(13), a, b);
	}
	const derived = (basis: DateDerivation['basis'], words: string) => {
		const years = parseCount(words);
		if (!Number.isFinite(years) || years < 1 || years > 200) return null;
		return {
			date: '',
			precision: 'year' as const,
			relation: 'derived' as const,
			pending: { basis, years, words }
		};
	};
	if (g(14) !== undefined) return derived('past-years', g(14)!);
	if (g(15) !== undefined) return derived('after-years', g(15)!);
	if (g(16) !== undefined || g(17) !== undefined) return derived('anniversary', (g(16) ?? g(17))!);
	if (g(18) !== undefined) {
		const y = num(18);
		if (!isYear(y) || UNIT_AFTER.test(after)) return null;
		return { date: String(y), precision: 'year', relation: 'absolute' };
	}
	return null;
}

/**
 * Every date expression in `text`, leftmost first, none overlapping; offsets local to `text`.
 * With `stop`, the scan ends at the first date it accepts (which is then the last one listed).
 */
function scanDates(text: string, stop?: (date: RawDate) => boolean): RawDate[] {
	const found: RawDate[] = [];
	let covered = 0;
	TRIGGER.lastIndex = 0;
	for (let t = TRIGGER.exec(text); t !== null; t = TRIGGER.exec(text)) {
		const at = t.index;
		if (at < covered) continue;
		for (let s = Math.max(covered, at - REACH_BEFORE); s <= at; s++) {
			// Every alternative starts at a word start.
			if (!isWordCode(text.charCodeAt(s)) || (s > 0 && isWordCode(text.charCodeAt(s - 1)))) {
				continue;
			}
			if (!mayStartDate(text, s)) continue;
			DATE_PATTERN.lastIndex = s;
			const m = DATE_PATTERN.exec(text);
			// A rejected match ("may 2020", "31 February") may still hide a date after its start.
			const read = m && readMatch(m, text);
			if (!m || !read) continue;
			// `read` is new: completed in place. A spread with more properties after it
			// (`{ ...read, start }`) takes V8's slow path on Node 20, about 1 µs a date.
			const date: RawDate = Object.assign(read, { start: s, end: s + m[0].length });
			if (date.relation === 'absolute') {
				date.leads = leadsBefore(text, s, covered);
				if (leadYielding(date.leads, 'deadline')) date.relation = 'deadline';
			}
			found.push(date);
			if (stop?.(date)) return found;
			covered = s + m[0].length;
			break;
		}
	}
	return found;
}

/** A date written out (not counted back), with the words that lead to it; document offsets. */
export interface WrittenDate extends Span {
	precision: DatePrecision;
	leads: DateLead[];
}

/**
 * The dates written out in `span` of `docText` ("29 January 2026", "June 2025", "2030"), each
 * with its lead ("by", "in", "compared with"), for the readers that weigh a date by the words
 * before it (precision markers, figures' periods). Offsets of the date itself and of its lead
 * are into `docText`.
 */
export function writtenDates(docText: string, span: Span): WrittenDate[] {
	const text = docText.slice(span.start, span.end);
	return scanDates(text)
		.filter((d) => d.relation !== 'derived')
		.map((d) => ({
			start: span.start + d.start,
			end: span.start + d.end,
			precision: d.precision,
			leads: (d.leads ?? []).map((lead) => ({
				rule: lead.rule,
				start: span.start + lead.start,
				quoteStart: span.start + lead.quoteStart
			}))
		}));
}

/**
 * The first date written out to the day in `text` ("29 January 2026"), as
 * `extractDates(whole text).find(absolute, day)` would give it, without reading the rest of a long
 * text (nor anchoring its anniversaries).
 */
export function firstDayDate(text: string): string | undefined {
	const isDay = (d: RawDate) => d.relation === 'absolute' && d.precision === 'day';
	const found = scanDates(text, isDay).at(-1);
	return found && isDay(found) ? found.date : undefined;
}

/**
 * A day in a page's address: news and government sites file pages by the day they publish them
 * ("…/statements-releases/2023/11/13/joint-statement-…", "…/2023-11-13-…").
 */
const ADDRESS_DAY = /\/((?:19|20)\d{2})([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/._-]|$)/;

/** The day the address of a page dates it, as YYYY-MM-DD, if it names a real calendar day. */
export function addressDate(address: string): string | undefined {
	const found = ADDRESS_DAY.exec(address);
	if (!found) return undefined;
	const [year, month, day] = [found[1], found[3], found[4]].map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return undefined; // 2023/02/30
	return date.toISOString().slice(0, 10);
}

/** Words before a year that make it a comparison baseline, not the year the text speaks of. */
const BASELINE_BEFORE =
	/(?:\bthan(?:\s+in)?|\bcompared\s+(?:with|to)(?:\s+in)?|\bsince|\bfrom|\bbefore|\buntil|\bvs\.?)\s*$/i;
/** Function words that may stand capitalised before a narrative year ("In 2025, …"). */
const LEADING_WORDS = new Set([
	'in',
	'during',
	'of',
	'for',
	'on',
	'throughout',
	'by',
	'the',
	'year'
]);

/**
 * Whether a plain year is the year the text speaks of ("In 2025", "The year 2025") rather than a
 * baseline ("than in 2024") or part of a name ("1982 UNCLOS", "Vision 2045").
 */
export function isNarrativeYear(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 24), start);
	if (BASELINE_BEFORE.test(before)) return false;
	const next = /^\s+(\p{Lu}[\p{L}]*)/u.exec(text.slice(end, end + 24));
	if (next && !/^(?:In|On|At|The)$/.test(next[1]!)) return false;
	const previous = /(\p{L}+)\s+$/u.exec(before);
	if (previous && /^\p{Lu}/u.test(previous[1]!) && !LEADING_WORDS.has(previous[1]!.toLowerCase())) {
		return false;
	}
	return true;
}

/** How far a paragraph look-up may reach, so that one giant line stays linear in cost. */
const PARAGRAPH_REACH = 2000;

function narrativeYears(text: string): number[] {
	return scanDates(text)
		.filter((d) => d.relation === 'absolute' && isNarrativeYear(text, d.start, d.end))
		.map((d) => Number(d.date.slice(0, 4)));
}

/**
 * The year a sentence speaks of when it names none: the last narrative year earlier in the same
 * paragraph (line), else the first one later in it ("After five years of implementation, … In the
 * first ten months of 2025, …"). `undefined` when the paragraph names none.
 */
export function paragraphYear(sentence: SentenceInput): number | undefined {
	const { docText, start, end } = sentence;
	// Back to the line's start (a lone CR ends a line too, lines.ts), within reach.
	let from = Math.max(0, start - PARAGRAPH_REACH);
	for (let k = start - 1; k >= from; k--) {
		const code = docText.charCodeAt(k);
		if (code === 10 || code === 13) {
			from = k + 1;
			break;
		}
	}
	const before = docText.slice(from, start);
	const earlier = narrativeYears(before).at(-1);
	if (earlier !== undefined) return earlier;
	const lineEnd = nextLineBreak(docText, end);
	const after = docText.slice(
		end,
		Math.min(lineEnd < 0 ? docText.length : lineEnd, end + PARAGRAPH_REACH)
	);
	return narrativeYears(after)[0];
}

/** The year the sentence itself names nearest before `at` (else after), ignoring baselines. */
function sentenceYear(text: string, found: RawDate[], at: number): number | undefined {
	const years = found.filter(
		(d) => d.relation === 'absolute' && isNarrativeYear(text, d.start, d.end)
	);
	const before = years.filter((d) => d.end <= at).at(-1);
	const chosen = before ?? years.find((d) => d.start >= at);
	return chosen ? Number(chosen.date.slice(0, 4)) : undefined;
}

/**
 * Dates in one sentence. "Over the past N years" counts back from `docYear` (the time of
 * writing); anniversaries and "after N years of …" count back from the year the sentence
 * names, else the paragraph's year, else `docYear`. A `docYear` ≤ 0 means unknown: derived
 * dates then need a year from the text.
 */
export function extractDates(
	sentence: SentenceInput,
	context: { docYear: number }
): ExtractedDate[] {
	// Several extractors read the dates of the same sentence one after another: remember the last.
	const last = lastCall;
	if (
		last &&
		last.start === sentence.start &&
		last.end === sentence.end &&
		last.docYear === context.docYear &&
		last.docText === sentence.docText
	) {
		return mapPacked(last.result, (d) => ({ ...d }));
	}
	const result = readDates(sentence, context);
	// Each field named: `{ ...sentence, docYear }` takes V8's slow path on Node 20 (about 1 µs,
	// for every sentence: 2 % of the analysis of 1,000 statements).
	lastCall = {
		docText: sentence.docText,
		start: sentence.start,
		end: sentence.end,
		docYear: context.docYear,
		result
	};
	return mapPacked(result, (d) => ({ ...d }));
}

let lastCall: (SentenceInput & { docYear: number; result: ExtractedDate[] }) | undefined;

function readDates(sentence: SentenceInput, context: { docYear: number }): ExtractedDate[] {
	const { docText, start } = sentence;
	const text = docText.slice(start, sentence.end);
	const found = scanDates(text);
	let paragraph: number | undefined | null = null; // null: not looked up yet
	const result: ExtractedDate[] = [];
	for (const raw of found) {
		let date = raw.date;
		let derivation: DateDerivation | undefined;
		if (raw.pending) {
			let anchor: number | undefined = context.docYear > 0 ? context.docYear : undefined;
			if (raw.pending.basis !== 'past-years') {
				const own = sentenceYear(text, found, raw.start);
				if (own === undefined && paragraph === null) paragraph = paragraphYear(sentence);
				anchor = own ?? paragraph ?? anchor;
			}
			if (anchor === undefined || !isYear(anchor - raw.pending.years)) continue;
			date = String(anchor - raw.pending.years);
			derivation = { ...raw.pending, anchorYear: anchor };
		}
		// A deadline is quoted with its lead: "by 2030".
		const deadline = raw.leads && leadYielding(raw.leads, 'deadline');
		const from = deadline ? deadline.start : raw.start;
		const quote = text.slice(from, raw.end);
		const out: ExtractedDate = {
			start: start + from,
			end: start + raw.end,
			date,
			precision: raw.precision,
			relation: raw.relation,
			quote
		};
		if (raw.rangeEnd) out.rangeEnd = raw.rangeEnd;
		if (derivation) out.derivation = derivation;
		result.push(out);
	}
	return result;
}

/** "2025-07" → "July 2025"; "2026-01-29" → "29 January 2026"; "2025" → "2025". */
export function formatDate(date: string): string {
	const [y, m, d] = date.split('-');
	const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
	if (!month) return y ?? date;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
