/**
 * Precision markers (METHOD.md rule 6, after Abbott et al. 2000): a quantity, a deadline or
 * date, and a named instrument or mechanism each add one point of precision. A quantity plus
 * a deadline is a target (Climate Policy Radar). The named instruments live here, in one list.
 */
import { mapPacked } from './packed';
import { leadYielding } from './date-leads';
import { writtenDates } from './dates';
import { CARDINAL_WORDS } from './number-words';
import type { Cue, Span } from './types';

/** A word or punctuation token with absolute offsets, as the clause splitter makes them. */
export interface Word extends Span {
	text: string;
	lower: string;
}

/**
 * Named instruments and mechanisms that carry no head noun of their own (acronyms, programme
 * names). Capitalised names ending in a head noun ("… Dialogue", "… Agreement") are found by
 * `MECHANISM_HEADS` instead, so this list stays short.
 */
export const NAMED_INSTRUMENTS: readonly string[] = [
	'EVFTA',
	'EVIPA',
	'PCA',
	'FPA',
	'JETP',
	'UNFCCC',
	'UNCLOS',
	'CPTPP',
	'NDCs',
	'NDC',
	'ESIWA+',
	'CRIMARIO',
	'APG',
	'Nationally Determined Contributions',
	'Global Gateway',
	'Horizon Europe',
	'Erasmus+',
	'Team Europe',
	'Joint Committee',
	'Trade Committee',
	'Subcommittees',
	'Subcommittee',
	'Paris Agreement',
	'Kyoto Protocol',
	'Global Stocktake',
	'Letter of Intent',
	'Code of Conduct',
	'UN Charter',
	'Charter of the United Nations'
];

/** Capitalised head nouns that make a capitalised name an instrument or mechanism. */
export const MECHANISM_HEADS = new Set([
	'Agenda',
	'Agreement',
	'Agreements',
	'Charter',
	'Committee',
	'Committees',
	'Consensus',
	'Convention',
	'Conventions',
	'Declaration',
	'Dialogue',
	'Dialogues',
	'Facility',
	'Forum',
	'Framework',
	'Fund',
	'Grid',
	'Initiative',
	'Mechanism',
	'Partnership',
	'Plan',
	'Programme',
	'Programmes',
	'Program',
	'Protocol',
	'Scheme',
	'Schemes',
	'Strategy',
	'Subcommittee',
	'Subcommittees'
]);

/** Lower-case words allowed inside a name: "Convention on Biological Diversity". */
const NAME_CONNECTORS = new Set(['of', 'on', 'and', 'for', 'the', 'against', 'in', '-', '–']);
/**
 * Runs of connectors that may join two capitalised words of one name: "Charter of the United
 * Nations" but not "… Viet Nam and the International Partnership" (two names).
 */
const NAME_CONNECTOR_RUNS = new Set([
	'of',
	'on',
	'for',
	'in',
	'against',
	'and',
	'-',
	'–',
	'of the',
	'on the',
	'for the',
	'in the',
	'against the'
]);
/** Capitalised function words that start a sentence or phrase, never a name. */
const NOT_NAME_WORDS = new Set([
	'under',
	'within',
	'in',
	'the',
	'both',
	'this',
	'these',
	'they',
	'based',
	'with',
	'through',
	'for',
	'on',
	'by',
	'and',
	'as',
	'of'
]);

/** Longest name walked back from its head; bounds the work on pathological input. */
const MAX_NAME_WORDS = 16;

/** Named instruments by their first word, each as its words, longest first. */
const INSTRUMENTS_BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
	const map = new Map<string, string[][]>();
	for (const name of [...NAMED_INSTRUMENTS].sort((a, b) => b.length - a.length)) {
		const parts = name.split(' ');
		const first = parts[0] ?? '';
		map.set(first, [...(map.get(first) ?? []), parts]);
	}
	return map;
})();

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = String.raw`(?:\s?(?:million|billion|trillion|bn|mn))?`;
/** A number in one word ("five", "eighteen", "ninety", "hundred"), longest first. */
const NUMBER_WORDS = [...CARDINAL_WORDS, 'hundred'].sort((a, b) => b.length - a.length);
const NUMBER_WORD = `(?:${NUMBER_WORDS.join('|')})`;
const UNIT = String.raw`(?:tonnes?|tons?|MW|GW|GWh|TWh|kWh|km|kilometres?|hectares?|ha|kg|Mt|Gt|MtCO2e?)`;

/** No letter or digit right after a match (matches start at a word, so no look-behind). */
const END = String.raw`(?![A-Za-z0-9])`;

/**
 * Quantities: money, percentages, temperatures, measured amounts, net zero, multiples. Sticky
 * regexes, tried only at the words that can start them: a scan of every position per clause
 * was the slowest step of the pipeline.
 */
const QUANTITY_RE = new RegExp(
	'(?:' +
		[
			String.raw`(?:US\$|\$|€|£|EUR|USD)\s?${NUMBER}${SCALE}`,
			String.raw`${NUMBER}\s?(?:%|per\s?cent|percent)`,
			String.raw`${NUMBER}\s?°\s?[CF]?`,
			String.raw`${NUMBER}\s?(?:million|billion|trillion)(?:\s(?:euros?|dollars|EUR|USD))?`,
			String.raw`${NUMBER}\s?${UNIT}`,
			String.raw`${NUMBER_WORD}\s(?:million|billion|per\s?cent|percent|${UNIT})`,
			String.raw`net[\s-]zero`,
			String.raw`carbon[\s-]neutral(?:ity)?`,
			String.raw`(?:halve|halving|double|doubling|triple|tripling)`
		].join('|') +
		`)${END}`,
	'iy'
);
const QUANTITY_WORDS = new Set([
	'$',
	'€',
	'£',
	'us',
	'eur',
	'usd',
	...NUMBER_WORDS,
	'net',
	'net-zero',
	'carbon',
	'carbon-neutral',
	'carbon-neutrality',
	'halve',
	'halving',
	'double',
	'doubling',
	'triple',
	'tripling'
]);

/** "within five years": a time limit counted from the text's date, with no date of its own. */
const WITHIN_RE = new RegExp(
	String.raw`within\s+(?:\d+|${NUMBER_WORD})\s+(?:years?|months?|weeks?|days?)${END}`,
	'iy'
);
const DEADLINE_WORDS = new Set(['within']);

/**
 * The words that may start a quantity, deadline or date, with a bit for each: one look-up per
 * word instead of one per kind (the look-ups were a fifth of the clause analysis).
 */
const QUANTITY = 1;
const DEADLINE = 2;
const STARTS = new Map<string, number>();
for (const [words, bit] of [
	[QUANTITY_WORDS, QUANTITY],
	[DEADLINE_WORDS, DEADLINE]
] as const) {
	for (const word of words) STARTS.set(word, (STARTS.get(word) ?? 0) | bit);
}

/** First characters of the listed names and of the heads: other words start no name. */
const NAME_STARTS = new Uint8Array(0x10000);
for (const word of [...INSTRUMENTS_BY_FIRST_WORD.keys(), ...MECHANISM_HEADS]) {
	NAME_STARTS[word.charCodeAt(0)] = 1;
}
const mayStartName = (word: Word) => NAME_STARTS[word.text.charCodeAt(0)] === 1;

const startsWithDigit = (word: Word) => {
	const code = word.text.charCodeAt(0);
	return code >= 48 && code <= 57;
};

/** Matches of a sticky regex tried at each word that `starts` accepts, inside `span`. */
function stickyCues(
	re: RegExp,
	docText: string,
	words: readonly Word[],
	span: Span,
	role: string,
	starts: (word: Word, index: number) => boolean
): Cue[] {
	const cues: Cue[] = [];
	for (let w = 0; w < words.length; w++) {
		const word = words[w] as Word;
		if (!starts(word, w)) continue;
		re.lastIndex = word.start;
		const match = re.exec(docText);
		if (!match) continue;
		const end = word.start + match[0].length;
		if (end <= span.end) cues.push({ start: word.start, end, text: match[0], role });
	}
	return cues;
}

/** Every match of a global regex inside `span`, as cues with absolute offsets. */
export function regexCues(re: RegExp, docText: string, span: Span, role: string): Cue[] {
	const text = docText.slice(span.start, span.end);
	const cues: Cue[] = [];
	// exec on the shared global regex: matchAll would clone (and recompile) it on every call.
	re.lastIndex = 0;
	for (let match = re.exec(text); match; match = re.exec(text)) {
		const start = span.start + match.index;
		cues.push({ start, end: start + match[0].length, text: match[0], role });
	}
	return cues;
}

const isCapitalised = (word: Word) => /^[\p{Lu}\p{N}]/u.test(word.text);

/**
 * Capitalised names ending in a mechanism head: "Viet Nam - EU Defence and Security Dialogue",
 * "Kunming-Montreal Global Biodiversity Framework". Walks back from each head, so it is linear.
 */
function headedNames(docText: string, words: readonly Word[]): Cue[] {
	const cues: Cue[] = [];
	words.forEach((head, h) => {
		if (!mayStartName(head) || !MECHANISM_HEADS.has(head.text)) return;
		let first = h;
		let connectors: string[] = [];
		for (let j = h - 1; j >= Math.max(0, h - MAX_NAME_WORDS); j--) {
			const word = words[j];
			if (!word) break;
			if (isCapitalised(word) && !NOT_NAME_WORDS.has(word.lower)) {
				if (connectors.length > 0 && !NAME_CONNECTOR_RUNS.has(connectors.reverse().join(' '))) {
					break;
				}
				first = j;
				connectors = [];
			} else if (NAME_CONNECTORS.has(word.lower)) connectors.push(word.lower);
			else break;
		}
		const start = words[first]?.start ?? head.start;
		cues.push({ start, end: head.end, text: docText.slice(start, head.end), role: 'instrument' });
	});
	return cues;
}

/** Keeps the longest of overlapping cues (an explicit name inside a headed name, say). */
function withoutOverlaps(cues: Cue[]): Cue[] {
	const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Cue[] = [];
	for (const cue of sorted) {
		const last = kept[kept.length - 1];
		if (last && cue.start < last.end) {
			if (cue.end - cue.start > last.end - last.start) kept[kept.length - 1] = cue;
			continue;
		}
		kept.push(cue);
	}
	return kept;
}

/** Named instruments from the list, matched word by word (so on word boundaries). */
function listedNames(docText: string, words: readonly Word[]): Cue[] {
	const cues: Cue[] = [];
	words.forEach((word, w) => {
		if (!mayStartName(word)) return;
		const names = INSTRUMENTS_BY_FIRST_WORD.get(word.text);
		const name = names?.find((parts) => parts.every((part, k) => words[w + k]?.text === part));
		const last = name ? words[w + name.length - 1] : undefined;
		if (last) {
			cues.push({
				start: word.start,
				end: last.end,
				text: docText.slice(word.start, last.end),
				role: 'instrument'
			});
		}
	});
	return cues;
}

/**
 * Deadlines and dates from the date reader: a date after a lead of deadline ("by 2030", "no
 * later than June 2027"), quoted with it; a date written to the month or day; a year after a
 * preposition of time ("in 2025", quoted with it). A bare year that names something ("the 2030
 * Agenda", "1982 UNCLOS") is not a date.
 */
function timeCues(docText: string, span: Span): { deadlines: Cue[]; dates: Cue[] } {
	const deadlines: Cue[] = [];
	const dates: Cue[] = [];
	const cue = (start: number, end: number, role: string): Cue => ({
		start,
		end,
		text: docText.slice(start, end),
		role
	});
	for (const date of writtenDates(docText, span)) {
		const deadline = leadYielding(date.leads, 'deadline');
		const time = leadYielding(date.leads, 'time');
		if (deadline) deadlines.push(cue(deadline.start, date.end, 'deadline'));
		else if (date.precision !== 'year') dates.push(cue(date.start, date.end, 'date'));
		else if (time) dates.push(cue(time.start, date.end, 'date'));
	}
	return { deadlines, dates };
}

/**
 * Quantity, deadline, date and instrument cues inside `span`; `words` are the span's tokens
 * (word boundaries come from them). Dates inside a deadline are dropped.
 */
export function findPrecisionCues(docText: string, words: readonly Word[], span: Span): Cue[] {
	const instruments = withoutOverlaps([
		...listedNames(docText, words),
		...headedNames(docText, words)
	]);
	const starts = mapPacked(words, (word) => STARTS.get(word.lower) ?? 0);
	const quantities = stickyCues(
		QUANTITY_RE,
		docText,
		words,
		span,
		'quantity',
		(word, w) => startsWithDigit(word) || ((starts[w] ?? 0) & QUANTITY) !== 0
	);
	const { deadlines, dates } = timeCues(docText, span);
	const within = stickyCues(
		WITHIN_RE,
		docText,
		words,
		span,
		'deadline',
		(_, w) => ((starts[w] ?? 0) & DEADLINE) !== 0
	);
	deadlines.push(...within);
	deadlines.sort((a, b) => a.start - b.start);
	return [...withoutOverlaps(quantities), ...deadlines, ...withoutOverlaps(dates), ...instruments];
}

export interface Precision {
	precision: 0 | 1 | 2 | 3;
	target: boolean;
}

/** +1 for a quantity, +1 for a deadline or date, +1 for an instrument; target = quantity + time. */
export function scorePrecision(cues: readonly Cue[]): Precision {
	let quantity = false;
	let time = false;
	let instrument = false;
	for (const { role } of cues) {
		if (role === 'quantity') quantity = true;
		else if (role === 'deadline' || role === 'date') time = true;
		else if (role === 'instrument') instrument = true;
	}
	const score = Number(quantity) + Number(time) + Number(instrument);
	return { precision: score as 0 | 1 | 2 | 3, target: quantity && time };
}
