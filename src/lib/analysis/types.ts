/**
 * Types shared by the analysis modules. Every record that comes out of the analysis carries
 * `start`/`end`: character offsets into the document text exactly as read (after a leading
 * UTF-8 BOM is dropped; CRLF line endings are kept), so `text.slice(start, end)` is the quote.
 */

/** A half-open character range into the document text. */
export interface Span {
	start: number;
	end: number;
}

/** A sentence as handed to the per-sentence extractors. */
export interface SentenceInput extends Span {
	/** The whole document text; `docText.slice(start, end)` is this sentence. */
	docText: string;
}

/** A word or phrase that triggered a decision, with its position in the document. */
export interface Cue extends Span {
	/** The exact words, equal to `docText.slice(start, end)`. */
	text: string;
	/** What the cue did, e.g. 'modal:will', 'verb:explore', 'hedge:may', 'condition', 'quantity'. */
	role: string;
}

export type ModalityLevel = 0 | 1 | 2 | 3 | 4;
/**
 * Who commits: the parties together, one party of the document (its id in
 * seeds/reference/parties.json: 'vn', 'eu', 'us', …), someone else, or nobody named.
 */
export type Actor = 'joint' | 'other' | 'unspecified' | (string & {});
export type Novelty = 'new' | 'continuing' | 'reaffirmed';
export type Polarity = 'positive' | 'negative';

/** One party (or the parties) as subject + a future or resolved action (METHOD.md). */
export interface Clause extends Span {
	text: string;
	actor: Actor;
	level: ModalityLevel;
	/** Cues in text order that decided level, novelty, conditionality and precision. */
	cues: Cue[];
	novelty: Novelty;
	polarity: Polarity;
	conditional: boolean;
	/** 0–3: +1 each for a quantity, a deadline/date, a named instrument or mechanism. */
	precision: 0 | 1 | 2 | 3;
	/** Quantity + deadline. */
	target: boolean;
}

export interface SectorDefinition {
	id: string;
	label: string;
	/** Terms and synonyms, matched case-insensitively on word boundaries. */
	terms: string[];
	/** Senses of its terms: where a term does not count for the sector, or counts for another. */
	senses?: SectorSense[];
}

/**
 * A sense rule of a sector term, as data: a mention of `match` that lies inside words matching
 * `in` (a regular expression, case-insensitive, read within the sentence) is not a mention of
 * the sector (`rejects`) or is one of another sector (`yields`). `example` is a sentence the rule
 * applies to, and a test.
 */
export interface SectorSense {
	match: string;
	in: string;
	rejects?: true;
	yields?: string;
	reason: string;
	example: string;
}

export interface SectorMention extends Span {
	sector: string;
	/** The matched words as they appear in the text. */
	term: string;
}

export type FigureKind =
	'money' | 'percent' | 'count' | 'temperature' | 'anniversary' | 'rank' | 'duration';

export interface Figure extends Span {
	kind: FigureKind;
	/** What is measured, in the text's words where possible, e.g. 'two-way trade'. */
	label: string;
	/** Numeric value in base units: 61e9 for "US$61 billion", 8.4 for "8.4%", 4 for "fourth". */
	value: number;
	/** 'USD', 'EUR', '%', 'count', '°C', 'year', 'rank', … */
	unit: string;
	/** Hedge kept from the text: 'nearly', 'over', 'about', 'at least', … or ''. */
	qualifier: string;
	/** Period the figure refers to, in the text's words, e.g. 'first ten months of 2025', or ''. */
	period: string;
	/** The exact words of the figure expression, equal to `docText.slice(start, end)`. */
	quote: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface TextDate extends Span {
	/** ISO 8601 truncated to its precision: '2026-01-29', '2025-07', '2050'. */
	date: string;
	precision: DatePrecision;
	/** 'absolute' | 'deadline' ("by 2050") | 'derived' ("35 years" before a reference year) */
	relation: 'absolute' | 'deadline' | 'derived';
	quote: string;
}

/** Where a fact comes from: the seed texts, or reviewed reference data with a source URL. */
export type Origin = 'text' | 'reference';

/** Reviewed place data (seeds/reference/gazetteer.json). */
export interface GazetteerCountry {
	/** English short name as used on the dashboard, e.g. 'Belgium'. */
	name: string;
	/** Other names the texts may use, e.g. ['the Russian Federation', 'Russia']. */
	aliases: string[];
	iso3: string;
	/** ISO 3166-1 numeric, zero-padded string: the id used by world-atlas geometry. */
	isoNumeric: string;
	/** Capital city and its coordinates (used as the country's marker position). */
	capital: string;
	lat: number;
	lon: number;
	/** 'europe' | 'asia' | … — lets the map note non-European countries (e.g. Kyrgyzstan). */
	region: string;
}

export interface GazetteerCity {
	name: string;
	aliases: string[];
	country: string;
	iso3: string;
	lat: number;
	lon: number;
	/** Main international airport: IATA code, name and coordinates. */
	airport: { iata: string; name: string; lat: number; lon: number };
}

export interface Gazetteer {
	source: string;
	countries: GazetteerCountry[];
	cities: GazetteerCity[];
}

export type VisitDirection = 'inbound' | 'outbound';

/** A high-level visit named in a text. */
export interface Visit extends Span {
	direction: VisitDirection;
	/** Who visited, in the text's words: 'King of Belgium', 'President of France', … */
	visitor: string;
	/** Country visited (outbound) or the visitor's country (inbound); '' when the text does not name it. */
	country: string;
	iso3: string;
	lat: number | null;
	lon: number | null;
	/** How many visits this record stands for: 5 for "Speakers of parliament from five partner countries". */
	count: number;
	/** ISO date at its precision; the year the text gives the visits in, e.g. '2025'. */
	date: string;
	precision: DatePrecision;
	quote: string;
}

/** A direct air route named in a text, completed with reference data (origin airport). */
export interface Route extends Span {
	/** Origin city, from reference data (the texts name only the destination). */
	origin: string;
	originIata: string;
	originLat: number;
	originLon: number;
	destination: string;
	destinationIata: string;
	country: string;
	iso3: string;
	destLat: number;
	destLon: number;
	/** Launch month as given by the text, e.g. '2025-07'. */
	launched: string;
	precision: DatePrecision;
	quote: string;
	/** Where the origin airport comes from (the destination and month always come from the text). */
	originOfFact: Origin;
	sourceUrl: string;
	/** Set when reference data disagrees with the text, e.g. a different launch date. */
	note: string;
	/** The reference's launch date where it disagrees with the text's, else ''. */
	referenceLaunched: string;
}

export type EventKind =
	| 'relations'
	| 'agreement'
	| 'visit'
	| 'route'
	| 'anniversary'
	| 'cultural'
	| 'upgrade'
	| 'target'
	| 'other';

/** A dated event for the timeline. */
export interface TimelineEvent {
	/** ISO 8601 at its precision: '1990', '2025-07', '2026-01-29'. */
	date: string;
	precision: DatePrecision;
	title: string;
	kind: EventKind;
	origin: Origin;
	/** For text events: the exact words and their offsets; for reference events: ''/null. */
	quote: string;
	start: number | null;
	end: number | null;
	sourceUrl: string;
	/** Publisher and title of the reference source at `sourceUrl`; '' when there is none. */
	sourcePublisher: string;
	sourceTitle: string;
	note: string;
	/**
	 * Where the event's own places are named, when that is only part of its words (document
	 * offsets): "relations between A and B and between A and C" quotes both conjuncts, but each
	 * of its two events names the places of its own conjunct only.
	 */
	places?: Span;
}

/** Reviewed reference facts (seeds/reference/events.json), from ../shared/REFERENCE.md. */
export interface ReferenceEvent {
	date: string;
	precision: DatePrecision;
	title: string;
	kind: EventKind;
	sourceUrl: string;
	/** Who published the source page (reviewed; never read off the host name). */
	publisher: string;
	/** The source page's title. */
	sourceTitle: string;
	note: string;
}
