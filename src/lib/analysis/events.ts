/**
 * Dated events for the timeline, read from one sentence at a time, and the merge of those text
 * events with reviewed reference facts. Titles are built from the sentence's own words (a quoted
 * event name, the noun phrase before a date, the phrase a deadline applies to); dates come from
 * `extractDates`, so every event keeps the precision the text gives.
 */
import { extractDates, formatDate, paragraphYear, type ExtractedDate } from './dates';
import { datesAgree, homeWordsOf, sameEventRule } from './same-event';
import type { EventKind, ReferenceEvent, SentenceInput, TimelineEvent } from './types';

/** Note prefix of an event dated by a round count ("over the past 35 years"): see mergeTimeline. */
export const APPROXIMATE_NOTE = 'Approximate:';

/** Words that name an event, each alternative one capture group, with the kind it implies. */
export const EVENT_WORDS: readonly [string, EventKind][] = [
	['working\\s+sessions?', 'visit'],
	['talks', 'visit'],
	['(?:state\\s+|official\\s+)?visits?', 'visit'],
	['summits?', 'visit'],
	['meetings?', 'visit'],
	['concert\\s+series', 'cultural'],
	['concerts?', 'cultural'],
	['festivals?', 'cultural'],
	['seminars?', 'cultural'],
	['workshops?', 'cultural'],
	['exhibitions?', 'cultural'],
	['ballet', 'cultural'],
	['music\\s+nights?', 'cultural'],
	['gala', 'cultural'],
	['performances?', 'cultural'],
	['celebrations?', 'cultural'],
	['commemorations?', 'cultural'],
	['events?', 'cultural'],
	['(?:direct\\s+)?(?:air\\s+)?(?:routes?|flights?|air\\s+links?)', 'route'],
	['sign(?:ed|ing)', 'agreement'],
	['ratif(?:ied|ying|ies|y|ication)', 'agreement'],
	['entered\\s+into\\s+force|entry\\s+into\\s+force', 'agreement'],
	['upgrad(?:ed|ing|e)', 'upgrade'],
	['ceremon(?:y|ies)', 'other'],
	['launch(?:ed)?', 'other']
];
/**
 * Any event word, as a whole word: `\b(w1)\b|\b(w2)\b|…` with the `\b` taken out of the
 * alternation, which tries the same words in the same order at each position (so finds the same
 * words, in the same groups), but tests the word boundary once per position instead of once per
 * word: half the time (run on every sentence that names a date).
 */
export const EVENT_WORD = new RegExp(
	`\\b(?:${EVENT_WORDS.map(([w]) => `(${w})`).join('|')})\\b`,
	'gi'
);

interface WordHit {
	start: number;
	end: number;
	word: string;
	kind: EventKind;
}

/** Every event word in `text` (local offsets). */
function eventWords(text: string): WordHit[] {
	const hits: WordHit[] = [];
	EVENT_WORD.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = EVENT_WORD.exec(text)) !== null) {
		const group = m.findIndex((g, i) => i > 0 && g !== undefined);
		const kind = EVENT_WORDS[group - 1]?.[1] ?? 'other';
		hits.push({ start: m.index, end: m.index + m[0].length, word: m[0], kind });
	}
	return hits;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The dashboard writes the country "Viet Nam" (as the Joint Statement does); names inside quoted
 * titles stay as written. Hyphens between party names become en dashes.
 */
export function normaliseTitle(title: string): string {
	return squash(title)
		.split(/([“"][^”"]*[”"])/)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(/\bVietnam\b/g, 'Viet Nam')))
		.join('');
}

/** Quoted spans (“…” or "…") of `text`, local offsets including the marks. */
function quotedSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	const re = /“[^”]*”|"[^"]*"/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

const INTRODUCER = /(?:^|\s)(?:including|included|includes|such\s+as|namely)\s+$/i;

/**
 * Where the list item that ends at `pos` begins: after the previous separator outside quotes.
 * `commasSplit` false lets an item hold commas ("Milan, Italy") when the list is introduced by a
 * colon, "including" or the previous item's closing parenthesis.
 */
function itemStart(text: string, pos: number, commasSplit: boolean): number {
	const quotes = quotedSpans(text);
	let comma = -1;
	for (let i = pos - 1; i >= 0; i--) {
		const q = quotes.find(([s, e]) => i >= s && i < e);
		if (q) {
			// A quote closed by its own comma (“…Cooperation,”) ends the previous item.
			if (/[,;]$/.test(text.slice(q[0], q[1] - 1))) return q[1];
			i = q[0];
			continue;
		}
		const c = text[i]!;
		if (c === ';' || c === ':' || c === ')' || c === '(') return i + 1;
		if (c === ',' && comma < 0) {
			comma = i + 1;
			if (commasSplit) return comma;
		}
		if (c === ' ' && INTRODUCER.test(text.slice(Math.max(0, i - 12), i + 1))) return i + 1;
	}
	return comma >= 0 && !commasSplit ? comma : 0;
}

/** Drops list glue and determiners at the start of an item: "and a special concert" → "special concert". */
function trimItem(text: string, start: number, end: number): [number, number] {
	const lead = /^(?:[\s,;]|\d+\.\s|and\s|also\s|a\s|an\s|the\s)+/i.exec(text.slice(start, end));
	const s = start + (lead ? lead[0].length : 0);
	let e = end;
	while (e > s && /[\s,;]/.test(text[e - 1]!)) e--;
	return [s, e];
}

/** A quoted name, cut before its subtitle: “Vietnam-EU Day: A Cultural Bridge …” → Vietnam-EU Day. */
function shortName(quoted: string): string {
	const inner = quoted.slice(1, -1).replace(/[,.;]+$/, '');
	return squash(inner.split(':')[0] ?? inner);
}

/** What an instrument is called in the sentence: the acronym in brackets, else its capitalised name. */
function instrumentName(text: string, before: number): string | undefined {
	const head = text.slice(0, before);
	const acronyms = [...head.matchAll(/\((\p{Lu}{2,}[\p{Lu}\d+]*)\)/gu)];
	const acronym = acronyms.at(-1)?.[1];
	if (acronym) return acronym;
	const names = [
		...head.matchAll(/((?:\p{Lu}[\p{L}-]*\s+)+(?:Agreement|Convention|Treaty|Partnership))/gu)
	];
	return names.at(-1)?.[1]?.trim();
}

interface Built {
	date: string;
	precision: TimelineEvent['precision'];
	title: string;
	kind: EventKind;
	start: number;
	end: number;
	note?: string;
	/** Where the event's own places are named, when only part of its words (local offsets). */
	places?: { start: number; end: number };
}

/** A parenthesised date closing a list item: "Munich, Germany (October 2025)". */
function fromParenthesis(text: string, d: LocalDate, hits: WordHit[]): Built | undefined {
	const open = d.start - 1;
	if (text[open] !== '(' || text[d.end] !== ')') return undefined;
	const [s, e] = trimItem(text, itemStart(text, open, false), open);
	if (e <= s) return undefined;
	const item = text.slice(s, e);
	const own = hits.find((h) => h.start >= s && h.end <= e);
	const head = own ?? hits.filter((h) => h.end <= s).at(-1);
	if (!head || head.kind === 'other') return undefined;
	const base =
		own || head.kind !== 'route'
			? item
			: `${head.word.replace(/s$/i, '').replace(/^new\s+/i, '')} to ${item}`;
	return {
		...d.at,
		title: `${capitalise(base)} (${d.quote})`,
		kind: head.kind,
		start: s,
		end: d.end + 1
	};
}

/** A date right before its event noun: "the June 2025 seminar “75 Years of …”". */
function fromFollowingNoun(text: string, d: LocalDate, hits: WordHit[]): Built | undefined {
	const hit = hits.find(
		(h) => h.start >= d.end && /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(d.end, h.start))
	);
	if (!hit || hit.kind === 'agreement' || hit.kind === 'upgrade') return undefined;
	const name = /^\s*([“"][^”"]+[”"])/.exec(text.slice(hit.end));
	const noun = squash(text.slice(d.end, hit.end));
	const lead = /\bthe\s+$/i.exec(text.slice(Math.max(0, d.start - 4), d.start));
	const start = lead ? d.start - lead[0].length : d.start;
	if (name) {
		const quoted = name[1]!;
		const title = /^events?$/i.test(noun)
			? `“${shortName(quoted)}”`
			: `${capitalise(noun)} “${shortName(quoted)}”`;
		return { ...d.at, title, kind: hit.kind, start, end: hit.end + name[0].length };
	}
	return {
		...d.at,
		title: `${capitalise(noun)} (${d.quote})`,
		kind: hit.kind,
		start,
		end: hit.end
	};
}

/** Subjects that stand for the document itself: "This document is approved in Hanoi". */
const THIS_DOCUMENT =
	/^this\s+(?:joint\s+)?(?:document|statement|declaration|communiqu[ée]|agreement)\s+(?:is|was|has\s+been|shall\s+be)\s+/i;

/** The phrase before "in|on|during <date>": "a cultural and arts festival in Russia in July 2025". */
function fromPrecedingItem(
	text: string,
	d: LocalDate,
	hits: WordHit[],
	doc: DocumentName
): Built | undefined {
	const prep = /\b(?:in|on|during|at)\s+$/i.exec(text.slice(Math.max(0, d.start - 8), d.start));
	if (!prep) return undefined;
	const prepStart = d.start - prep[0].length;
	const [s, e] = trimItem(text, itemStart(text, prepStart, true), prepStart);
	if (e <= s) return undefined;
	const item = text.slice(s, e);
	const self = THIS_DOCUMENT.exec(item);
	if (self && doc.name) {
		const rest = item.slice(self[0].length);
		const suffix = doc.partnership ? ` (${doc.partnership})` : '';
		const kind: EventKind = doc.upgrade ? 'upgrade' : 'agreement';
		return { ...d.at, title: `${doc.name} ${rest}${suffix}`, kind, start: s, end: d.end };
	}
	const hit = hits.find((h) => h.start >= s && h.end <= e);
	if (!hit) return undefined;
	const quoted = quotedSpans(item)[0];
	if (quoted) {
		const name = shortName(item.slice(quoted[0], quoted[1]));
		const noun = squash(item.slice(hit.start - s, hit.end - s));
		const title = /^events?$/i.test(noun) ? `“${name}”` : `${capitalise(noun)} “${name}”`;
		return { ...d.at, title, kind: hit.kind, start: s, end: d.end };
	}
	const tail = hit.kind === 'agreement' ? complement(text, d.end) : { words: '', end: d.end };
	const title = `${capitalise(item)}${tail.words ? ` ${tail.words}` : ''} (${d.quote})`;
	return { ...d.at, title, kind: hit.kind, start: s, end: tail.end };
}

/** Words that end a noun phrase when read backwards from its noun. */
const PHRASE_STOP = new Set(
	'the a an his her its their our this that these those and or of to in on at by for with during after before over including held hold holds paid made was were is are be been had has have'.split(
		' '
	)
);

/**
 * The words after `from` up to the end of the clause: a comma not followed by a name, ; : . (
 * or a past-tense verb ("… Central Asian countries reflected"). Returns the words and where they end.
 */
function complement(
	text: string,
	from: number,
	limit = text.length,
	maxWords = 12
): { words: string; end: number } {
	const words: string[] = [];
	let end = from;
	const re = /\s*([^\s,;:.()]+)(,?)/y;
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while (words.length < maxWords && (m = re.exec(text)) !== null && re.lastIndex <= limit) {
		const word = m[1]!;
		if (words.length > 0 && /^\p{Ll}+ed$/u.test(word)) break;
		words.push(word);
		end = re.lastIndex - m[2]!.length;
		if (m[2] && !/^\s+(?:and\s+)?\p{Lu}/u.test(text.slice(re.lastIndex))) break;
		if (m[2]) words[words.length - 1] += ',';
	}
	return { words: words.join(' ').replace(/,$/, ''), end };
}

/** The event word nearest to a date in the sentence, with its modifiers and complement. */
function fromNearestWord(text: string, d: LocalDate, hits: WordHit[]): Built | undefined {
	const distance = (h: WordHit) => (h.end <= d.start ? d.start - h.end : h.start - d.end);
	const hit = [...hits]
		.filter((h) => h.kind !== 'agreement' && h.kind !== 'other')
		.sort((a, b) => distance(a) - distance(b))[0];
	if (!hit) return undefined;
	let s = hit.start;
	const before = text.slice(0, hit.start).match(/[\p{L}’'-]+\s+$/u);
	if (before) {
		const word = before[0].trim();
		if (!PHRASE_STOP.has(word.toLowerCase()) && !/(?:ed|ing)$/.test(word)) s -= before[0].length;
	}
	// A complement never runs into the date it is dated by ("visit to Vietnam, January 28-29").
	const tail = complement(text, hit.end, hit.end <= d.start ? d.start : text.length);
	const title = `${capitalise(squash(text.slice(s, hit.end)))}${tail.words ? ` ${tail.words}` : ''}`;
	return {
		...d.at,
		title,
		kind: hit.kind,
		start: Math.min(s, d.start),
		end: Math.max(d.end, tail.end)
	};
}

/** Markers after which the words name what a deadline is for. */
const TARGET_LEAD =
	/\b(?:goals?|aims?|targets?|objectives?)\s+of\s+|\btowards?\s+(?:reaching|achieving)\s+|\b(?:achievement|realisation|realization)\s+of\s+|\bto\s+(?:achieve|reach|attain)\s+|\b(?:reaching|achieving)\s+/gi;

/** "… to achieve the goal of stopping deforestation and restoring forests by 2030". */
function fromDeadline(text: string, d: LocalDate): Built | undefined {
	const clauseStart =
		Math.max(
			text.lastIndexOf(',', d.start),
			text.lastIndexOf(';', d.start),
			text.lastIndexOf(':', d.start)
		) + 1;
	const clause = text.slice(clauseStart, d.start);
	let lead = 0;
	for (const m of clause.matchAll(TARGET_LEAD)) lead = m.index + m[0].length;
	const [trimmed, e] = trimItem(text, clauseStart + lead, d.start);
	let s = trimmed;
	// Without a marker, the last eight words of the clause name the target.
	if (lead === 0) {
		const words = text.slice(s, e).split(/\s+/);
		if (words.length > 8) s = e - words.slice(-8).join(' ').length;
	}
	if (e <= s) return undefined;
	const year = d.at.date;
	return {
		...d.at,
		title: `${capitalise(text.slice(s, e))} by ${year}`,
		kind: 'target',
		start: s,
		end: d.end
	};
}

const INSTRUMENT = /\b(?:Convention|Declaration|Agreement|Treaty|Protocol|Charter|Accord)\b/;
const PLAN = /\b(?:Agenda|Vision|Strategy|Plan|Programme|Program|Goals|Roadmap)\b/;
const NAME_AFTER =
	/^\s+((?:\p{Lu}[\p{L}+-]*|\p{Lu}{2,})(?:\s+(?:(?:of|on|for|the|and|in\s+the)\s+)*(?:\p{Lu}[\p{L}+-]*))*)/u;
const NAME_BEFORE = /((?:\p{Lu}[\p{L}+-]*\s+)+)$/u;

/** A year that is part of a name: "2030 Agenda for …", "ASEAN Community Vision 2045", "2002 Declaration …". */
function fromNamedYear(text: string, d: LocalDate, docYear: number): Built | undefined {
	const after = NAME_AFTER.exec(text.slice(d.end));
	const before = after ? null : NAME_BEFORE.exec(text.slice(Math.max(0, d.start - 80), d.start));
	const name = after?.[1] ?? before?.[1]?.trim();
	if (!name) return undefined;
	const year = Number(d.at.date);
	const kind: EventKind | undefined =
		year > docYear && (PLAN.test(name) || INSTRUMENT.test(name))
			? 'target'
			: year <= docYear && INSTRUMENT.test(name)
				? 'agreement'
				: undefined;
	if (!kind) return undefined;
	const start = after ? d.start : d.start - before![0].length;
	const end = after ? d.end + after[0].length : d.end;
	return { ...d.at, title: squash(text.slice(start, end)), kind, start, end };
}

/** Two parties of a relation, and where the words that name them are (local to the phrase). */
interface RelationPair {
	a: string;
	b: string;
	start: number;
	end: number;
}

/**
 * Pairs of parties from "Vietnam-EU relations" or "relations between A and B (and between A and
 * C)", each with the span of its own words: a coordinated phrase names each pair's parties in
 * its own conjunct, so that conjunct (not the whole phrase) is where that pair's places are.
 */
function relationParties(phrase: string): RelationPair[] {
	const tidy = (s: string) => normaliseTitle(s.replace(/^the\s+/i, '').trim());
	const hyphen =
		/(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)\s*[-–]\s*(\p{Lu}[\p{L}]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}]*)*)\s+relations\b/u.exec(
			phrase
		);
	if (hyphen) {
		const a = tidy(hyphen[1]!.replace(/^The\s+/, ''));
		return [{ a, b: tidy(hyphen[2]!), start: hyphen.index, end: hyphen.index + hyphen[0].length }];
	}
	const between = /\brelations\s+between\s+/i.exec(phrase);
	if (!between) return [];
	const pairs: RelationPair[] = [];
	const conjunct = /\s+and\s+between\s+/gi;
	let from = between.index + between[0].length;
	for (;;) {
		const next = conjunct.exec(phrase);
		const to = next ? next.index : phrase.length;
		const m = /^(.+?)\s+and\s+(.+)$/.exec(phrase.slice(from, to));
		if (m) pairs.push({ a: tidy(m[1]!), b: tidy(m[2]!), start: from, end: to });
		if (!next) break;
		from = next.index + next[0].length;
	}
	return pairs;
}

/** End of an anniversary's object: "of Vietnam-EU relations" stops at , ; : . ( or the next anniversary. */
const OBJECT_END = /[,;:.(]|\s+and\s+the\s+\S+\s+anniversary|\s+in\s+\d{4}/;

function fromAnniversary(text: string, d: LocalDate): Built[] {
	const derivation = d.source.derivation!;
	const of = /^\s+of\s+/.exec(text.slice(d.end));
	if (!of) return [];
	const objectStart = d.end + of[0].length;
	const rest = text.slice(objectStart);
	const objectEnd = objectStart + (OBJECT_END.exec(rest)?.index ?? rest.length);
	const object = squash(text.slice(objectStart, objectEnd));
	const lead = /\bthe\s+$/i.exec(text.slice(Math.max(0, d.start - 4), d.start));
	const start = lead ? d.start - lead[0].length : d.start;
	const anchor = String(derivation.anchorYear);
	const ordinal = d.quote.replace(/\s+anniversary$/i, '');
	const span = { start, end: objectEnd };
	const pairs = relationParties(object);
	if (pairs.length === 0) {
		return [
			{
				date: anchor,
				precision: 'year',
				title: `${ordinal} anniversary of ${normaliseTitle(object)}`,
				kind: 'anniversary',
				...span
			}
		];
	}
	return pairs.flatMap(({ a, b, start: s, end: e }): Built[] => {
		const places = { start: objectStart + s, end: objectStart + e };
		return [
			{
				date: anchor,
				precision: 'year',
				title: `${ordinal} anniversary of ${a}–${b} relations`,
				kind: 'anniversary',
				...span,
				places
			},
			{
				...d.at,
				title: `${a}–${b} relations established (${ordinal} anniversary in ${anchor})`,
				kind: 'relations',
				...span,
				places,
				note: `Counted back from the ${ordinal} anniversary in ${anchor}.`
			}
		];
	});
}

/** "over the past 35 years" of relations, "after five years of implementation" of an instrument. */
function fromElapsedYears(text: string, d: LocalDate): Built[] {
	const derivation = d.source.derivation!;
	const anchor = derivation.anchorYear;
	const ofWhat =
		/^\s+of\s+((?:[\p{L}-]+\s+){0,2}?(?:implementation|relations|cooperation|partnership))\b/iu.exec(
			text.slice(d.end)
		);
	const end = ofWhat ? d.end + ofWhat[0].length : d.end;
	if (/implementation/i.test(ofWhat?.[1] ?? '')) {
		const instrument = instrumentName(text, text.length);
		if (!instrument) return [];
		const phrase = `${derivation.words} years of implementation`;
		return [
			{
				...d.at,
				title: `${instrument} in force (${phrase} by ${anchor})`,
				kind: 'agreement',
				start: d.start,
				end,
				note: `Counted back ${derivation.years} years from ${anchor}.`
			}
		];
	}
	const pairs = relationParties(text);
	if (pairs.length === 0 || !/\brelations\b/i.test(text)) return [];
	return pairs.map(({ a, b }) => ({
		...d.at,
		title: `${a}–${b} relations established (about ${derivation.words} years before ${anchor})`,
		kind: 'relations',
		start: d.start,
		end,
		note: `${APPROXIMATE_NOTE} "${d.quote}" counted back from ${anchor}.`
	}));
}

/** "with Cyprus, Poland, and Germany ratifying the agreement during the year". */
const ANAPHORIC_YEAR =
	/\b(?:during|in|within|over|throughout)\s+the\s+(?:same\s+)?year\b|\b(?:this|that)\s+year\b/i;
const RATIFIERS =
	/\bwith\s+([^;:]+?)\s+(?:ratifying|signing)\s+(?:the\s+)?(?:agreement|treaty|convention)\b/i;

function fromAnaphoricYear(
	text: string,
	sentence: SentenceInput,
	docYear: number
): Built | undefined {
	const when = ANAPHORIC_YEAR.exec(text);
	const who = RATIFIERS.exec(text);
	if (!when || !who) return undefined;
	const instrument = instrumentName(text, who.index);
	if (!instrument) return undefined;
	const year = paragraphYear(sentence) ?? (docYear > 0 ? docYear : undefined);
	if (year === undefined) return undefined;
	const verb = /sign/i.test(who[0]) ? 'signed' : 'ratified';
	return {
		date: String(year),
		precision: 'year',
		title: `${instrument} ${verb} by ${squash(who[1]!)}`,
		kind: 'agreement',
		start: who.index + 'with '.length,
		end: Math.max(who.index + who[0].length, when.index + when[0].length),
		note: `"${when[0]}" read as ${year}, the year the paragraph speaks of.`
	};
}

/** The document's own name and subject, for "This document is approved …". */
interface DocumentName {
	name: string;
	partnership: string;
	upgrade: boolean;
}

const DOC_HEAD = 6000;
let cachedDoc: { text: string; name: DocumentName } | undefined;

/** Reads the title from a "Subject:" line or the first heading naming a statement/declaration. */
function documentName(docText: string): DocumentName {
	if (cachedDoc?.text === docText) return cachedDoc.name;
	const head = docText.slice(0, DOC_HEAD);
	const subject = /^Subject:\s*(.+)$/im.exec(head)?.[1];
	const kindWord =
		/\b(Joint\s+(?:Statement|Declaration|Communiqu[ée])|Declaration|Statement|Communiqu[ée]|Memorandum\s+of\s+Understanding|Action\s+Plan)\b/i;
	const line = subject ?? head.split(/\r\n?|\n/).find((l) => kindWord.test(l)) ?? '';
	const kind = kindWord.exec(line)?.[1];
	const name: DocumentName = {
		name: kind ? squash(kind).replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) : '',
		partnership:
			/\b(?:to|as|into)\s+an?\s+((?:\p{Lu}\p{L}*\s+){0,4}Partnership)\b/u.exec(line)?.[1] ?? '',
		upgrade: /\bupgrad|\belevat/i.test(line)
	};
	cachedDoc = { text: docText, name };
	return name;
}

/** A date with local offsets and the date fields an event starts from. */
interface LocalDate {
	start: number;
	end: number;
	quote: string;
	at: { date: string; precision: TimelineEvent['precision'] };
	source: ExtractedDate;
}

/**
 * Dated events named in one sentence (origin 'text'). Deadlines become targets; years that are
 * part of a name become targets (future plans) or agreements (past instruments); anniversaries
 * give the anniversary and, for relations, the year they began; a date next to an event word
 * gives that event, titled from the words around it.
 */
export function extractEvents(
	sentence: SentenceInput,
	context: { docYear: number; docDate: string }
): TimelineEvent[] {
	const { docText } = sentence;
	const offset = sentence.start;
	const text = docText.slice(offset, sentence.end);
	const dates = extractDates(sentence, { docYear: context.docYear });
	// Most sentences name no date and no year: they hold no event either.
	if (dates.length === 0 && !text.includes('year')) return [];
	const hits = dates.length > 0 ? eventWords(text) : [];
	const built: Built[] = [];
	for (const source of dates) {
		const d: LocalDate = {
			start: source.start - offset,
			end: source.end - offset,
			quote: source.quote,
			at: { date: source.date, precision: source.precision },
			source
		};
		if (source.relation === 'deadline') {
			push(built, fromDeadline(text, d));
		} else if (source.relation === 'derived') {
			const basis = source.derivation?.basis;
			built.push(
				...(basis === 'anniversary' ? fromAnniversary(text, d) : fromElapsedYears(text, d))
			);
		} else {
			const named =
				source.precision === 'year' ? fromNamedYear(text, d, context.docYear) : undefined;
			const event =
				named ??
				fromParenthesis(text, d, hits) ??
				fromFollowingNoun(text, d, hits) ??
				fromPrecedingItem(text, d, hits, documentName(docText)) ??
				(source.precision === 'year' ? undefined : fromNearestWord(text, d, hits));
			if (event && source.rangeEnd) event.note = `Until ${formatDate(source.rangeEnd)}.`;
			push(built, event);
		}
	}
	if (!dates.some((d) => d.relation === 'absolute')) {
		push(built, fromAnaphoricYear(text, sentence, context.docYear));
	}
	const seen = new Set<string>();
	const events: TimelineEvent[] = [];
	for (const b of built) {
		const title = normaliseTitle(b.title);
		const key = `${b.date}|${b.kind}|${title}`;
		if (seen.has(key)) continue;
		seen.add(key);
		events.push({
			date: b.date,
			precision: b.precision,
			title,
			kind: b.kind,
			origin: 'text',
			quote: text.slice(b.start, b.end),
			start: offset + b.start,
			end: offset + b.end,
			sourceUrl: '',
			sourcePublisher: '',
			sourceTitle: '',
			note: b.note ?? '',
			...(b.places
				? { places: { start: offset + b.places.start, end: offset + b.places.end } }
				: {})
		});
	}
	return events;
}

function push(list: Built[], item: Built | undefined): void {
	if (item) list.push(item);
}

/** "Viet Nam–EU relations established (35th …)" → "Viet Nam–EU relations established". */
const titleStem = (title: string) => title.replace(/\s*\(.*$/, '');

const isApproximate = (e: TimelineEvent) => e.note.startsWith(APPROXIMATE_NOTE);

/** One event of the timeline and every record of it. */
export interface MergedEvent extends TimelineEvent {
	/**
	 * Every record of the event, the shown one first: the text's (in timeline order, each with its
	 * words and offsets), then reference facts. One record: the event alone.
	 */
	sources: TimelineEvent[];
}

const byTimeline = (a: TimelineEvent, b: TimelineEvent) =>
	a.date < b.date
		? -1
		: a.date > b.date
			? 1
			: a.origin === b.origin
				? a.title < b.title
					? -1
					: a.title > b.title
						? 1
						: 0
				: a.origin === 'text'
					? -1
					: 1;

const sameWords = (a: TimelineEvent, b: TimelineEvent) =>
	a.start === b.start && a.end === b.end && a.quote === b.quote && a.origin === b.origin;

/** The shown event of a group: the first text record, its note telling what the others say. */
function mergedOf(sources: TimelineEvent[], approximate: TimelineEvent[]): MergedEvent {
	const [first] = sources as [TimelineEvent];
	const notes = [first.note];
	for (const a of approximate) notes.push(`Also given as "${a.quote}" (about ${a.date}).`);
	for (const other of sources.slice(1)) {
		if (other.origin === 'text') {
			if (other.date !== first.date) {
				notes.push(`Also given as "${other.quote}" (${formatDate(other.date)}).`);
			}
		} else if (first.origin === 'text') {
			// The text's date is shown; the reference's is said where it adds or disagrees.
			if (other.date === first.date) {
				notes.push(`Reference: ${other.note || `${other.title}.`}`);
			} else if (datesAgree(first.date, other.date)) {
				notes.push(`Reference: ${formatDate(other.date)}.`, other.note);
			} else {
				notes.push(
					`Reference data dates it ${formatDate(other.date)}; the text’s date is shown.`,
					other.note
				);
			}
		}
	}
	const reference = sources.find((s) => s.origin === 'reference');
	const all = [...sources, ...approximate].sort((a, b) =>
		a.origin === b.origin ? 0 : a.origin === 'text' ? -1 : 1
	);
	return {
		...first,
		// The shown record's source, or the first reference fact's: URL, publisher and title together.
		...(first.sourceUrl || !reference
			? {}
			: {
					sourceUrl: reference.sourceUrl,
					sourcePublisher: reference.sourcePublisher,
					sourceTitle: reference.sourceTitle
				}),
		note: [...new Set(notes.filter(Boolean))].join(' '),
		sources: [first, ...all.filter((s) => s !== first)]
	};
}

/**
 * Text events and reference facts in one timeline, one event per event: records that are the
 * same event (./same-event: same kind, dates that agree or may disagree, a distinctive word in
 * common; or the same date, kind and title) are one row, shown with the first text record's
 * date and words, its note telling what the others say (a reference fact never replaces the
 * text's date), and every record kept in `sources`. A relations start counted from a round
 * duration ("over the past 35 years") gives way to one pinned by an anniversary within a year
 * of it, as a source of it. Sorted by date, then text before reference, then title (stable).
 * `homeNames`: the home country's names, which every event of a bilateral timeline shares.
 */
export function mergeTimeline(
	text: TimelineEvent[],
	reference: ReferenceEvent[],
	options: { homeNames?: readonly string[] } = {}
): MergedEvent[] {
	const homeWords = homeWordsOf(options.homeNames ?? []);
	const pinned = text.filter((e) => e.kind === 'relations' && !isApproximate(e));
	const kept: TimelineEvent[] = [];
	const approximate = new Map<TimelineEvent, TimelineEvent[]>();
	for (const event of text) {
		const pin = isApproximate(event)
			? pinned.find(
					(p) =>
						titleStem(p.title) === titleStem(event.title) &&
						Math.abs(Number(p.date.slice(0, 4)) - Number(event.date.slice(0, 4))) <= 1
				)
			: undefined;
		if (pin) {
			const list = approximate.get(pin) ?? [];
			if (!list.some((a) => sameWords(a, event))) list.push({ ...event });
			approximate.set(pin, list);
		} else {
			kept.push(event);
		}
	}
	const fromReference = reference.map(({ publisher, ...r }): TimelineEvent => ({
		...r,
		sourcePublisher: publisher,
		origin: 'reference',
		quote: '',
		start: null,
		end: null
	}));
	const same = (a: TimelineEvent, b: TimelineEvent) =>
		(a.date === b.date && a.kind === b.kind && a.title === b.title) ||
		sameEventRule(a, b, homeWords) !== undefined;
	const groups: { sources: TimelineEvent[]; approximate: TimelineEvent[] }[] = [];
	// Text records first, so that a group is shown with the text's date and words.
	for (const original of [...kept].sort(byTimeline)) {
		const event = { ...original };
		const extra = approximate.get(original) ?? [];
		const group = groups.find((g) => same(g.sources[0]!, event));
		if (group) {
			if (!group.sources.some((s) => sameWords(s, event))) group.sources.push(event);
			group.approximate.push(...extra);
		} else {
			groups.push({ sources: [event], approximate: [...extra] });
		}
	}
	for (const event of fromReference.sort(byTimeline)) {
		const group = groups.find((g) => same(g.sources[0]!, event));
		if (group) group.sources.push(event);
		else groups.push({ sources: [event], approximate: [] });
	}
	return groups.map((g) => mergedOf(g.sources, g.approximate)).sort(byTimeline);
}
