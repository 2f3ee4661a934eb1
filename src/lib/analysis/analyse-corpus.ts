/**
 * The whole analysis: documents in, the tables of the data package out. Pure (no I/O); the CLI
 * reads the files and writes the result. Each document is parsed into chapters, paragraphs and
 * sentences, and every sentence goes through the per-sentence extractors (`analyseDocument`,
 * independent of the other documents, so the CLI can spread documents over threads); then the
 * corpus-wide steps join them (`corpusTables`: a visit named in two documents counts once, and
 * the timeline).
 */
import { mapPacked } from './packed';
import { LEVEL_NAMES } from './levels';
import type {
	TableName,
	ChapterRow,
	ClauseRow,
	CueRow,
	DashboardData,
	DocumentRow,
	EventPlaceRow,
	EventRow,
	EventSourceRow,
	FigureRow,
	ParagraphRow,
	RouteRow,
	SectorMentionRow,
	SentenceRow,
	VisitRow
} from '../contract/tables';
import type { MeasureDefinition } from '../contract/reference';
import { aggregateChapter } from './aggregate-chapters';
import { analyseSentence, type Chapeau } from './clauses';
import { isClosingFormula } from './closing-formulae';
import { addressDate, extractDates, firstDayDate, isNarrativeYear } from './dates';
import { InputError } from './errors';
import { placesNamed } from './event-places';
import { extractEvents, mergeTimeline } from './events';
import { extractFigures } from './figures';
import { createMeasureReader } from './measures';
import { HOME_ISO3, createPlaceMatcher } from './places';
import { extractRoutes, type RouteOrigin } from './routes';
import { createSectorMatcher } from './sectors';
import { splitSentences } from './sentences';
import { readDocumentParties, isPartyActor, type PartyDefinition } from './parties';
import { isResearchGroupCommitment } from './research-group';
import { parseStructure } from './structure';
import type {
	Actor,
	Gazetteer,
	ReferenceEvent,
	SectorDefinition,
	SentenceInput,
	Span,
	TimelineEvent
} from './types';
import { extractVisits } from './visits';
import { countWords } from './words';
import { DOCUMENT_QUOTING_TABLES } from './verify-provenance';

export interface DocumentMeta {
	docId: string;
	title: string;
	/** ISO date of the document, '' when unknown (then the first full date in the text is used). */
	date: string;
	kind: string;
	publisher: string;
	/** Who wrote the text when it is not the publisher; '' otherwise. */
	author: string;
	language: string;
	file: string;
	url: string;
	/** Party ids or names declared in sources.json; empty: read from the title and opening. */
	parties: string[];
}

export interface SourceDocument {
	meta: DocumentMeta;
	/** The text as read, without a leading BOM; offsets in the output point into it. */
	text: string;
}

export interface ReferenceData {
	gazetteer: Gazetteer;
	parties: PartyDefinition[];
	routeOrigins: RouteOrigin[];
	events: ReferenceEvent[];
	sectors: SectorDefinition[];
	measures: MeasureDefinition[];
}

/** Kinds of figure that measure something in a period (a rank or an anniversary does not). */
const CONTEXTUAL_PERIOD_KINDS = new Set(['money', 'percent', 'count']);

/** Per-sentence position, shared by every row read out of one sentence. */
interface SentencePosition {
	docId: string;
	chapterNo: number;
	paragraphNo: number;
	paragraphSeq: number;
	sentenceNo: number;
}

function emptyTables(): DashboardData {
	return {
		documents: [],
		chapters: [],
		paragraphs: [],
		sentences: [],
		parties: [],
		clauses: [],
		cues: [],
		sectors: [],
		sectorTerms: [],
		figures: [],
		visits: [],
		routes: [],
		events: [],
		eventSources: [],
		eventPlaces: [],
		// Filled from the comparison corpus by the pipeline (./compare.ts), not from these documents.
		compare: [],
		compareSectors: [],
		compareClauses: [],
		compareMentions: []
	};
}

/**
 * The year a document speaks from: its date, else the day its source address files it under,
 * else the first full date in its text. The address comes before the text: a statement copied
 * from a site rarely carries a dateline, and its first date is then often of an earlier meeting
 * it recalls (a statement filed under 13 November that names a summit of 11 November).
 */
function documentDate(
	meta: DocumentMeta,
	text: string,
	sourceAddress: string
): { date: string; year: number } {
	if (meta.date) return { date: meta.date, year: Number(meta.date.slice(0, 4)) };
	const found = addressDate(sourceAddress) ?? firstDayDate(text);
	if (found) return { date: found, year: Number(found.slice(0, 4)) };
	return { date: '', year: 0 };
}

/**
 * The year the narrative is in: the latest plain year the text has named so far ("In 2025,",
 * "The year 2025") that is not after the document's own year. Deadlines, derived years,
 * comparison years ("compared with 2024") and years in names ("1982 UNCLOS") do not move it.
 */
function narrativeYear(sentence: SentenceInput, docYear: number, current: string): string {
	let year = current;
	for (const date of extractDates(sentence, { docYear })) {
		if (date.relation !== 'absolute') continue;
		if (!isNarrativeYear(sentence.docText, date.start, date.end)) continue;
		const y = Number(date.date.slice(0, 4));
		if (docYear > 0 && y > docYear) continue;
		year = date.date.slice(0, 4);
	}
	return year;
}

const slug = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 48);

/** What the per-document analysis needs, compiled once. */
export interface Analysers {
	reference: ReferenceData;
	matchSectors: ReturnType<typeof createSectorMatcher>;
	matchPlaces: ReturnType<typeof createPlaceMatcher>;
	sectorLabels: ReadonlyMap<string, string>;
	measureOf: ReturnType<typeof createMeasureReader>;
}

export function createAnalysers(reference: ReferenceData): Analysers {
	return {
		reference,
		matchSectors: createSectorMatcher(reference.sectors),
		matchPlaces: createPlaceMatcher(reference.gazetteer),
		sectorLabels: new Map(reference.sectors.map((s) => [s.id, s.label])),
		measureOf: createMeasureReader(reference.measures)
	};
}

/** The tables read out of one document alone, each in text order. */
export const DOCUMENT_TABLES = [
	'documents',
	'chapters',
	...DOCUMENT_QUOTING_TABLES,
	'routes'
] as const satisfies readonly TableName[];
export type DocumentTableName = (typeof DOCUMENT_TABLES)[number];

/** One document's rows, before the corpus-wide steps. */
export type DocumentAnalysis = Pick<DashboardData, DocumentTableName> & {
	/** Visits as read: the same visit may be named twice (here or in another document). */
	visits: VisitRow[];
	textEvents: TextEvent[];
};

export function analyseCorpus(
	documents: SourceDocument[],
	reference: ReferenceData
): DashboardData {
	const analysers = createAnalysers(reference);
	const tables = emptyTables();
	const analyses = documents.map((doc) => analyseDocument(doc, analysers));
	for (const analysis of analyses) {
		for (const name of DOCUMENT_TABLES) {
			const rows = tables[name] as object[];
			for (const row of analysis[name]) rows.push(row);
		}
	}
	const texts = new Map(documents.map((d) => [d.meta.docId, d.text]));
	Object.assign(tables, corpusTables(analyses, texts, analysers));
	return tables;
}

/** The per-document tables of one document; throws an InputError when it has no paragraphs. */
export function analyseDocument(
	{ meta, text }: SourceDocument,
	analysers: Analysers
): DocumentAnalysis {
	const { reference, matchSectors, matchPlaces, sectorLabels, measureOf } = analysers;
	const tables: DocumentAnalysis = {
		documents: [],
		chapters: [],
		paragraphs: [],
		sentences: [],
		clauses: [],
		cues: [],
		sectors: [],
		figures: [],
		routes: [],
		visits: [],
		textEvents: []
	};
	const textEvents = tables.textEvents;
	const structure = parseStructure(text);
	if (structure.paragraphs.length === 0) {
		throw new InputError(meta.file, 'no paragraphs found (is this a statement or article text?)');
	}
	// A first "Source: <address>" line of the text is where it was copied from.
	const url = meta.url || (structure.source?.address ?? '');
	const { date: docDate, year: docYear } = documentDate(meta, text, url);
	const parties = readDocumentParties(reference.parties, {
		title: meta.title || structure.title,
		text,
		declared: meta.parties
	});
	const docRow: DocumentRow = {
		docId: meta.docId,
		title: meta.title || structure.title || meta.file,
		date: docDate,
		kind: meta.kind,
		publisher: meta.publisher,
		author: meta.author,
		language: meta.language,
		file: meta.file,
		url,
		chapters: structure.chapters.filter((c) => c.no > 0).length,
		paragraphs: structure.paragraphs.length,
		sentences: 0,
		words: 0,
		parties: parties.ids.join('; '),
		commitmentsRg: 0
	};
	const clausesByChapter = new Map<number, ClauseRow[]>();
	const cueRoles = new Map<string, string[]>();
	const paragraphsByChapter = new Map<number, number>();
	let year = docYear > 0 ? String(docYear) : '';
	let previousActor: Actor | undefined;
	/** A chapeau's open chain, for the bullets below it ("We hereby declare to:"). */
	let chapeau: Chapeau | null = null;

	for (const paragraph of structure.paragraphs) {
		const paragraphText = text.slice(paragraph.start, paragraph.end);
		const sentenceSpans = splitSentences(text, paragraph);
		const words = countWords(paragraphText);
		docRow.sentences += sentenceSpans.length;
		docRow.words += words;
		paragraphsByChapter.set(
			paragraph.chapterNo,
			(paragraphsByChapter.get(paragraph.chapterNo) ?? 0) + 1
		);
		const paragraphRow: ParagraphRow = {
			docId: meta.docId,
			paragraphNo: paragraph.no,
			paragraphSeq: paragraph.seq,
			label: paragraph.label,
			chapterNo: paragraph.chapterNo,
			numbered: paragraph.numbered,
			sentences: sentenceSpans.length,
			words,
			text: paragraphText,
			start: paragraph.start,
			end: paragraph.end,
			voice: paragraph.voice
		};
		tables.paragraphs.push(paragraphRow);

		sentenceSpans.forEach((span, index) => {
			const sentence: SentenceInput = { docText: text, start: span.start, end: span.end };
			const at: SentencePosition = {
				docId: meta.docId,
				chapterNo: paragraph.chapterNo,
				paragraphNo: paragraph.no,
				paragraphSeq: paragraph.seq,
				sentenceNo: index + 1
			};
			const where = `${meta.docId}:p${at.paragraphSeq}:s${at.sentenceNo}`;
			year = narrativeYear(sentence, docYear, year);
			const sentenceRow: SentenceRow = {
				docId: at.docId,
				chapterNo: at.chapterNo,
				paragraphNo: at.paragraphNo,
				sentenceNo: at.sentenceNo,
				text: text.slice(span.start, span.end),
				start: span.start,
				end: span.end
			};
			tables.sentences.push(sentenceRow);

			let clauses: ReturnType<typeof analyseSentence>['clauses'] = [];
			if (!isClosingFormula(sentenceRow.text)) {
				const reading = analyseSentence(sentence, { previousActor, parties, chapeau });
				clauses = reading.clauses;
				chapeau = reading.opens ?? (reading.continues ? chapeau : null);
			}
			clauses.forEach((clause, c) => {
				const clauseId = `${where}:c${c + 1}`;
				const row: ClauseRow = {
					clauseId,
					docId: at.docId,
					chapterNo: at.chapterNo,
					paragraphNo: at.paragraphNo,
					sentenceNo: at.sentenceNo,
					clauseNo: c + 1,
					actor: clause.actor,
					level: clause.level,
					levelName: LEVEL_NAMES[clause.level],
					cues: mapPacked(clause.cues, (cue) => `${cue.role}:${cue.text}`).join('; '),
					novelty: clause.novelty,
					polarity: clause.polarity,
					conditional: clause.conditional,
					precision: clause.precision,
					target: clause.target,
					text: clause.text,
					start: clause.start,
					end: clause.end,
					researchGroupCommitment: isResearchGroupCommitment(
						clause,
						isPartyActor(parties, clause.actor)
					)
				};
				if (row.researchGroupCommitment) docRow.commitmentsRg++;
				tables.clauses.push(row);
				const list = clausesByChapter.get(at.chapterNo) ?? [];
				list.push(row);
				clausesByChapter.set(at.chapterNo, list);
				cueRoles.set(
					clauseId,
					mapPacked(clause.cues, (cue) => cue.role)
				);
				for (const cue of clause.cues) {
					const cueRow: CueRow = {
						clauseId,
						docId: at.docId,
						role: cue.role,
						text: cue.text,
						start: cue.start,
						end: cue.end
					};
					tables.cues.push(cueRow);
				}
				if (clause.actor !== 'unspecified' && clause.actor !== 'other') {
					previousActor = clause.actor;
				}
			});

			for (const mention of matchSectors(sentence)) {
				const row: SectorMentionRow = {
					docId: at.docId,
					chapterNo: at.chapterNo,
					paragraphNo: at.paragraphNo,
					sentenceNo: at.sentenceNo,
					sector: mention.sector,
					sectorLabel: sectorLabels.get(mention.sector) ?? mention.sector,
					term: mention.term,
					quote: text.slice(mention.start, mention.end),
					start: mention.start,
					end: mention.end
				};
				tables.sectors.push(row);
			}

			extractFigures(sentence).forEach((figure, f) => {
				const row: FigureRow = {
					figureId: `${where}:f${f + 1}`,
					docId: at.docId,
					chapterNo: at.chapterNo,
					paragraphNo: at.paragraphNo,
					sentenceNo: at.sentenceNo,
					kind: figure.kind,
					label: figure.label,
					measure: measureOf(figure),
					value: figure.value,
					unit: figure.unit,
					qualifier: figure.qualifier,
					// A figure whose sentence names no period speaks of the year the narrative is in.
					period: figure.period || (CONTEXTUAL_PERIOD_KINDS.has(figure.kind) ? year : ''),
					quote: figure.quote,
					start: figure.start,
					end: figure.end
				};
				tables.figures.push(row);
			});

			for (const visit of extractVisits(sentence, matchPlaces, reference.gazetteer, { year })) {
				// Undated: neither the sentence nor the document gives a year (the contract needs one).
				if (visit.date === '') continue;
				const row: VisitRow = {
					docId: at.docId,
					paragraphNo: at.paragraphNo,
					sentenceNo: at.sentenceNo,
					direction: visit.direction,
					visitor: visit.visitor,
					country: visit.country,
					iso3: visit.iso3,
					lat: visit.lat,
					lon: visit.lon,
					count: visit.count,
					date: visit.date,
					precision: visit.precision,
					quote: visit.quote,
					start: visit.start,
					end: visit.end
				};
				tables.visits.push(row);
			}

			for (const route of extractRoutes(sentence, reference.gazetteer, reference.routeOrigins, {
				year
			})) {
				if (route.launched === '') continue; // undated, as for visits
				const row: RouteRow = {
					docId: at.docId,
					paragraphNo: at.paragraphNo,
					sentenceNo: at.sentenceNo,
					origin: route.origin,
					originIata: route.originIata,
					destination: route.destination,
					destinationIata: route.destinationIata,
					country: route.country,
					iso3: route.iso3,
					launched: route.launched,
					precision: route.precision,
					originLat: route.originLat,
					originLon: route.originLon,
					destLat: route.destLat,
					destLon: route.destLon,
					quote: route.quote,
					start: route.start,
					end: route.end,
					originOfFact: route.originOfFact,
					sourceUrl: route.sourceUrl,
					note: route.note,
					referenceLaunched: route.referenceLaunched
				};
				tables.routes.push(row);
			}

			for (const event of extractEvents(sentence, { docYear, docDate })) {
				textEvents.push({
					event,
					docId: at.docId,
					paragraphNo: at.paragraphNo,
					sentenceNo: at.sentenceNo
				});
			}
		});
	}

	for (const chapter of structure.chapters) {
		const shell = {
			docId: meta.docId,
			chapterNo: chapter.no,
			chapterTitle: chapter.title,
			paragraphs: paragraphsByChapter.get(chapter.no) ?? 0,
			start: chapter.start,
			end: chapter.end
		};
		const row: ChapterRow = aggregateChapter(
			shell,
			clausesByChapter.get(chapter.no) ?? [],
			cueRoles,
			parties.ids
		);
		tables.chapters.push(row);
	}
	tables.documents.push(docRow);
	return tables;
}

/** The tables that join the documents, from their analyses in document order. */
export function corpusTables(
	analyses: readonly Pick<DocumentAnalysis, 'documents' | 'visits' | 'textEvents'>[],
	texts: ReadonlyMap<string, string>,
	{ reference, matchPlaces }: Analysers
): Pick<
	DashboardData,
	'parties' | 'sectorTerms' | 'visits' | 'events' | 'eventSources' | 'eventPlaces'
> {
	const tables: Pick<
		DashboardData,
		'parties' | 'sectorTerms' | 'visits' | 'events' | 'eventSources' | 'eventPlaces'
	> = {
		parties: [],
		sectorTerms: [],
		visits: [],
		events: [],
		eventSources: [],
		eventPlaces: []
	};
	// The parties of every document, in the order the documents name them first.
	const partyIds = new Set(
		analyses.flatMap((a) => a.documents.flatMap((d) => (d.parties ? d.parties.split('; ') : [])))
	);
	for (const id of partyIds) {
		const party = reference.parties.find((p) => p.id === id);
		if (party) {
			const { name, shortName, kind } = party;
			tables.parties.push({ partyId: id, name, shortName, kind });
		}
	}
	for (const sector of reference.sectors) {
		for (const term of sector.terms) {
			tables.sectorTerms.push({ sector: sector.id, sectorLabel: sector.label, term });
		}
	}
	// The same visit may be named twice (a photo caption and the story): the first one counts.
	const seenVisits = new Set<string>();
	for (const analysis of analyses) {
		for (const visit of analysis.visits) {
			const key = `${visit.direction}|${visit.visitor}|${visit.country}|${visit.date}`;
			if (seenVisits.has(key)) continue;
			seenVisits.add(key);
			tables.visits.push(visit);
		}
	}
	const textEvents = analyses.flatMap((analysis) => analysis.textEvents);
	const home = reference.gazetteer.countries.find((c) => c.iso3 === HOME_ISO3);
	const homeNames = home ? [home.name, ...home.aliases] : [];
	const timeline = timelineRows(textEvents, reference.events, homeNames);
	tables.events = timeline.map((t) => t.row);
	tables.eventSources = timeline.flatMap((t) => t.sources);
	for (const { row, from, places } of timeline) {
		const docText = from && texts.get(from.docId);
		if (!from || docText === undefined || row.start === null || row.end === null) continue;
		// An event of a coordinated phrase names the places of its own conjunct only.
		const span = places ?? { start: row.start, end: row.end };
		for (const place of placesNamed(docText, span, matchPlaces, reference.gazetteer)) {
			const placeRow: EventPlaceRow = {
				eventId: row.eventId,
				docId: from.docId,
				paragraphNo: from.paragraphNo,
				sentenceNo: from.sentenceNo,
				place: place.place,
				iso3: place.iso3,
				lat: place.lat,
				lon: place.lon,
				quote: place.quote,
				start: place.start,
				end: place.end,
				placeKind: place.placeKind,
				note: place.note
			};
			tables.eventPlaces.push(placeRow);
		}
	}
	return tables;
}

/** A text event and the sentence it was read from. */
export interface TextEvent {
	event: TimelineEvent;
	docId: string;
	paragraphNo: number;
	sentenceNo: number;
}

type Provenance = Omit<TextEvent, 'event'>;

/**
 * The timeline: one row per event (./events mergeTimeline), shown with the text's record, and
 * one event-sources row per record of it (text records with their sentence, reference facts
 * with their URL).
 */
function timelineRows(
	textEvents: TextEvent[],
	reference: ReferenceEvent[],
	homeNames: readonly string[]
): {
	row: EventRow;
	sources: EventSourceRow[];
	from: Provenance | undefined;
	places: Span | undefined;
}[] {
	// mergeTimeline returns copies, so text records are matched back to their sentence by their
	// words. The first sentence wins: the same words at the same offsets may recur in another
	// document (a copy of a text).
	const key = (e: TimelineEvent) => `${e.start}|${e.end}|${e.quote}`;
	const provenance = new Map<string, Provenance>();
	for (const { event, docId, paragraphNo, sentenceNo } of textEvents) {
		const k = key(event);
		if (!provenance.has(k)) provenance.set(k, { docId, paragraphNo, sentenceNo });
	}
	const ids = new Map<string, number>();
	return mergeTimeline(
		textEvents.map((t) => t.event),
		reference,
		{ homeNames }
	).map((event) => {
		const base = `${event.date}-${slug(event.title)}`;
		const n = (ids.get(base) ?? 0) + 1;
		ids.set(base, n);
		const eventId = n === 1 ? base : `${base}-${n}`;
		const from = event.origin === 'text' ? provenance.get(key(event)) : undefined;
		const row: EventRow = {
			eventId,
			date: event.date,
			precision: event.precision,
			title: event.title,
			kind: event.kind,
			docId: from?.docId ?? '',
			paragraphNo: from?.paragraphNo ?? null,
			quote: event.quote,
			start: event.start,
			end: event.end,
			origin: event.origin,
			sourceUrl: event.sourceUrl,
			sourcePublisher: event.sourcePublisher,
			sourceTitle: event.sourceTitle,
			note: event.note,
			sources: event.sources.length
		};
		const sources = event.sources.map((source, i): EventSourceRow => {
			const at = source.origin === 'text' ? provenance.get(key(source)) : undefined;
			return {
				eventId,
				sourceNo: i + 1,
				origin: source.origin,
				docId: at?.docId ?? '',
				paragraphNo: at?.paragraphNo ?? null,
				sentenceNo: at?.sentenceNo ?? null,
				date: source.date,
				precision: source.precision,
				title: source.title,
				quote: source.quote,
				start: source.start,
				end: source.end,
				sourceUrl: source.sourceUrl,
				sourcePublisher: source.sourcePublisher,
				sourceTitle: source.sourceTitle,
				note: source.note
			};
		});
		return { row, sources, from, places: event.places };
	});
}
