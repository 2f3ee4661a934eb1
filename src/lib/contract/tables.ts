/**
 * The data contract: one zod schema per table of the data package. Rows are camelCase objects
 * (as in dashboard.json); CSV headers are the same keys in snake_case. Column order is the key
 * order here, and analysts rely on it: add columns at the end, never rename without notice.
 */
import { z } from 'zod';
import {
	chapterNo,
	docId,
	end,
	eventKind,
	figureKind,
	latitude,
	longitude,
	optionalPartialDate,
	origin,
	paragraphNo,
	partialDate,
	precision,
	quote,
	sentenceNo,
	sourceUrl,
	sourcePublisher,
	sourceTitle,
	start
} from './fields';

const count = (what: string, csvName?: string) =>
	z
		.number()
		.int()
		.min(0)
		.meta({ description: what, ...(csvName ? { csvName } : {}) });
const share = (what: string) => z.number().min(0).max(1).nullable().describe(what);
const nullableStart = start.nullable();
const nullableEnd = end.nullable();

export const documentRow = z.object({
	docId,
	title: z.string().min(1).describe('Title of the document.'),
	date: optionalPartialDate.describe('Date of the document (ISO 8601), empty when unknown.'),
	kind: z.string().describe('Kind of document: joint-statement, article, …'),
	publisher: z.string().describe('Who published the text.'),
	author: z
		.string()
		.describe(
			'Who wrote the text when it is not the publisher (an article’s byline); empty otherwise.'
		),
	language: z.string().describe('Language of the text (BCP 47).'),
	file: z.string().describe('File name of the seed text the offsets refer to.'),
	url: z.string().describe('Public URL of the document, empty when none is known.'),
	chapters: count('Number of chapters (headings), the preamble not counted.'),
	paragraphs: count('Number of paragraphs (numbered paragraphs own their continuation blocks).'),
	sentences: count('Number of sentences in the paragraphs.'),
	words: count('Number of words in the paragraphs.'),
	parties: z
		.string()
		.describe(
			'The document’s parties, read from its sources entry, title or opening: party ids (parties.csv) separated by "; ".'
		),
	commitmentsRg: count(
		'Commitments counted as the G7/G20 Research Group counts them (see research_group_commitment in clauses.csv).',
		'commitments_rg'
	)
});

const actor = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/)
	.describe(
		'Who commits: joint (the parties together), a party id of the document (parties.csv), other (another subject), or unspecified (passive, no subject).'
	);

export const chapterRow = z.object({
	docId,
	chapterNo,
	chapterTitle: z
		.string()
		.describe('Chapter heading as printed (markdown emphasis removed); empty for the preamble.'),
	paragraphs: count('Paragraphs in the chapter.'),
	clauses: count('Clauses (a party as subject + an action) in the chapter.'),
	commitments: count('Clauses of level 3 (strong) or 4 (firm).'),
	level0: count(
		'Clauses of level 0: not a commitment (welcome, note, recognise, past facts).',
		'level_0'
	),
	level1: count('Clauses of level 1: exploratory (explore, consider, study, may).', 'level_1'),
	level2: count('Clauses of level 2: intent (intend, aim, seek, endeavour).', 'level_2'),
	level3: count('Clauses of level 3: strong (will + a substantive action).', 'level_3'),
	level4: count(
		'Clauses of level 4: firm (shall, commit to, agree to, are determined to).',
		'level_4'
	),
	meanLevel: z
		.number()
		.min(0)
		.max(4)
		.nullable()
		.describe(
			'Mean modality level of the clauses, 2 decimals; empty when the chapter has no clause.'
		),
	shareExploratory: share(
		'Share of clauses at level 1 or below among the clauses that have a modality cue, 3 decimals.'
	),
	shareConditional: share(
		'Share of clauses that carry a condition (where appropriate, subject to, …).'
	),
	unilateral: count('Clauses whose actor is one party alone.'),
	unilateralByParty: z
		.string()
		.describe('Clauses of one party alone, per party: "<party id>:<count>" separated by "; ".'),
	commitmentsRg: count(
		'Commitments counted as the G7/G20 Research Group counts them (see research_group_commitment in clauses.csv).',
		'commitments_rg'
	),
	start,
	end
});

export const paragraphRow = z.object({
	docId,
	paragraphNo,
	paragraphSeq: z
		.number()
		.int()
		.min(1)
		.describe('Position of the paragraph in the document, from 1 (unique).'),
	label: z.string().describe('The printed paragraph number, empty when unnumbered.'),
	chapterNo,
	numbered: z.boolean().describe('Whether the paragraph is numbered in the text.'),
	sentences: count('Sentences in the paragraph.'),
	words: count('Words in the paragraph.'),
	text: quote.describe('Paragraph text (after its number), continuation blocks included.'),
	start,
	end,
	voice: z
		.enum(['author', 'publisher'])
		.describe(
			'Whose words the paragraph is: publisher for the publisher’s introduction of an article (a standfirst: “X introduces the article by Y”), author for the document’s own text (see documents.publisher).'
		)
});

export const sentenceRow = z.object({
	docId,
	chapterNo,
	paragraphNo,
	sentenceNo,
	text: quote.describe('Sentence text.'),
	start,
	end
});

export const clauseRow = z.object({
	clauseId: z
		.string()
		.describe('Stable clause id: <doc_id>:p<paragraph_seq>:s<sentence_no>:c<clause_no>.'),
	docId,
	chapterNo,
	paragraphNo,
	sentenceNo,
	clauseNo: z.number().int().min(1).describe('Clause number within the sentence, from 1.'),
	actor,
	level: z.number().int().min(0).max(4).describe('Modality level 0–4 (see level_name and METHOD).'),
	levelName: z
		.enum(['not a commitment', 'exploratory', 'intent', 'strong', 'firm'])
		.describe('Name of the modality level.'),
	cues: z
		.string()
		.describe(
			'Cues that decided the level, in text order, as role:words separated by "; " (offsets in cues.csv).'
		),
	novelty: z
		.enum(['new', 'continuing', 'reaffirmed'])
		.describe('new, continuing (will continue to) or reaffirmed.'),
	polarity: z.enum(['positive', 'negative']).describe('negative when the action is negated.'),
	conditional: z
		.boolean()
		.describe('Whether the clause carries a condition (subject to, where appropriate, …).'),
	precision: z
		.number()
		.int()
		.min(0)
		.max(3)
		.describe(
			'0–3: one point each for a quantity, a deadline or date, a named instrument or mechanism.'
		),
	target: z.boolean().describe('Whether the clause sets a target (a quantity and a deadline).'),
	text: quote.describe('Clause text.'),
	start,
	end,
	researchGroupCommitment: z
		.boolean()
		.describe(
			'Whether the clause is a commitment as the G7/G20 Research Group counts them: a party (or the parties) states it will take a future action — level 2 or above, or "support" — not negated; welcomes, notes, demands on others and exploratory wording are not.'
		)
});

export const partyRow = z.object({
	partyId: z
		.string()
		.regex(/^[a-z][a-z0-9-]*$/)
		.describe('Party id, as in the actor column of clauses.csv.'),
	name: z.string().min(1).describe('Name of the state or organisation.'),
	shortName: z.string().min(1).describe('Short name used on charts.'),
	kind: z.enum(['state', 'organisation']).describe('state or organisation.')
});

export const cueRow = z.object({
	clauseId: z.string().describe('The clause the cue belongs to (clauses.csv).'),
	docId,
	role: z
		.string()
		.describe(
			'What the cue did: modal, verb, hedge, carrier, negation, condition, quantity, deadline, instrument, booster, …'
		),
	text: quote.describe('The cue words.'),
	start,
	end
});

export const sectorMentionRow = z.object({
	docId,
	chapterNo,
	paragraphNo,
	sentenceNo,
	sector: z.string().describe('Sector id from the taxonomy (sector-terms.csv).'),
	sectorLabel: z.string().describe('Sector name.'),
	term: z.string().describe('Taxonomy term that matched.'),
	quote: quote.describe('The matched words as written.'),
	start,
	end
});

export const sectorTermRow = z.object({
	sector: z.string().describe('Sector id.'),
	sectorLabel: z.string().describe('Sector name.'),
	term: z
		.string()
		.describe(
			'A term or synonym that counts as a mention of the sector (case-insensitive, whole words).'
		)
});

export const figureRow = z.object({
	figureId: z.string().describe('Stable figure id: <doc_id>:p<paragraph_seq>:s<sentence_no>:f<n>.'),
	docId,
	chapterNo,
	paragraphNo,
	sentenceNo,
	kind: figureKind,
	label: z.string().describe('What the figure measures, in the words of the text.'),
	measure: z
		.string()
		.describe(
			'What the figure measures, as a reviewed measure id (seeds/reference/measures.json: two-way-trade, visitors, …), read from the label’s words; empty when no reviewed measure fits.'
		),
	value: z.number().describe('Value in base units (61000000000 for US$61 billion; 8.4 for 8.4%).'),
	unit: z.string().describe('Unit: USD, EUR, %, count, °C, year, rank, …'),
	qualifier: z.string().describe('Hedge kept from the text (nearly, over, …), empty when none.'),
	period: z
		.string()
		.describe(
			'Period the figure refers to, in the words of the text; for money, percentages and counts whose sentence names none, the year the text is speaking of; empty when none.'
		),
	quote,
	start,
	end
});

export const visitRow = z.object({
	docId,
	paragraphNo,
	sentenceNo,
	direction: z
		.enum(['inbound', 'outbound'])
		.describe('inbound: a visit to Viet Nam; outbound: a Vietnamese visit abroad.'),
	visitor: z.string().describe('Who visited, in the words of the text.'),
	country: z
		.string()
		.describe('Visitor’s country (inbound) or country visited (outbound); empty when unnamed.'),
	iso3: z.string().describe('ISO 3166-1 alpha-3 code of the country (EUU for the European Union).'),
	lat: latitude.nullable().describe('Latitude of the country’s capital (reference gazetteer).'),
	lon: longitude.nullable().describe('Longitude of the country’s capital (reference gazetteer).'),
	count: z.number().int().min(1).describe('Number of visits the record stands for.'),
	date: partialDate,
	precision,
	quote,
	start,
	end
});

export const routeRow = z.object({
	docId,
	paragraphNo,
	sentenceNo,
	origin: z
		.string()
		.describe('Origin city in Viet Nam (reference data: the text names only the destination).'),
	originIata: z.string().describe('IATA code of the origin airport.'),
	destination: z.string().describe('Destination city, from the text.'),
	destinationIata: z.string().describe('IATA code of the destination airport.'),
	country: z.string().describe('Destination country, from the text.'),
	iso3: z.string().describe('ISO 3166-1 alpha-3 code of the destination country.'),
	launched: partialDate.describe('Launch month as the text gives it (ISO 8601 YYYY-MM).'),
	precision,
	originLat: latitude.describe('Latitude of the origin airport.'),
	originLon: longitude.describe('Longitude of the origin airport.'),
	destLat: latitude.describe('Latitude of the destination airport.'),
	destLon: longitude.describe('Longitude of the destination airport.'),
	quote,
	start,
	end,
	originOfFact: origin.describe(
		'Where the origin airport comes from (the destination and month come from the text).'
	),
	sourceUrl,
	note: z.string().describe('Where reference data disagrees with the text, what it says.'),
	referenceLaunched: optionalPartialDate.describe(
		'The launch date reference data gives where it disagrees with the text’s (ISO 8601 at its precision); empty when they agree or the reference gives none. The text’s date (launched) is the one shown.'
	)
});

export const eventRow = z.object({
	eventId: z.string().describe('Stable event id.'),
	date: partialDate,
	precision,
	title: z.string().describe('Short title of the event.'),
	kind: eventKind,
	docId: z.string().describe('Document the event is read from; empty for reference facts.'),
	paragraphNo: paragraphNo
		.nullable()
		.describe('Paragraph the event is read from; empty for reference facts.'),
	quote: z
		.string()
		.describe('The words of the text that date and name the event; empty for reference facts.'),
	start: nullableStart,
	end: nullableEnd,
	origin: origin.describe(
		'Where the shown date and words come from: text (the seed documents; reference facts of the same event are further sources, see event-sources.csv) or reference (reviewed public data only).'
	),
	sourceUrl: sourceUrl.describe(
		'URL of the reference source that records the event (for an event from the texts: a reference fact of the same event, whose date is then in the note, never shown in its place); empty when no reference records it.'
	),
	note: z
		.string()
		.describe(
			'Notes, e.g. how a date was derived, what the other sources say, where they disagree.'
		),
	sources: z
		.number()
		.int()
		.min(1)
		.describe(
			'How many records (sentences of the texts, reference facts) give this event: its rows in event-sources.csv.'
		),
	sourcePublisher,
	sourceTitle
});

export const eventSourceRow = z.object({
	eventId: z.string().describe('The event (events.csv) this record gives.'),
	sourceNo: z
		.number()
		.int()
		.min(1)
		.describe(
			'1 for the record the event is shown with, then the other text records, then reference facts.'
		),
	origin,
	docId: z.string().describe('Document of a text record; empty for a reference fact.'),
	paragraphNo: paragraphNo
		.nullable()
		.describe('Paragraph of a text record; empty for a reference fact.'),
	sentenceNo: sentenceNo
		.nullable()
		.describe('Sentence of a text record; empty for a reference fact.'),
	date: partialDate.describe('The date as this record gives it (ISO 8601 at its precision).'),
	precision,
	title: z.string().describe('The event as this record names it.'),
	quote: z
		.string()
		.describe('The words of the text that date and name the event; empty for a reference fact.'),
	start: nullableStart,
	end: nullableEnd,
	sourceUrl,
	note: z
		.string()
		.describe('This record’s own note (how its date was derived, what a reference says).'),
	sourcePublisher,
	sourceTitle
});

export const eventPlaceRow = z.object({
	eventId: z.string().describe('The event (events.csv) whose quote names the place.'),
	docId,
	paragraphNo,
	sentenceNo,
	place: z
		.string()
		.describe(
			'The place: the gazetteer’s name of a country or city (Russia for “the Russian Federation”), or a region as the text writes it.'
		),
	iso3: z
		.string()
		.describe(
			'ISO 3166-1 alpha-3 code of the country (of the city’s country for a city; EUU for the European Union); empty for a region.'
		),
	lat: latitude
		.nullable()
		.describe(
			'Latitude of the country’s capital or of the city (reference gazetteer); empty for a region.'
		),
	lon: longitude
		.nullable()
		.describe(
			'Longitude of the country’s capital or of the city (reference gazetteer); empty for a region.'
		),
	quote: quote.describe('The words of the event’s quote that name the place.'),
	start,
	end,
	placeKind: z
		.enum(['country', 'city', 'region'])
		.describe(
			'country or city from the reference gazetteer, or region: a group of countries the text names without listing them (“Central Asian countries”), kept with an empty code rather than guessed.'
		),
	note: z.string().describe('Why a place has no code or position, empty otherwise.')
});

const per1000Words = (what: string, csvName?: string) =>
	z
		.number()
		.min(0)
		.meta({
			description: `${what} per 1,000 words of the statement, 2 decimals.`,
			...(csvName ? { csvName } : {})
		});

/**
 * The comparison (/compare): the site's joint statement beside the statements of
 * seeds/corpus/, each read by the same analysis. One row per statement.
 */
export const compareRow = z.object({
	docId,
	label: z
		.string()
		.min(1)
		.describe('Short name for charts: the parties’ short names and the year (“Viet Nam–EU 2026”).'),
	title: z.string().min(1).describe('Title of the statement.'),
	date: optionalPartialDate.describe('Date of the statement (ISO 8601), empty when unknown.'),
	publisher: z.string().describe('Who published the text.'),
	url: z.string().describe('Public address of the statement, empty when none is known.'),
	file: z
		.string()
		.describe('File name of the text the offsets refer to (seeds/ or seeds/corpus/).'),
	parties: z
		.string()
		.describe('Party ids of the statement (parties of reference data), separated by "; ".'),
	focus: z
		.boolean()
		.describe(
			'True for the statement the site is about (from seeds/), false for the comparison corpus (seeds/corpus/).'
		),
	words: count('Words in the paragraphs.'),
	paragraphs: count('Paragraphs.'),
	clauses: count('Clauses (a party as subject + an action).'),
	commitments: count('Clauses of level 3 (strong) or 4 (firm).'),
	commitmentsRg: count(
		'Commitments counted as the G7/G20 Research Group counts them (research_group_commitment in compare-clauses.csv).',
		'commitments_rg'
	),
	clausesPer1000Words: per1000Words('Clauses', 'clauses_per_1000_words'),
	commitmentsPer1000Words: per1000Words('Commitments (level 3–4)', 'commitments_per_1000_words'),
	commitmentsRgPer1000Words: per1000Words(
		'Research-Group-style commitments',
		'commitments_rg_per_1000_words'
	),
	level0: count('Clauses of level 0: not a commitment.', 'level_0'),
	level1: count('Clauses of level 1: exploratory.', 'level_1'),
	level2: count('Clauses of level 2: intent.', 'level_2'),
	level3: count('Clauses of level 3: strong.', 'level_3'),
	level4: count('Clauses of level 4: firm.', 'level_4'),
	conditional: count('Clauses that carry a condition (where appropriate, subject to, …).'),
	shareConditional: share(
		'Share of the clauses that carry a condition, 3 decimals; empty when the statement has no clause.'
	),
	targets: count('Clauses that set a target (a quantity and a deadline).'),
	targetsPer1000Words: per1000Words('Targets', 'targets_per_1000_words'),
	instrumentClauses: count(
		'Clauses that name an instrument or mechanism (cues of role instrument).'
	),
	instrumentClausesPer1000Words: per1000Words(
		'Clauses naming an instrument',
		'instrument_clauses_per_1000_words'
	),
	instruments: z
		.string()
		.describe(
			'The instruments and mechanisms the clauses name, each once, in text order, separated by "; ".'
		)
});

export const compareSectorRow = z.object({
	docId,
	sector: z.string().describe('Sector id from the taxonomy (sector-terms.csv).'),
	sectorLabel: z.string().describe('Sector name.'),
	mentions: count('Mentions of the sector’s terms in the statement.'),
	mentionsPer1000Words: per1000Words('Mentions', 'mentions_per_1000_words')
});

export const compareClauseRow = z.object({
	clauseId: z
		.string()
		.describe('Stable clause id: <doc_id>:p<paragraph_seq>:s<sentence_no>:c<clause_no>.'),
	docId,
	paragraphNo,
	sentenceNo,
	level: z.number().int().min(0).max(4).describe('Modality level 0–4 (see clauses.csv).'),
	conditional: z.boolean().describe('Whether the clause carries a condition.'),
	target: z.boolean().describe('Whether the clause sets a target (a quantity and a deadline).'),
	researchGroupCommitment: z
		.boolean()
		.describe('Whether the clause is a commitment as the G7/G20 Research Group counts them.'),
	instruments: z
		.string()
		.describe('Instruments or mechanisms the clause names, separated by "; "; empty when none.'),
	text: quote.describe('Clause text.'),
	start,
	end
});

export const compareMentionRow = z.object({
	docId,
	paragraphNo,
	sentenceNo,
	sector: z.string().describe('Sector id from the taxonomy (sector-terms.csv).'),
	term: z.string().describe('Taxonomy term that matched.'),
	quote: quote.describe('The matched words as written.'),
	start,
	end,
	sentenceStart: start.meta({
		description: 'Offset of the start of the sentence the mention is in.',
		csvName: 'sentence_start'
	}),
	sentenceEnd: end.meta({
		description: 'Offset of the end of the sentence the mention is in.',
		csvName: 'sentence_end'
	})
});

/** Every table of the package: file name (kebab-case plural), description, row schema. */
export const TABLES = {
	documents: {
		file: 'documents.csv',
		title: 'Documents',
		description: 'The source documents analysed.',
		row: documentRow
	},
	chapters: {
		file: 'chapters.csv',
		title: 'Chapters',
		description: 'Per-chapter counts of clauses by modality level, and shares.',
		row: chapterRow
	},
	paragraphs: {
		file: 'paragraphs.csv',
		title: 'Paragraphs',
		description: 'Every paragraph with its chapter and text.',
		row: paragraphRow
	},
	sentences: {
		file: 'sentences.csv',
		title: 'Sentences',
		description: 'Every sentence of every paragraph.',
		row: sentenceRow
	},
	parties: {
		file: 'parties.csv',
		title: 'Parties',
		description:
			'The states and organisations that are parties to the documents, from the reviewed list in seeds/reference/parties.json.',
		row: partyRow
	},
	clauses: {
		file: 'clauses.csv',
		title: 'Clauses',
		description: 'Every clause with its actor, modality level and the cues that decided it.',
		row: clauseRow
	},
	cues: {
		file: 'cues.csv',
		title: 'Cues',
		description:
			'The words behind each clause’s level, conditionality and precision, with offsets.',
		row: cueRow
	},
	sectors: {
		file: 'sectors.csv',
		title: 'Sector mentions',
		description: 'Every mention of a sector term, with the sentence it is in.',
		row: sectorMentionRow
	},
	sectorTerms: {
		file: 'sector-terms.csv',
		title: 'Sector taxonomy',
		description: 'The reviewed sector taxonomy: the terms that count for each sector.',
		row: sectorTermRow
	},
	figures: {
		file: 'figures.csv',
		title: 'Figures',
		description: 'Numbers in the texts with what they measure, their qualifier and period.',
		row: figureRow
	},
	visits: {
		file: 'visits.csv',
		title: 'Visits',
		description: 'High-level visits named in the texts, with places from the reference gazetteer.',
		row: visitRow
	},
	routes: {
		file: 'routes.csv',
		title: 'Air routes',
		description: 'New direct air routes named in the texts, with airports from reference data.',
		row: routeRow
	},
	events: {
		file: 'events.csv',
		title: 'Events',
		description: 'Dated events for the timeline, from the texts and from reviewed reference facts.',
		row: eventRow
	},
	eventSources: {
		file: 'event-sources.csv',
		title: 'Event sources',
		description:
			'Every record of each event: the sentences of the texts that give it (with their words and offsets) and the reference facts (with their URL), so an event named twice, or by a text and by reference data, is one event with several sources.',
		row: eventSourceRow
	},
	eventPlaces: {
		file: 'event-places.csv',
		title: 'Event places',
		description:
			'The countries, cities and regions that the words of each event from the texts name, with positions from the reference gazetteer, so the map can show an event’s places. Viet Nam is listed where the words name it.',
		row: eventPlaceRow
	},
	compare: {
		file: 'compare.csv',
		title: 'Comparison',
		description:
			'The joint statement beside comparable statements of other partnerships (seeds/corpus/), on the same scales: length, clauses, commitments, modality mix, conditions, targets and named instruments.',
		row: compareRow
	},
	compareSectors: {
		file: 'compare-sectors.csv',
		title: 'Comparison: sectors',
		description: 'Mentions of each sector in each compared statement, also per 1,000 words.',
		row: compareSectorRow
	},
	compareClauses: {
		file: 'compare-clauses.csv',
		title: 'Comparison: clauses',
		description:
			'Every clause of each compared statement with what the comparison counts (level, condition, target, Research Group count, instruments).',
		row: compareClauseRow
	},
	compareMentions: {
		file: 'compare-mentions.csv',
		title: 'Comparison: sector mentions',
		description: 'Every sector mention of each compared statement, with the sentence it is in.',
		row: compareMentionRow
	}
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export type DocumentRow = z.infer<typeof documentRow>;
export type ChapterRow = z.infer<typeof chapterRow>;
export type PartyRow = z.infer<typeof partyRow>;
export type ParagraphRow = z.infer<typeof paragraphRow>;
export type SentenceRow = z.infer<typeof sentenceRow>;
export type ClauseRow = z.infer<typeof clauseRow>;
export type CueRow = z.infer<typeof cueRow>;
export type SectorMentionRow = z.infer<typeof sectorMentionRow>;
export type SectorTermRow = z.infer<typeof sectorTermRow>;
export type FigureRow = z.infer<typeof figureRow>;
export type VisitRow = z.infer<typeof visitRow>;
export type RouteRow = z.infer<typeof routeRow>;
export type EventRow = z.infer<typeof eventRow>;
export type EventSourceRow = z.infer<typeof eventSourceRow>;
export type EventPlaceRow = z.infer<typeof eventPlaceRow>;
export type CompareRow = z.infer<typeof compareRow>;
export type CompareSectorRow = z.infer<typeof compareSectorRow>;
export type CompareClauseRow = z.infer<typeof compareClauseRow>;
export type CompareMentionRow = z.infer<typeof compareMentionRow>;

/** dashboard.json: every table as an array of rows. */
export const dashboardData = z.object(
	Object.fromEntries(TABLE_NAMES.map((name) => [name, z.array(TABLES[name].row)])) as {
		[K in TableName]: z.ZodArray<(typeof TABLES)[K]['row']>;
	}
);
export type DashboardData = z.infer<typeof dashboardData>;
