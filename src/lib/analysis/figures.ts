/**
 * Figures: numbers with what they measure (METHOD.md, "Figures, places and dates").
 *
 * One sentence at a time, the text is cut into tokens that keep their document offsets (the
 * tokens of tokens.ts, with a number's thousands joined: `figureTokens`); each number is read
 * with its hedge ("nearly"), currency and scale ("US$61 billion"), unit ("%",
 * "°C", "years") and the words around it that say what it measures. Labels come from general
 * rules on those words: the subject before "reached"/"stood at" for money and percentages, the
 * noun phrase after a count, the "of …" phrase after an anniversary, the possessor of a
 * "fourth-largest …" rank. Years, dates, times, codes, paragraph numbers and ordinals inside
 * names ("8th Power Development Plan") are not figures.
 *
 * Decisions, so that readers of the output know them:
 * - "millions of visitors" gives no number and is skipped, as are "a third" and "one" alone.
 * - "nearly doubling" is a percent change of +100 (Figure has no ratio kind), qualifier kept.
 * - A change takes "change" and its base into the label ("two-way trade, change year-on-year").
 * - The period comes from the sentence only: the period expression nearest the figure ("first
 *   ten months of 2025"; "in 2025" gives "2025"); a change whose sentence names a comparison
 *   base takes it ("compared with 2024"); otherwise '' for the pipeline to fill from context.
 */
import { mapPacked } from './packed';
import type { Figure, FigureKind, SentenceInput } from './types';
import {
	CARDINAL_WORDS,
	cardinalWordValue,
	ordinalValue,
	readCardinalWords,
	scaleAbbreviationValue,
	scaleWordValue
} from './number-words';
import { MONTHS } from './months';
import { leadYielding } from './date-leads';
import { isYear, writtenDates } from './dates';
import { scanTokens, type Token } from './tokens';

const UPPER_FIRST_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const ALL_CAPS_RE = /^\p{Lu}[\p{Lu}\d]+$/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\d]/u;
const DIGIT_RE = /\d/;
const POSSESSIVE_RE = /['’]s$/;
const SPACES_RE = /\s+/g;

/** A word list written as one string: keeps long lexicons short and easy to scan. */
function words(list: string): string[] {
	return list.split(' ');
}
const wordSet = (list: string): ReadonlySet<string> => new Set(words(list));

const isCapitalised = (t: Token | undefined): boolean =>
	t !== undefined && t.kind === 'word' && UPPER_FIRST_RE.test(t.text);
const isPossessive = (t: Token | undefined): boolean =>
	t !== undefined && t.kind === 'word' && POSSESSIVE_RE.test(t.text);
const glued = (a: Token | undefined, b: Token | undefined): boolean =>
	a !== undefined && b !== undefined && a.end === b.start;

// ---------------------------------------------------------------------------------------------
// Word lists (general English, not taken from the seed sentences)

/** Hedges kept as the qualifier; longest first so "more than" wins over a lone word. */
const QUALIFIERS: readonly (readonly string[])[] = [
	'as many as',
	'as much as',
	'in excess of',
	'more than',
	'less than',
	'fewer than',
	'at least',
	'at most',
	'up to',
	'close to',
	'upwards of',
	'just over',
	'just under',
	'well over',
	'nearly',
	'almost',
	'over',
	'about',
	'around',
	'approximately',
	'roughly',
	'some',
	'under',
	'circa'
].map(words);

const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
	['usd', 'USD'],
	['eur', 'EUR'],
	['gbp', 'GBP'],
	['vnd', 'VND'],
	['jpy', 'JPY'],
	['cny', 'CNY'],
	['chf', 'CHF']
]);
const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
	['$', 'USD'],
	['€', 'EUR'],
	['£', 'GBP'],
	['¥', 'JPY'],
	['₫', 'VND']
]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
	['euro', 'EUR'],
	['euros', 'EUR'],
	['dollar', 'USD'],
	['dollars', 'USD'],
	['dong', 'VND'],
	['pounds', 'GBP']
]);

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);

/** Time units after a number make a duration; decades are counted in years. */
const TIME_UNITS: ReadonlyMap<string, { unit: string; factor: number }> = new Map([
	['year', { unit: 'year', factor: 1 }],
	['years', { unit: 'year', factor: 1 }],
	['decade', { unit: 'year', factor: 10 }],
	['decades', { unit: 'year', factor: 10 }],
	['month', { unit: 'month', factor: 1 }],
	['months', { unit: 'month', factor: 1 }],
	['week', { unit: 'week', factor: 1 }],
	['weeks', { unit: 'week', factor: 1 }],
	['day', { unit: 'day', factor: 1 }],
	['days', { unit: 'day', factor: 1 }]
]);

/** Words before a number that make it a reference, not a quantity: "Article 5", "No. 12". */
const REFERENCE_WORDS = wordSet(
	'article articles paragraph paragraphs para section chapter annex decree resolution directive regulation no number page vision item point phase level version'
);

/** Verbs whose subject is what a money figure or percentage measures. */
const LEVEL_VERBS = wordSet(
	'reach reached reaches reaching total totals totalled totaled totalling totaling stood stands standing amounted amounts amounting was were is are hit exceeded exceeds exceeding surpassed topped valued worth'
);

/** Verbs of change: a percentage right after them (or after "by") is a change, not a level. */
const CHANGE_VERBS = wordSet(
	'rose rise rises rising risen grew grow grows growing grown increased increases increasing fell fall falls falling fallen declined declines declining dropped drops dropping decreased decreasing climbed jumped surged expanded contracted slipped gained'
);

/** "doubling" is a change of +100 %; the stem gives the factor. */
const MULTIPLIER_RE = /^(doubl|tripl|quadrupl|halv)(ed|ing)$/;
const MULTIPLIER_CHANGE: ReadonlyMap<string, number> = new Map([
	['doubl', 100],
	['tripl', 200],
	['quadrupl', 300],
	['halv', -50]
]);

/** Verbs that set a bound on a quantity, and the noun a label uses for them. */
const BOUND_VERBS: ReadonlyMap<string, string> = new Map([
	['limit', 'limit on'],
	['limiting', 'limit on'],
	['cap', 'cap on'],
	['capping', 'cap on'],
	['keep', 'limit on'],
	['keeping', 'limit on'],
	['hold', 'limit on'],
	['holding', 'limit on'],
	['reduce', 'reduction of'],
	['reducing', 'reduction of'],
	['cut', 'cut in'],
	['cutting', 'cut in'],
	['raise', 'rise in'],
	['raising', 'rise in'],
	['increase', 'increase in'],
	['increasing', 'increase in']
]);

const SUPERLATIVES: ReadonlySet<string> = new Set(['largest', 'biggest']);
const SUPERLATIVE_END_RE = /(?:largest|biggest)$/;
const HYPHEN_RE = /[-‑]/;

const PREPOSITIONS = wordSet(
	'to in from of at by for with on over under into onto across between among through during after before since until within without toward towards against about around per via including than amid despite'
);
const DETERMINERS = wordSet(
	'the a an this that these those its their his her our your my whose each every all both'
);
/** Before a count, a definite word makes it anaphoric: "the two sides" names no new quantity. */
const ANAPHORIC = wordSet('the these those its their his her our your my whose');
const CONJUNCTIONS = wordSet(
	'and or but nor while whereas as so yet though although because if when where which who whom that albeit'
);
const AUXILIARIES = wordSet(
	'is are was were be been being will would shall should can could may might must have has had do does did'
);
/** Words that open a temporal phrase: "after 35 years", "over the past 35 years". */
const TEMPORAL_WORDS = wordSet(
	'after over for during within in past last next first than since recent previous coming'
);
/** Before a duration, these belong to its words: "past 35 years". */
const DURATION_MODIFIERS = wordSet('past last next coming previous recent');
/** Head nouns of a relationship: "N years of diplomatic relations" can be an anniversary. */
const RELATIONSHIP_WORDS_RE = /\b(?:relations|ties|friendship|partnership|cooperation)\b/i;
/** A single noun naming a process ("implementation") asks for its subject: "EVFTA implementation". */
const PROCESS_NOUN_RE = /^\p{Ll}+(?:tion|sion|ment|ance|ence)$/u;
const PAST_PARTICIPLE_RE = /^\p{Ll}{3,}ed$/u;
const PLURAL_RE = /^\p{Ll}.*[^su]s$/u;
const IRREGULAR_PLURALS = wordSet(
	'people children men women staff personnel police cattle feet teeth'
);
/** Units of measure after a number: a measurement, not a count ("4 m high", "500 MW"). */
const MEASURE_UNITS = wordSet(
	'm km cm mm kg g t ha km2 m2 mw gw kw kwh mwh gwh twh tonnes tons tonne hectares hectare metres meters kilometres kilometers litres liters'
);
const BASELINES: readonly (readonly string[])[] = [
	'year-on-year',
	'y-o-y',
	'yoy',
	'year on year',
	'month-on-month',
	'quarter-on-quarter'
].map(words);

/** Punctuation that closes a clause for the purpose of finding a subject or a phrase. */
const CLAUSE_PUNCT = wordSet(', ; : . ! ? ( ) [ ] “ ” " — – | * ‘ ’');

// ---------------------------------------------------------------------------------------------
// Periods

/** A number in digits that names a year (dates.ts's year range): a date, not a quantity. */
const isYearDigits = (digits: string): boolean => /^\d{4}$/.test(digits) && isYear(Number(digits));

interface PeriodSpan {
	start: number;
	end: number;
	text: string;
}

/**
 * The periods and comparison bases of a sentence, from the date reader: a date written out to
 * the month or day, or a year after a lead of period ("in 2025", "first ten months of 2025"),
 * is a period; a date after a lead of comparison ("compared with 2024") is a base. Each is
 * quoted from the lead's quoted part ("first ten months of 2025", but "in 2025" → "2025").
 */
function periodSpans(
	doc: string,
	start: number,
	end: number
): { periods: PeriodSpan[]; comparisons: PeriodSpan[] } {
	const periods: PeriodSpan[] = [];
	const comparisons: PeriodSpan[] = [];
	for (const date of writtenDates(doc, { start, end })) {
		const comparison = leadYielding(date.leads, 'comparison');
		const period = leadYielding(date.leads, 'period');
		const from = (comparison ?? period)?.quoteStart ?? date.start;
		const span = { start: from, end: date.end, text: doc.slice(from, date.end) };
		if (comparison) comparisons.push(span);
		else if (period || date.precision !== 'year') periods.push(span);
	}
	return { periods, comparisons };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
	a.start < b.end && b.start < a.end;

/** The span closest to a figure; on a tie the one before it. */
function nearest(spans: readonly PeriodSpan[], at: { start: number; end: number }): string {
	let best = '';
	let bestDistance = Infinity;
	for (const span of spans) {
		const distance = span.end <= at.start ? at.start - span.end : Math.max(0, span.start - at.end);
		if (distance < bestDistance) {
			best = span.text.replace(SPACES_RE, ' ');
			bestDistance = distance;
		}
	}
	return best;
}

// ---------------------------------------------------------------------------------------------
// Reading context

interface Context {
	doc: string;
	tokens: Token[];
	/** Token indices inside a period or comparison span: part of a date, never a figure. */
	inPeriod: boolean[];
	figures: Draft[];
}

/** A figure before its period is chosen; first/last are token indices of its quote. */
interface Draft {
	kind: FigureKind;
	label: string;
	value: number;
	unit: string;
	qualifier: string;
	/** A change or ratio: its period is the comparison base when the sentence names one. */
	comparison: boolean;
	first: number;
	last: number;
}

/** A reader's result: the figure (if any) and the first token index left to read. */
interface Reading {
	draft: Draft;
	next: number;
}

const text = (ctx: Context, first: number, last: number): string => {
	const a = ctx.tokens[first];
	const b = ctx.tokens[last];
	if (!a || !b || last < first) return '';
	return ctx.doc.slice(a.start, b.end).replace(SPACES_RE, ' ');
};

const isClauseBreak = (t: Token | undefined): boolean =>
	t === undefined || t.kind === 'newline' || (t.kind === 'punct' && CLAUSE_PUNCT.has(t.text));

const wordsMatch = (ctx: Context, at: number, words: readonly string[]): boolean =>
	words.every((w, k) => {
		const t = ctx.tokens[at + k];
		return t !== undefined && t.kind === 'word' && t.lower === w;
	});

/** A multi-word phrase from `list` that ends right before token `i`: its first index, or -1. */
function phraseEndingBefore(ctx: Context, i: number, list: readonly (readonly string[])[]): number {
	for (const words of list) {
		const at = i - words.length;
		if (at >= 0 && wordsMatch(ctx, at, words)) return at;
	}
	return -1;
}

/** A multi-word phrase from `list` that starts at token `i`: its last index, or -1. */
function phraseStartingAt(ctx: Context, i: number, list: readonly (readonly string[])[]): number {
	for (const words of list) if (wordsMatch(ctx, i, words)) return i + words.length - 1;
	return -1;
}

// ---------------------------------------------------------------------------------------------
// Phrases around a figure

/**
 * The noun phrase that starts at token `i`: content words up to a preposition, conjunction,
 * auxiliary or punctuation. For a count it also ends after its first plural noun ("five partner
 * countries | …"), since a count names a plural head.
 */
function nounPhrase(
	ctx: Context,
	i: number,
	endAtPlural: boolean
): { first: number; last: number } | null {
	let last = -1;
	for (let k = i; k < ctx.tokens.length; k++) {
		const t = ctx.tokens[k];
		if (!t || t.kind !== 'word') break;
		if (PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) break;
		if (CONJUNCTIONS.has(t.lower) || AUXILIARIES.has(t.lower)) break;
		if (k > i && endAtPlural && PAST_PARTICIPLE_RE.test(t.text)) break;
		if (TIME_UNITS.has(t.lower) && k === i) break;
		if (k === i && MEASURE_UNITS.has(t.lower)) return null;
		last = k;
		if (endAtPlural && (PLURAL_RE.test(t.text) || IRREGULAR_PLURALS.has(t.lower))) break;
	}
	if (last < 0) return null;
	const head = ctx.tokens[last];
	if (!head || !HAS_LOWER_RE.test(head.text) || ALL_CAPS_RE.test(head.text)) return null;
	return { first: i, last };
}

/**
 * "to Europe", "in ASEAN": a prepositional phrase whose object is a proper name, kept with the
 * noun phrase before it. A lower-case object ("in the region") is left out as too loose.
 */
function properNamePhrase(ctx: Context, i: number): number {
	const prep = ctx.tokens[i];
	if (!prep || prep.kind !== 'word' || !['to', 'in', 'from', 'of', 'at'].includes(prep.lower)) {
		return -1;
	}
	let k = i + 1;
	if (ctx.tokens[k]?.lower === 'the') k++;
	let last = -1;
	while (isCapitalised(ctx.tokens[k])) last = k++;
	if (last < 0) return -1;
	const after = ctx.tokens[k];
	const continues =
		after !== undefined &&
		after.kind === 'word' &&
		!PREPOSITIONS.has(after.lower) &&
		!CONJUNCTIONS.has(after.lower) &&
		!AUXILIARIES.has(after.lower);
	return continues ? -1 : last;
}

/** A lowercase -ing form: after a conjunction it opens a new predicate ("and recognizing"). */
const GERUND_RE = /^\p{Ll}{3,}ing$/u;

/**
 * "of …" up to the end of the clause: the object of an anniversary. A conjunction before a
 * gerund ends it too: in "75 years of diplomatic relations and recognizing the two nations'
 * values", what follows "and" is a second predicate, not more of the noun phrase.
 */
function ofPhraseToClauseEnd(ctx: Context, i: number): { first: number; last: number } | null {
	if (ctx.tokens[i]?.lower !== 'of') return null;
	let last = -1;
	for (let k = i + 1; k < ctx.tokens.length && !isClauseBreak(ctx.tokens[k]); k++) {
		const next = ctx.tokens[k + 1];
		if (CONJUNCTIONS.has(ctx.tokens[k]?.lower ?? '') && next && GERUND_RE.test(next.text)) break;
		last = k;
	}
	return last < 0 ? null : { first: i + 1, last };
}

/**
 * The subject of a verb at token `verb`: the words before it back to the start of the clause
 * (punctuation, a conjunction, "with", a period), without a leading determiner.
 */
function subjectBefore(ctx: Context, verb: number): string {
	let first = verb;
	for (let k = verb - 1; k >= 0; k--) {
		const t = ctx.tokens[k];
		if (!t || t.kind !== 'word' || ctx.inPeriod[k]) break;
		if (CONJUNCTIONS.has(t.lower) || PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower)) break;
		first = k;
	}
	while (first < verb && DETERMINERS.has(ctx.tokens[first]?.lower ?? '')) first++;
	if (first >= verb || verb - first > 12) return '';
	return text(ctx, first, verb - 1);
}

/** Tokens allowed between a verb and its figure: "reached nearly US$", "rose 12% to". */
function isFigureFiller(t: Token): boolean {
	if (t.kind === 'number') return true;
	if (t.kind === 'punct') return t.text === '%' || CURRENCY_SYMBOLS.has(t.text);
	return (
		['to', 'by', 'at', 'of', 'up', 'down', 'us', 'per', 'cent', 'percent'].includes(t.lower) ||
		QUALIFIERS.some((q) => q.includes(t.lower)) ||
		CURRENCY_CODES.has(t.lower) ||
		scaleWordValue(t.lower) !== null ||
		scaleAbbreviationValue(t.lower) !== null
	);
}

interface Anchor {
	/** What the verb's subject names. */
	subject: string;
	/** A change verb reaching the figure without "to": "rose 12%", "grew by 3%". */
	change: boolean;
}

/** The verb left of a figure in its clause ("reached", "rose … to") and its subject. */
function anchorBefore(ctx: Context, first: number): Anchor | null {
	let sawTo = false;
	for (let k = first - 1; k >= 0 && first - k <= 8; k--) {
		const t = ctx.tokens[k];
		if (!t || isClauseBreak(t) || ctx.inPeriod[k]) return null;
		if (t.kind === 'word' && (LEVEL_VERBS.has(t.lower) || CHANGE_VERBS.has(t.lower))) {
			// "stood at", "amounted to" read as levels: the preposition belongs to the verb.
			const change = CHANGE_VERBS.has(t.lower) && !sawTo;
			return { subject: subjectBefore(ctx, k), change };
		}
		if (!isFigureFiller(t)) return null;
		if (t.lower === 'to') sawTo = true;
	}
	return null;
}

/** The nearest "of <noun phrase>" left of token `i` in its clause: "achievements of bilateral relations …". */
function ofPhraseBefore(ctx: Context, i: number): string {
	for (let k = i - 1; k >= 0 && !isClauseBreak(ctx.tokens[k]); k--) {
		if (ctx.tokens[k]?.lower !== 'of') continue;
		const np = nounPhrase(ctx, k + 1, false);
		return np && np.last < i ? text(ctx, np.first, np.last) : '';
	}
	return '';
}

/**
 * The main subject after an opening phrase ("After five years of implementation, the
 * EU-Vietnam Free Trade Agreement (EVFTA) continued"): its acronym when one follows in
 * brackets, else its capitalised words.
 */
function subjectAfterOpening(ctx: Context, from: number): string {
	let k = from;
	while (k < ctx.tokens.length && !isClauseBreak(ctx.tokens[k])) k++;
	if (ctx.tokens[k]?.text !== ',') return '';
	k++;
	if (ctx.tokens[k]?.lower === 'the') k++;
	const first = k;
	while (isCapitalised(ctx.tokens[k])) k++;
	if (k === first) return '';
	const acronym = ctx.tokens[k + 1];
	if (ctx.tokens[k]?.text === '(' && acronym && ALL_CAPS_RE.test(acronym.text)) {
		if (ctx.tokens[k + 2]?.text === ')') return acronym.text;
	}
	return text(ctx, first, k - 1);
}

function pluralise(word: string): string {
	if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
	if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
	return `${word}s`;
}

// ---------------------------------------------------------------------------------------------
// Numbers

/** A number with its currency and scale: token indices and value. */
interface NumberCore {
	first: number;
	last: number;
	value: number;
	currency: string;
}

/** Why a number in digits is not a quantity: part of a date, time, code, range or a heading. */
function isNonQuantity(ctx: Context, i: number): boolean {
	const t = ctx.tokens[i];
	if (!t) return true;
	const { doc } = ctx;
	const before = doc[t.start - 1] ?? '';
	const after = doc[t.end] ?? '';
	if (LETTER_OR_DIGIT_RE.test(before) || before === '/' || before === ':') return true;
	if (after === '/' || after === ':') return true;
	if (before === '-' && DIGIT_RE.test(doc[t.start - 2] ?? '')) return true;
	if (after === '-' && DIGIT_RE.test(doc[t.end + 1] ?? '')) return true;
	const prev = ctx.tokens[i - 1];
	const next = ctx.tokens[i + 1];
	if (prev && (MONTH_WORDS.has(prev.lower) || REFERENCE_WORDS.has(prev.lower))) return true;
	if (
		prev &&
		prev.kind === 'word' &&
		ALL_CAPS_RE.test(prev.text) &&
		!CURRENCY_CODES.has(prev.lower)
	) {
		return true;
	}
	if (next && (MONTH_WORDS.has(next.lower) || ['am', 'pm', 'a.m', 'p.m'].includes(next.lower)))
		return true;
	if (prev?.text === '(' && next?.text === ')') return true;
	return isAtLineStart(doc, t.start);
}

/** A number that opens its line is a paragraph or list number ("12. Both sides …"). */
function isAtLineStart(doc: string, at: number): boolean {
	for (let k = at - 1; k >= 0; k--) {
		const c = doc[k];
		if (c === '\n' || c === '\r') return true; // a lone CR ends a line too
		if (c !== ' ' && c !== '\t') return false;
	}
	return true;
}

const isYearLike = (t: Token): boolean => isYearDigits(t.text);

/** The currency named right before token `i` ("US$", "$", "EUR"): its first index and code. */
function currencyBefore(ctx: Context, i: number): { first: number; code: string } | null {
	const t = ctx.tokens[i - 1];
	if (!t) return null;
	if (t.kind === 'punct' && CURRENCY_SYMBOLS.has(t.text)) {
		const us = ctx.tokens[i - 2];
		const first = us && us.text === 'US' && glued(us, t) ? i - 2 : i - 1;
		return { first, code: CURRENCY_SYMBOLS.get(t.text) ?? '' };
	}
	if (t.kind === 'word' && CURRENCY_CODES.has(t.lower) && ALL_CAPS_RE.test(t.text)) {
		return { first: i - 1, code: CURRENCY_CODES.get(t.lower) ?? '' };
	}
	return null;
}

/** Reads a number (digits or words) at token `i`, with a currency before and a scale after. */
function readNumber(ctx: Context, i: number): NumberCore | null {
	const t = ctx.tokens[i];
	if (!t || ctx.inPeriod[i]) return null;
	const currency = currencyBefore(ctx, i);
	let value: number;
	let last: number;
	let wordsOnly = false;
	if (t.kind === 'number') {
		if (isNonQuantity(ctx, i)) return null;
		if (isYearLike(t) && !currency) return null;
		value = Number(t.text.replace(/,/g, ''));
		last = i;
	} else if (t.kind === 'word' && cardinalWordValue(t.lower) !== null) {
		const words: string[] = [];
		for (let k = i; k < ctx.tokens.length && ctx.tokens[k]?.kind === 'word' && k < i + 8; k++) {
			words.push(ctx.tokens[k]?.lower ?? '');
		}
		const read = readCardinalWords(words);
		if (!read) return null;
		value = read.value;
		last = i + read.length - 1;
		wordsOnly = true;
	} else {
		return null;
	}
	let scale = 1;
	const next = ctx.tokens[last + 1];
	if (next && next.kind === 'word') {
		const full = wordsOnly ? null : scaleWordValue(next.lower);
		const abbreviation = currency ? scaleAbbreviationValue(next.lower) : null;
		if (full !== null || abbreviation !== null) {
			scale = full ?? abbreviation ?? 1;
			last++;
		} else if (glued(ctx.tokens[last], next)) {
			// Letters glued to digits make a code ("5G") unless they are a scale or an ordinal.
			return null;
		}
	}
	let code = currency?.code ?? '';
	const after = ctx.tokens[last + 1];
	if (!code && after && after.kind === 'word') {
		if (CURRENCY_WORDS.has(after.lower)) code = CURRENCY_WORDS.get(after.lower) ?? '';
		else if (CURRENCY_CODES.has(after.lower) && ALL_CAPS_RE.test(after.text)) {
			code = CURRENCY_CODES.get(after.lower) ?? '';
		}
		if (code) last++;
	}
	return {
		first: currency?.first ?? i,
		last,
		value: Number((value * scale).toPrecision(15)),
		currency: code
	};
}

/** Hedge words right before token `i`: their first index and their words (lower case). */
function qualifierBefore(ctx: Context, i: number): { first: number; words: string } {
	const at = phraseEndingBefore(ctx, i, QUALIFIERS);
	if (at < 0) return { first: i, words: '' };
	return { first: at, words: text(ctx, at, i - 1).toLowerCase() };
}

/** "year-on-year" right after token `i`: its last index, or -1. */
const baselineAfter = (ctx: Context, i: number): number => phraseStartingAt(ctx, i + 1, BASELINES);

/** "compared with 2024" right after token `i`: its last index, or -1. */
function comparisonAfter(ctx: Context, i: number): number {
	let k = i + 1;
	if (!ctx.inPeriod[k] || ctx.tokens[k]?.lower !== 'compared') return -1;
	while (ctx.inPeriod[k + 1]) k++;
	return k;
}

// ---------------------------------------------------------------------------------------------
// Readers, one per kind of expression

/** "fourth-largest trading partner", "the EU’s largest goods trading partner in ASEAN". */
function readRank(ctx: Context, i: number): Reading | null {
	const t = ctx.tokens[i];
	const next = ctx.tokens[i + 1];
	if (
		!t ||
		!(
			t.kind === 'number' ||
			SUPERLATIVE_END_RE.test(t.lower) ||
			SUPERLATIVES.has(next?.lower ?? '')
		)
	) {
		return null;
	}
	let value: number | null = null;
	let superlative = i;
	const parts = t.lower.split(HYPHEN_RE);
	if (t.kind === 'word' && parts.length === 2 && SUPERLATIVES.has(parts[1] ?? '')) {
		value = ordinalValue(parts[0] ?? '');
	} else if (t.kind === 'word' && SUPERLATIVES.has(t.lower)) {
		value = 1;
	} else if (t.kind === 'number' && ctx.tokens[i + 1] && glued(t, ctx.tokens[i + 1])) {
		const suffix = (ctx.tokens[i + 1]?.lower ?? '').split(HYPHEN_RE);
		if (suffix.length === 2 && SUPERLATIVES.has(suffix[1] ?? '')) {
			value = ordinalValue(`${t.text}${suffix[0] ?? ''}`);
			superlative = i + 1;
		}
	} else if (t.kind === 'word' && SUPERLATIVES.has(ctx.tokens[i + 1]?.lower ?? '')) {
		value = ordinalValue(t.lower);
		superlative = i + 1;
	}
	if (value === null) return null;
	const before = ctx.tokens[i - 1];
	if (!isPossessive(before) && before?.lower !== 'the') return null;
	const np = nounPhrase(ctx, superlative + 1, false);
	if (!np) return null;
	const pp = properNamePhrase(ctx, np.last + 1);
	const last = pp >= 0 ? pp : np.last;

	// The possessor ("Vietnam’s") and, before it, the ranked entity ("the EU as").
	let k = i - 1;
	let possessor = '';
	if (isPossessive(before)) {
		let first = k;
		while (isCapitalised(ctx.tokens[first - 1])) first--;
		possessor = `${text(ctx, first, k)} `;
		k = first - 1;
	}
	if (ctx.tokens[k]?.lower === 'the') k--;
	if (
		['as', 'is', 'was', 'remains', 'remained', 'became', 'becomes'].includes(
			ctx.tokens[k]?.lower ?? ''
		)
	)
		k--;
	const entityLast = k;
	while (isCapitalised(ctx.tokens[k])) k--;
	const entity = entityLast > k ? ` (${text(ctx, k + 1, entityLast)})` : '';

	const head = ctx.tokens[np.last];
	const words = np.last > np.first ? `${text(ctx, np.first, np.last - 1)} ` : '';
	const place = pp >= 0 ? ` ${text(ctx, np.last + 1, pp)}` : '';
	const label = `${possessor}${words}${pluralise(head?.text ?? '')}${place}${entity}`;
	return {
		draft: {
			kind: 'rank',
			label,
			value,
			unit: 'rank',
			qualifier: '',
			comparison: false,
			first: i,
			last
		},
		next: superlative + 1
	};
}

/** "35th anniversary of Vietnam-EU relations". */
function readOrdinalAnniversary(ctx: Context, i: number): Reading | null {
	const t = ctx.tokens[i];
	if (!t) return null;
	let value: number | null = null;
	let word = i + 1;
	if (t.kind === 'word') {
		if (ctx.tokens[word]?.lower === 'anniversary') value = ordinalValue(t.lower);
	} else if (t.kind === 'number' && glued(t, ctx.tokens[i + 1])) {
		value = ordinalValue(`${t.text}${ctx.tokens[i + 1]?.lower ?? ''}`);
		word = i + 2;
	}
	if (value === null || ctx.tokens[word]?.lower !== 'anniversary') return null;
	const of = ofPhraseToClauseEnd(ctx, word + 1);
	const label = of ? `anniversary of ${text(ctx, of.first, of.last)}` : 'anniversary';
	return {
		draft: {
			kind: 'anniversary',
			label,
			value,
			unit: 'year',
			qualifier: '',
			comparison: false,
			first: i,
			last: of ? of.last : word
		},
		next: word + 1
	};
}

/** "delegation exchanges nearly doubling compared with 2024": a change of +100 %. */
function readMultiplier(ctx: Context, i: number): Reading | null {
	const t = ctx.tokens[i];
	const m = t && t.kind === 'word' ? MULTIPLIER_RE.exec(t.lower) : null;
	if (!m) return null;
	const value = MULTIPLIER_CHANGE.get(m[1] ?? '');
	if (value === undefined) return null;
	const hedge = qualifierBefore(ctx, i);
	let verb = hedge.first;
	while (AUXILIARIES.has(ctx.tokens[verb - 1]?.lower ?? '')) verb--;
	const subject = subjectBefore(ctx, verb);
	if (!subject) return null;
	const compared = comparisonAfter(ctx, i);
	return {
		draft: {
			kind: 'percent',
			label: `${subject}, change`,
			value,
			unit: '%',
			qualifier: hedge.words,
			comparison: true,
			first: hedge.first,
			last: compared >= 0 ? compared : i
		},
		next: i + 1
	};
}

/** A number in digits or words and what follows it: %, °C, a currency, a time unit or a noun. */
function readQuantity(ctx: Context, i: number): Reading | null {
	const core = readNumber(ctx, i);
	if (!core) return null;
	const hedge = qualifierBefore(ctx, core.first);
	const next = ctx.tokens[core.last + 1];
	const after = ctx.tokens[core.last + 2];
	const base = { qualifier: hedge.words, first: hedge.first, comparison: false };
	if (core.currency) return readMoney(ctx, core, base);
	if (next?.text === '%') return readPercent(ctx, core, base, core.last + 1);
	if (next?.lower === 'percent') return readPercent(ctx, core, base, core.last + 1);
	if (next?.lower === 'per' && after?.lower === 'cent')
		return readPercent(ctx, core, base, core.last + 2);
	if (next?.text === '°' && (after?.text === 'C' || after?.text === 'F') && glued(next, after)) {
		return readTemperature(ctx, core, base, core.last + 2, `°${after.text}`);
	}
	if (next?.lower === 'degrees' && after?.lower === 'celsius') {
		return readTemperature(ctx, core, base, core.last + 2, '°C');
	}
	if (next && TIME_UNITS.has(next.lower)) return readDuration(ctx, core, base);
	return readCount(ctx, core, base);
}

/** The label of the last figure read that measures a level, for a change that follows it. */
function previousLabel(ctx: Context): string {
	for (let k = ctx.figures.length - 1; k >= 0; k--) {
		const f = ctx.figures[k];
		if (f && !f.comparison && f.label) return f.label;
	}
	return '';
}

type Base = Pick<Draft, 'qualifier' | 'first' | 'comparison'>;

function readMoney(ctx: Context, core: NumberCore, base: Base): Reading {
	const anchor = anchorBefore(ctx, base.first);
	let label = anchor && !anchor.change ? anchor.subject : '';
	if (anchor?.change) label = anchor.subject ? `${anchor.subject}, change` : 'change';
	// "a budget of EUR 5 million", "EUR 1.2 million for flood relief".
	if (!anchor && ctx.tokens[base.first - 1]?.lower === 'of') {
		label = subjectBefore(ctx, base.first - 1);
	}
	if (!label && ['in', 'for', 'of'].includes(ctx.tokens[core.last + 1]?.lower ?? '')) {
		const np = nounPhrase(ctx, core.last + 2, false);
		if (np) label = text(ctx, np.first, np.last);
	}
	return {
		draft: {
			...base,
			kind: 'money',
			label,
			value: core.value,
			unit: core.currency,
			comparison: anchor?.change ?? false,
			last: core.last
		},
		next: core.last + 1
	};
}

function readPercent(ctx: Context, core: NumberCore, base: Base, unitEnd: number): Reading {
	let first = base.first;
	let change = false;
	let k = first - 1;
	if (ctx.tokens[k]?.lower === 'by') k--;
	const direction = ctx.tokens[k];
	// "exports, up 8%", "sales were down 3%"; not the particle of "make up 40%".
	const opener = ctx.tokens[k - 1];
	const opens = opener === undefined || opener.kind !== 'word' || LEVEL_VERBS.has(opener.lower);
	if (direction && ['up', 'down'].includes(direction.lower) && opens) {
		change = true;
		first = k;
	}
	const anchor = anchorBefore(ctx, first);
	let thing = anchor?.subject ?? '';
	change = change || (anchor?.change ?? false);
	if (!thing && change) {
		// "…reached US$61 billion, up 8.4%": the change is of what the previous figure measured.
		thing = previousLabel(ctx);
	}
	if (!thing && !anchor) {
		// "40% of the workforce" is a share; "a 10% tariff" names its noun after the figure.
		if (ctx.tokens[unitEnd + 1]?.lower === 'of') {
			const np = nounPhrase(ctx, unitEnd + 2, false);
			const det =
				ctx.tokens[unitEnd + 2]?.lower === 'the' ? nounPhrase(ctx, unitEnd + 3, false) : null;
			const phrase = np ?? det;
			if (phrase) thing = `share of ${text(ctx, unitEnd + 2, phrase.last)}`;
		} else {
			const np = nounPhrase(ctx, unitEnd + 1, false);
			if (np) thing = text(ctx, np.first, np.last);
		}
	}
	const baseline = baselineAfter(ctx, unitEnd);
	const compared = comparisonAfter(ctx, unitEnd);
	const basis = baseline >= 0 ? ` ${text(ctx, unitEnd + 1, baseline)}` : '';
	const label = change ? `${thing ? `${thing}, ` : ''}change${basis}` : thing;
	return {
		draft: {
			...base,
			kind: 'percent',
			label,
			value: core.value,
			unit: '%',
			comparison: change,
			first,
			last: Math.max(unitEnd, baseline, compared)
		},
		next: unitEnd + 1
	};
}

/** "limit the increase in the global average temperature to 1.5°C". */
function readTemperature(
	ctx: Context,
	core: NumberCore,
	base: Base,
	unitEnd: number,
	unit: string
): Reading {
	let label = '';
	if (ctx.tokens[base.first - 1]?.lower === 'to') {
		for (let k = base.first - 2; k >= 0 && !isClauseBreak(ctx.tokens[k]); k--) {
			const noun = BOUND_VERBS.get(ctx.tokens[k]?.lower ?? '');
			// After a determiner the word is a noun ("the increase in …"), not the bounding verb.
			if (noun === undefined || DETERMINERS.has(ctx.tokens[k - 1]?.lower ?? '')) continue;
			if (k + 1 <= base.first - 2) label = `${noun} ${text(ctx, k + 1, base.first - 2)}`;
			break;
		}
	}
	if (!label && ctx.tokens[base.first - 1]?.lower === 'of')
		label = subjectBefore(ctx, base.first - 1);
	return {
		draft: { ...base, kind: 'temperature', label, value: core.value, unit, last: unitEnd },
		next: unitEnd + 1
	};
}

/**
 * "past 35 years", "five years of implementation", "after 35 years of diplomatic relations";
 * "75 Years of Vietnam-Germany Relations" outside a temporal phrase names an anniversary.
 */
function readDuration(ctx: Context, core: NumberCore, base: Base): Reading | null {
	const unitIndex = core.last + 1;
	const unit = TIME_UNITS.get(ctx.tokens[unitIndex]?.lower ?? '');
	if (!unit) return null;
	let first = base.first;
	const modifier = ctx.tokens[first - 1];
	if (modifier && DURATION_MODIFIERS.has(modifier.lower)) first--;
	let governor = first - 1;
	if (ctx.tokens[governor]?.lower === 'the') governor--;
	const temporal = TEMPORAL_WORDS.has(ctx.tokens[governor]?.lower ?? '') || first < base.first;

	const whole = ofPhraseToClauseEnd(ctx, unitIndex + 1);
	if (whole && !temporal && unit.unit === 'year' && unit.factor === 1) {
		const object = text(ctx, whole.first, whole.last);
		if (RELATIONSHIP_WORDS_RE.test(object)) {
			return {
				draft: {
					...base,
					kind: 'anniversary',
					label: `anniversary of ${object}`,
					value: core.value,
					unit: 'year',
					last: whole.last
				},
				next: unitIndex + 1
			};
		}
	}

	let label = '';
	let last = unitIndex;
	if (ctx.tokens[unitIndex + 1]?.lower === 'of') {
		const np = nounPhrase(ctx, unitIndex + 2, false);
		if (np) {
			label = text(ctx, np.first, np.last);
			last = np.last;
			if (np.first === np.last && PROCESS_NOUN_RE.test(label)) {
				const subject = subjectAfterOpening(ctx, np.last + 1);
				if (subject) label = `${subject} ${label}`;
			}
		}
	}
	if (!label) label = ofPhraseBefore(ctx, first);
	return {
		draft: {
			...base,
			kind: 'duration',
			label,
			value: core.value * unit.factor,
			unit: unit.unit,
			first,
			last
		},
		next: unitIndex + 1
	};
}

/**
 * "12 high-level European delegations", "seven visits to Europe", "over 20 million visitors".
 * After "with/from/among/between" the governing words say what the count is of:
 * "upgraded relations with nine countries" → "countries (relations upgraded)".
 */
function readCount(ctx: Context, core: NumberCore, base: Base): Reading | null {
	const single = core.last === core.first && ctx.tokens[core.first]?.kind === 'word';
	if (single && core.value <= 1) return null; // "one part", "the one hand": not a quantity
	if (ANAPHORIC.has(ctx.tokens[base.first - 1]?.lower ?? '')) return null;
	const np = nounPhrase(ctx, core.last + 1, true);
	if (!np) return null;
	const pp = properNamePhrase(ctx, np.last + 1);
	const last = pp >= 0 ? pp : np.last;
	const context = governingWords(ctx, base.first);
	const label = `${text(ctx, np.first, last)}${context ? ` (${context})` : ''}`;
	return {
		draft: { ...base, kind: 'count', label, value: core.value, unit: 'count', last },
		next: core.last + 1
	};
}

/** Words that govern a count through a preposition, as "object verb" or as the noun phrase. */
function governingWords(ctx: Context, first: number): string {
	const prep = ctx.tokens[first - 1];
	if (!prep || !['with', 'from', 'among', 'between'].includes(prep.lower)) return '';
	let start = first - 1;
	for (let k = first - 2; k >= 0; k--) {
		const t = ctx.tokens[k];
		if (!t || t.kind !== 'word' || CONJUNCTIONS.has(t.lower) || ctx.inPeriod[k]) break;
		start = k;
	}
	while (start < first - 1 && DETERMINERS.has(ctx.tokens[start]?.lower ?? '')) start++;
	if (start >= first - 1 || first - 1 - start > 6) return '';
	for (let k = start; k < first - 1; k++) {
		if (!PAST_PARTICIPLE_RE.test(ctx.tokens[k]?.text ?? '')) continue;
		const object = k + 1 < first - 1 ? text(ctx, k + 1, first - 2) : '';
		const verb = ctx.tokens[k]?.text ?? '';
		return object ? `${object} ${verb}` : verb;
	}
	return text(ctx, start, first - 2);
}

/** First words that may start a figure: cardinals, superlatives, multiplier stems. */
const STARTING_WORDS: ReadonlySet<string> = new Set([...CARDINAL_WORDS, ...SUPERLATIVES]);
const MULTIPLIER_FIRST = new Set(['d', 't', 'q', 'h']);

/**
 * A cheap test that lets most tokens skip the readers: digits, or a word that may start a
 * figure (Set lookups first, a regex only for the rare words that pass them).
 */
function mayStartFigure(t: Token | undefined, next: Token | undefined): boolean {
	if (!t || t.kind === 'number') return t !== undefined;
	if (t.kind !== 'word') return false;
	if (next && (next.lower === 'anniversary' || SUPERLATIVES.has(next.lower))) return true;
	const lower = t.lower;
	if (STARTING_WORDS.has(lower)) return true;
	const hyphen = lower.indexOf('-');
	if (hyphen > 0)
		return STARTING_WORDS.has(lower.slice(0, hyphen)) || SUPERLATIVE_END_RE.test(lower);
	return MULTIPLIER_FIRST.has(lower[0] ?? '') && MULTIPLIER_RE.test(lower);
}

const READERS: readonly ((ctx: Context, i: number) => Reading | null)[] = [
	readRank,
	readOrdinalAnniversary,
	readMultiplier,
	readQuantity
];

// ---------------------------------------------------------------------------------------------

/**
 * A regex alternation of `list` as a prefix tree ("t(?:wo|en|…)"), so a scan tries one branch
 * per character instead of every word: the cue scan below runs over every sentence.
 */
function prefixTreePattern(list: readonly string[]): string {
	const branches = new Map<string, string[]>();
	let isEnd = false;
	for (const word of list) {
		if (word === '') isEnd = true;
		else branches.set(word[0] ?? '', [...(branches.get(word[0] ?? '') ?? []), word.slice(1)]);
	}
	const parts = [...branches].map(([first, rests]) => first + prefixTreePattern(rests));
	if (parts.length === 0) return '';
	const alternation = parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
	return isEnd ? `(?:${alternation})?` : alternation;
}

/**
 * Cues without which a sentence holds no figure, so most sentences are skipped untokenised:
 * digits, a cardinal word ("one" only before a scale or a time unit, as "one part" is no
 * figure), a superlative, an anniversary, a multiplier.
 */
const CUE_RE = new RegExp(
	`\\d+(?:[.,]\\d+)*|\\b(?:${[
		`${prefixTreePattern(CARDINAL_WORDS.filter((w) => w !== 'one'))}\\b`,
		prefixTreePattern(['largest', 'biggest', 'anniversar', 'doubl', 'tripl', 'quadrupl', 'halv']),
		'one\\s+(?:hundred|thousand|million|billion|trillion|year|month|week|day|decade)'
	].join('|')})`,
	'gi'
);
const THE_BEFORE_RE = /\bthe\s$/i;
const SCALE_OR_TIME_AFTER_RE =
	/^\s+(?:hundred|thousand|million|billion|trillion|years?|months?|weeks?|days?|decades?|percent|per\s+cent|degrees)\b/i;
const SCALE_ABBREVIATION_AFTER_RE = /^(?:bn|mn|tn|m|k|b)(?![A-Za-z])/;
const CODE_BEFORE_RE = /\b([A-Z]{2,})\s$/;

/**
 * Whether a cue found by CUE_RE can start a figure. It mirrors, in cheap string tests, the
 * rejections the readers make later (years, paragraph numbers, codes, times, ordinals in names,
 * "the two sides"), so that sentences holding only those are never tokenised.
 */
function isLiveCue(doc: string, at: number, cue: string): boolean {
	const before = doc.slice(Math.max(0, at - 12), at);
	const after = doc.slice(at + cue.length, at + cue.length + 12);
	if (!DIGIT_RE.test(cue[0] ?? '')) {
		return !THE_BEFORE_RE.test(before) || SCALE_OR_TIME_AFTER_RE.test(after);
	}
	if (isYearDigits(cue) || isAtLineStart(doc, at)) return false;
	const previous = before[before.length - 1] ?? '';
	const next = after[0] ?? '';
	if (previous !== '' && (LETTER_OR_DIGIT_RE.test(previous) || '/:'.includes(previous))) {
		return false;
	}
	if (next !== '' && '/:'.includes(next)) return false;
	if (/[A-Za-z]/.test(next) && !SCALE_ABBREVIATION_AFTER_RE.test(after)) return false;
	const code = CODE_BEFORE_RE.exec(before)?.[1];
	return code === undefined || CURRENCY_CODES.has(code.toLowerCase());
}

/** True when the span holds a cue that can start a figure. */
function hasFigureCue(doc: string, start: number, end: number): boolean {
	const sentenceText = doc.slice(start, end);
	CUE_RE.lastIndex = 0;
	for (let m = CUE_RE.exec(sentenceText); m !== null; m = CUE_RE.exec(sentenceText)) {
		if (isLiveCue(doc, start + m.index, m[0])) return true;
	}
	return false;
}

const THOUSANDS_RE = /^\d{3}(?:\.\d+)?$/;

/**
 * The tokens of a sentence, with a number written with thousands separators read as one number
 * ("1" "," "000" "," "000.5" → "1,000,000.5"): a separator joins when it touches a number on
 * each side and three digits follow it.
 */
function figureTokens(doc: string, start: number, end: number): Token[] {
	const tokens = scanTokens(doc, start, end);
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const first = tokens[i] as Token;
		let last = i;
		while (
			first.kind === 'number' &&
			!(tokens[last] as Token).text.includes('.') &&
			tokens[last + 1]?.text === ',' &&
			glued(tokens[last], tokens[last + 1]) &&
			tokens[last + 2]?.kind === 'number' &&
			glued(tokens[last + 1], tokens[last + 2]) &&
			THOUSANDS_RE.test(tokens[last + 2]?.text ?? '')
		) {
			last += 2;
		}
		if (last === i) out.push(first);
		else {
			const text = doc.slice(first.start, (tokens[last] as Token).end);
			out.push({ ...first, end: first.start + text.length, text, lower: text });
		}
		i = last;
	}
	return out;
}

/** Figures in one sentence, in text order, each with its exact quote and offsets. */
export function extractFigures(sentence: SentenceInput): Figure[] {
	const { docText: doc, start, end } = sentence;
	if (!hasFigureCue(doc, start, end)) return [];
	const tokens = figureTokens(doc, start, end);
	const { periods, comparisons } = periodSpans(doc, start, end);
	const dated = [...periods, ...comparisons];
	const inPeriod = mapPacked(tokens, (t) => dated.length > 0 && dated.some((p) => overlaps(p, t)));
	const ctx: Context = { doc, tokens, inPeriod, figures: [] };

	for (let i = 0; i < tokens.length;) {
		let reading: Reading | null = null;
		if (!inPeriod[i] && mayStartFigure(tokens[i], tokens[i + 1])) {
			for (const read of READERS) {
				reading = read(ctx, i);
				if (reading) break;
			}
		}
		if (reading) ctx.figures.push(reading.draft);
		i = reading ? Math.max(reading.next, i + 1) : i + 1;
	}

	// "US$999…9 (400 digits) billion" is no figure.
	const finite = ctx.figures.filter((d) => Number.isFinite(d.value));
	return mapPacked(finite, (d): Figure => {
		const from = tokens[d.first]?.start ?? start;
		const to = tokens[d.last]?.end ?? from;
		const at = { start: from, end: to };
		const period = (d.comparison && nearest(comparisons, at)) || nearest(periods, at);
		return {
			kind: d.kind,
			label: d.label,
			value: d.value,
			unit: d.unit,
			qualifier: d.qualifier,
			period,
			quote: doc.slice(from, to),
			start: from,
			end: to
		};
	}).sort((a, b) => a.start - b.start);
}
