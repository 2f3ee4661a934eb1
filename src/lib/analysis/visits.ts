/**
 * High-level visits named in a sentence (METHOD.md, "Figures, places and dates").
 *
 * Inbound: an office held in a foreign country ("the King of Belgium", "the Presidents of France,
 * Hungary, and Lithuania", "President of the European Council") named where the home country
 * receives visitors: after "<home> hosted/welcomed/received", in the list after "visit(s) by",
 * or before a "visit to <home>". A group without names ("the Speakers of parliament from five
 * partner countries") gives one record with its count and no country.
 * Outbound: the countries after "visit(s) to" / "visited" in the same clause, except the home
 * country; the visitor is the "by …" phrase, else the sentence's subject ("Vietnamese senior
 * leaders also paid …"), else ''.
 * Only countries the text names give a record: "seven visits" with six named yields six.
 */
import { extractDates, isNarrativeYear, type ExtractedDate } from './dates';
import { cardinalWordValue } from './number-words';
import {
	HOME_ISO3,
	placeLookup,
	type PlaceInfo,
	type PlaceMention,
	type createPlaceMatcher
} from './places';
import type { DatePrecision, Gazetteer, SentenceInput, Span, Visit } from './types';

/** A date after these words bounds a period ("since 1990", "until 2030"); it dates no visit. */
const BOUNDING_WORD = /\b(?:since|until|till|by|before|after|from|through|than|with)\s+$/iu;

/** A date that can date an event named in the same sentence. */
export type EventDate = ExtractedDate;

/**
 * The written-out dates of a sentence that can date an event in it, in text order: not a
 * deadline ("by 2050"), a derived year, a bound ("since 1990") or a baseline ("compared with
 * 2024"); a bare year must be the year the text speaks of (not "Vision 2045").
 */
export function eventDates(sentence: SentenceInput): EventDate[] {
	const { docText } = sentence;
	return extractDates(sentence, { docYear: 0 }).filter(
		(d) =>
			d.relation === 'absolute' &&
			!BOUNDING_WORD.test(docText.slice(Math.max(0, d.start - 16), d.start)) &&
			(d.precision !== 'year' || isNarrativeYear(docText, d.start, d.end))
	);
}

/** Offices whose holders make state visits; a plural names several holders. */
const OFFICE =
	/\b(?:(?:Vice|Deputy|Crown|Grand)\s+)?(?:Prime\s+Ministers?|Presidents?|Kings?|Queens?|Princes?|Dukes?|Emperors?|Chancellors?|Speakers?|Ministers?|Premiers?|General\s+Secretar(?:y|ies)|Secretar(?:y|ies)-General|Chairm[ae]n|Chairs?|High\s+Representatives?)\b/gu;
/** "of" introducing the country list, optionally after a portfolio ("Minister of Foreign Affairs of"). */
const OF = /\s+of\s+/uy;
const PORTFOLIO = /\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?(?=\s+(?:of|from)\s)/uy;
const ARTICLE_THE = /the\s+/uy;
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/uy;
/** A group named by its number only: "from five partner countries". */
const FROM_COUNTRIES = /\s+from\s+([\p{L}\p{N}-]+)\s+(?:[\p{L}-]+\s+){0,2}?countries\b/uy;

function parseCount(word: string): number {
	if (/^\d+$/u.test(word)) return Number(word);
	return cardinalWordValue(word) ?? 0;
}

/** "Presidents" → "President", "General Secretaries" → "General Secretary". */
function singularOffice(office: string): string {
	return office
		.replace(/\s+/gu, ' ')
		.replace(/ies(?=-General$|$)/u, 'y')
		.replace(/men$/u, 'man')
		.replace(/s(?=-General$|$)/u, '');
}

const tidy = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** "<home> (also) hosted / welcomed / received …": the home country receives visitors. */
const HOST_VERB = /^\s+(?:\p{Ll}+\s+){0,2}?(?:hosted|hosts|welcomed|welcomes|received|receives)\b/u;
/** "visits by …": the visitors listed after it (up to a lower-case "to"). */
const VISITS_BY = /\b[Vv]isits?\s+by\s/g;
const VISIT_WORD = /\b[Vv]isit(?:s|ed|ing)?\b/g;
/** Lower-case "to" only: "Party General Secretary To Lam to the Russian Federation". */
const TO = /\sto\s/g;
/** Between "visit" and its "to": nothing, or a "by"/"of" phrase without punctuation. */
const VISIT_TO_GAP = /^(?:\s+(?:by|of)\s+[^,;:.]{1,80}?)?\s*$/u;
const VISIT_BY_PHRASE = /^\s+by\s+(?:(?:a|an|the)\s+)?/iu;
/** Words that end a destination list: "to the Russian Federation to attend …", "… since 1990". */
const DESTINATION_STOP =
	/\s(?:since|for|to|during|on|at|where|which|who|when|after|before|with|marking)\s/g;
/** The sentence's subject before a visit verb: "Vietnamese senior leaders also paid …". */
const SUBJECT =
	/^\s*(?:The\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,5}?)\s+(?:also\s+)?(?:paid|made|conducted|undertook)\b/u;
/** Clause boundaries inside a sentence. */
const CLAUSE_BREAK = /[;:]/gu;

/** An office followed by the countries (or the unnamed group) whose holders it names. */
interface OfficePhrase extends Span {
	/** Visitor for each country: office (singular) + connecting words, e.g. 'President of'. */
	title: string;
	places: PlaceMention[];
	/** For an unnamed group: its size and the words naming it; 0 otherwise. */
	groupCount: number;
	groupEnd: number;
}

/** Place mentions by their start offset. */
type MentionsByStart = ReadonlyMap<number, PlaceMention>;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(text);
}

/** Countries listed from `at`: "France, Hungary, and Lithuania", "the European Council". */
function placeListAt(docText: string, at: number, byStart: MentionsByStart): PlaceMention[] {
	const list: PlaceMention[] = [];
	let pos = at;
	for (;;) {
		let mention = byStart.get(pos);
		if (mention === undefined) {
			const the = stickyAt(ARTICLE_THE, docText, pos);
			if (the !== null) mention = byStart.get(pos + the[0].length);
		}
		if (mention === undefined || mention.kind !== 'country') return list;
		list.push(mention);
		const separator = stickyAt(LIST_SEPARATOR, docText, mention.end);
		if (separator === null) return list;
		pos = mention.end + separator[0].length;
	}
}

function officePhrases(docText: string, sentence: Span, byStart: MentionsByStart): OfficePhrase[] {
	const phrases: OfficePhrase[] = [];
	const text = docText.slice(sentence.start, sentence.end);
	OFFICE.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = OFFICE.exec(text)) !== null) {
		const start = sentence.start + match.index;
		const officeEnd = start + match[0].length;
		const office = singularOffice(match[0]);
		let at = officeEnd;
		let places: PlaceMention[] = [];
		for (let tries = 0; tries < 2 && places.length === 0; tries++) {
			const of = stickyAt(OF, docText, at);
			if (of !== null) places = placeListAt(docText, at + of[0].length, byStart);
			if (places.length > 0) break;
			const portfolio = stickyAt(PORTFOLIO, docText, at);
			if (portfolio === null) break;
			at += portfolio[0].length;
		}
		const first = places[0];
		if (first !== undefined && first.end <= sentence.end) {
			const title = tidy(`${office}${docText.slice(officeEnd, first.start)}`);
			phrases.push({ start, end: first.end, title, places, groupCount: 0, groupEnd: 0 });
			continue;
		}
		const group = stickyAt(FROM_COUNTRIES, docText, at);
		const count = group === null ? 0 : parseCount(group[1] ?? '');
		if (group !== null && count > 0 && at + group[0].length <= sentence.end) {
			const title = tidy(`${office}${docText.slice(officeEnd, at)}`);
			const groupEnd = at + group[0].length;
			phrases.push({ start, end: groupEnd, title, places: [], groupCount: count, groupEnd });
		}
	}
	return phrases;
}

/** Where a visit is stated and which stretch of the sentence names its visitors. */
interface InboundRange extends Span {
	cue: number;
}

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
export function firstFrom(items: readonly Span[], pos: number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((items[mid]?.start ?? Infinity) < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index range [lo, hi) of the items lying wholly inside [from, until) (sorted, disjoint items). */
function within(items: readonly Span[], from: number, until: number): [number, number] {
	const lo = firstFrom(items, from);
	let hi = firstFrom(items, until);
	if (hi > lo && (items[hi - 1]?.end ?? 0) > until) hi--;
	return [lo, hi];
}

/** Every match of a global pattern in the sentence, as absolute spans, in order. */
function allMatches(pattern: RegExp, text: string, offset: number): Span[] {
	const spans: Span[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
		spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
		if (m[0].length === 0) pattern.lastIndex++;
	}
	return spans;
}

/**
 * The sentence's landmarks, each found in one pass so that looking them up from every visit
 * word stays cheap even in a very long "sentence".
 */
interface Landmarks {
	tos: Span[];
	stops: Span[];
	clauseEnds: Span[];
	visitWords: Span[];
}

function landmarks(docText: string, sentence: Span): Landmarks {
	const text = docText.slice(sentence.start, sentence.end);
	return {
		tos: allMatches(TO, text, sentence.start),
		stops: allMatches(DESTINATION_STOP, text, sentence.start),
		clauseEnds: allMatches(CLAUSE_BREAK, text, sentence.start),
		visitWords: allMatches(VISIT_WORD, text, sentence.start)
	};
}

/** The first item starting in [from, limit), or undefined. */
function firstIn(items: readonly Span[], from: number, limit: number): Span | undefined {
	const item = items[firstFrom(items, from)];
	return item !== undefined && item.start < limit ? item : undefined;
}

/** A visit word with the destination it points to ("visit … to X", "visited X"). */
interface VisitTarget {
	cue: number;
	/** Where the destination list starts and ends (clause end, a stop word or the next visit). */
	from: number;
	until: number;
	/** Offset of the lower-case "to", or the end of "visited". */
	toAt: number;
	/** The "by …" visitor, if any. */
	visitor: (Span & { text: string }) | null;
}

/** How far after "visit" its "to" may come: "visit by Party General Secretary To Lam to". */
const MAX_VISIT_TO_GAP = 120;

function visitTargets(docText: string, sentence: Span, marks: Landmarks): VisitTarget[] {
	const targets: VisitTarget[] = [];
	marks.visitWords.forEach((word, i) => {
		const cue = word.start;
		const clauseEnd = firstIn(marks.clauseEnds, cue, sentence.end)?.start ?? sentence.end;
		const nextVisit = marks.visitWords[i + 1]?.start ?? sentence.end;
		const end = Math.min(clauseEnd, nextVisit);
		let from = word.end;
		let toAt = word.end;
		let visitor: VisitTarget['visitor'] = null;
		if (docText.slice(word.start, word.end).toLowerCase() !== 'visited') {
			const to = firstIn(marks.tos, word.end, Math.min(end, word.end + MAX_VISIT_TO_GAP));
			if (to === undefined) return;
			const gap = docText.slice(word.end, to.start);
			if (!VISIT_TO_GAP.test(gap)) return;
			const by = VISIT_BY_PHRASE.exec(gap);
			if (by !== null) {
				const vStart = word.end + by[0].length;
				visitor = { start: vStart, end: to.start, text: tidy(docText.slice(vStart, to.start)) };
			}
			toAt = to.start;
			from = to.end;
		}
		const until = firstIn(marks.stops, from, end)?.start ?? end;
		targets.push({ cue, from, until: Math.max(from, until), toAt, visitor });
	});
	return targets;
}

function inboundRanges(
	docText: string,
	sentence: Span,
	mentions: readonly PlaceMention[],
	targets: readonly VisitTarget[],
	marks: Landmarks
): InboundRange[] {
	const ranges: InboundRange[] = [];
	// Prefix counts of home mentions: "does this stretch name the home country?" in O(log n).
	const homeBefore = [0];
	for (const m of mentions)
		homeBefore.push((homeBefore.at(-1) ?? 0) + (m.iso3 === HOME_ISO3 ? 1 : 0));
	const names = (from: number, until: number, home: boolean) => {
		const [lo, hi] = within(mentions, from, until);
		const homes = (homeBefore[hi] ?? 0) - (homeBefore[lo] ?? 0);
		return home ? homes > 0 : hi - lo > homes;
	};
	for (const mention of mentions) {
		if (mention.iso3 !== HOME_ISO3) continue;
		const after = docText.slice(mention.end, Math.min(sentence.end, mention.end + 40));
		if (HOST_VERB.test(after))
			ranges.push({ start: mention.end, end: sentence.end, cue: mention.end });
	}
	const targetAt = new Map(targets.map((t) => [t.cue, t]));
	const text = docText.slice(sentence.start, sentence.end);
	for (const by of allMatches(VISITS_BY, text, sentence.start)) {
		// "visit by X to <place>": the destination decides (below); only "visit to <home>" is inbound.
		const target = targetAt.get(by.start);
		if (target !== undefined && names(target.from, target.until, false)) continue;
		const to = firstIn(marks.tos, by.end, sentence.end);
		ranges.push({ start: by.end, end: to?.start ?? sentence.end, cue: by.start });
	}
	for (const target of targets) {
		if (names(target.from, target.until, true)) {
			ranges.push({ start: sentence.start, end: target.toAt, cue: target.cue });
		}
	}
	return ranges.sort((a, b) => a.start - b.start);
}

/**
 * The date of a visit stated at `cue`: the first date after the cue, else the last before it,
 * else the context year. A day is kept only to its month: one visit spans days and its mentions
 * date different parts of it ("visit, January 28-29, 2026"; "On January 29, 2026, … held talks
 * during … visit"), so the month is what every mention of one visit shares.
 */
type DateAt = (cue: number) => { date: string; precision: DatePrecision };

function visitDate(
	dates: readonly EventDate[],
	cue: number,
	year: string
): { date: string; precision: DatePrecision } {
	const i = firstFrom(dates, cue);
	const before = dates[i - 1];
	const chosen = dates[i] ?? (before !== undefined && before.end <= cue ? before : undefined);
	if (chosen === undefined) return { date: year, precision: 'year' };
	if (chosen.precision === 'day') return { date: chosen.date.slice(0, 7), precision: 'month' };
	return { date: chosen.date, precision: chosen.precision };
}

/** One visit to or from the place of `mention`, quoted from `start` (its visitor) to the place. */
function placeVisit(
	docText: string,
	direction: Visit['direction'],
	visitor: string,
	place: PlaceInfo,
	when: ReturnType<DateAt>,
	start: number,
	mention: PlaceMention
): Visit {
	const { end } = mention;
	return {
		direction,
		visitor,
		...place,
		count: 1,
		...when,
		start,
		end,
		quote: docText.slice(start, end)
	};
}

/** What every visit reader of one sentence needs: the text, its dates and its places. */
interface VisitReading {
	docText: string;
	dateAt: DateAt;
	lookup: (mention: PlaceMention) => PlaceInfo | undefined;
}

function inboundVisits(
	{ docText, dateAt, lookup }: VisitReading,
	phrases: readonly OfficePhrase[],
	ranges: readonly InboundRange[]
): Visit[] {
	const visits: Visit[] = [];
	// Sweep (phrases and ranges sorted by start): the open range reaching furthest decides.
	let next = 0;
	let range: InboundRange | undefined;
	for (const phrase of phrases) {
		for (let r = ranges[next]; r !== undefined && r.start <= phrase.start; r = ranges[++next]) {
			if (range === undefined || r.end > range.end) range = r;
		}
		if (range === undefined || range.end < phrase.end) continue;
		const when = dateAt(range.cue);
		if (phrase.groupCount > 0) {
			visits.push({
				direction: 'inbound',
				visitor: phrase.title,
				country: '',
				iso3: '',
				lat: null,
				lon: null,
				count: phrase.groupCount,
				...when,
				start: phrase.start,
				end: phrase.groupEnd,
				quote: docText.slice(phrase.start, phrase.groupEnd)
			});
			continue;
		}
		phrase.places.forEach((mention, i) => {
			const place = lookup(mention);
			if (place === undefined || place.iso3 === HOME_ISO3) return;
			// The first country sits next to its office: quote both; the others stand alone.
			const start = i === 0 ? phrase.start : mention.start;
			const visitor = `${phrase.title} ${tidy(mention.text)}`;
			visits.push(placeVisit(docText, 'inbound', visitor, place, when, start, mention));
		});
	}
	return visits;
}

function outboundVisits(
	{ docText, dateAt, lookup }: VisitReading,
	sentence: Span,
	targets: readonly VisitTarget[],
	mentions: readonly PlaceMention[],
	phrases: readonly OfficePhrase[]
): Visit[] {
	const visits: Visit[] = [];
	const subject = SUBJECT.exec(docText.slice(sentence.start, sentence.end));
	const subjectText = subject === null ? '' : tidy(subject[1] ?? '');
	for (const target of targets) {
		const { visitor } = target;
		// A foreign office-holder visiting a third country is not the home country's visit.
		if (visitor !== null) {
			const [lo, hi] = within(phrases, visitor.start, visitor.end);
			if (phrases.slice(lo, hi).some((p) => p.places.length > 0)) continue;
		}
		const [lo, hi] = within(mentions, target.from, target.until);
		const destinations = mentions.slice(lo, hi).filter((m) => m.iso3 !== HOME_ISO3);
		const when = dateAt(target.cue);
		destinations.forEach((mention, i) => {
			const place = lookup(mention);
			if (place === undefined) return;
			const start = i === 0 && visitor !== null ? visitor.start : mention.start;
			const who = visitor?.text ?? subjectText;
			visits.push(placeVisit(docText, 'outbound', who, place, when, start, mention));
		});
	}
	return visits;
}

/** Cheap gate (no flags, no word boundaries): a sentence without these holds no visit. */
const ANY_VISIT_CUE = /[Vv]isit|hosts|hosted|welcomes|welcomed|receives|received/;

/**
 * Visits named in one sentence, in text order. `context.year` dates visits whose sentence gives
 * no date; a date in the sentence wins (kept to its month, see `visitDate`).
 */
export function extractVisits(
	sentence: SentenceInput,
	places: ReturnType<typeof createPlaceMatcher>,
	gazetteer: Gazetteer,
	context: { year: string }
): Visit[] {
	const { docText } = sentence;
	const span = {
		start: Math.max(0, sentence.start),
		end: Math.min(docText.length, sentence.end)
	};
	if (span.end <= span.start || !ANY_VISIT_CUE.test(docText.slice(span.start, span.end))) {
		return [];
	}
	const mentions = places(docText, span);
	if (mentions.length === 0) return [];
	const byStart = new Map(mentions.map((m) => [m.start, m]));
	const lookup = placeLookup(gazetteer);
	// Dates are read only for a sentence that names a visit (reading them is the costly part).
	let dates: EventDate[] | undefined;
	const dateAt: DateAt = (cue) =>
		visitDate((dates ??= eventDates({ docText, ...span })), cue, context.year);
	const phrases = officePhrases(docText, span, byStart);
	const marks = landmarks(docText, span);
	const targets = visitTargets(docText, span, marks);
	const ranges = inboundRanges(docText, span, mentions, targets, marks);
	const reading: VisitReading = { docText, dateAt, lookup };
	return [
		...inboundVisits(reading, phrases, ranges),
		...outboundVisits(reading, span, targets, mentions, phrases)
	].sort((a, b) => a.start - b.start || a.end - b.end);
}
