/**
 * The rows behind the map, one per mark or note: the 2025 air routes, the delegations Viet Nam
 * hosted (by origin country), the visits it made (by destination), and the places of the EVIPA
 * ratifications and of the 2025 science-and-technology agreements. Pure; the table, the CSV
 * export and the drawing all read these rows, so each number has one source.
 */
import type { DashboardData, EventRow, SectorMentionRow } from '../contract/tables';

export type MapLayerId = 'routes' | 'hosted' | 'made' | 'evipa' | 'st';

export interface MapLayer {
	id: MapLayerId;
	/** Legend and checkbox text. */
	label: string;
	/** Shown when the page opens (the others are switched on by the reader). */
	byDefault: boolean;
}

/** Layers in drawing order (later ones on top) and legend order. */
export const MAP_LAYERS: readonly MapLayer[] = [
	{ id: 'routes', label: 'New direct air routes, 2025', byDefault: true },
	{ id: 'hosted', label: 'Delegations hosted by Viet Nam, by origin', byDefault: true },
	{ id: 'made', label: 'Visits made by Vietnamese leaders, by destination', byDefault: true },
	{ id: 'evipa', label: 'EVIPA ratified in 2025', byDefault: false },
	{ id: 'st', label: 'Science and technology agreements, 2025', byDefault: false }
];

export interface MapRow {
	/** Stable id of the row (and of its mark). */
	key: string;
	layer: MapLayerId;
	/** Where the mark stands: the destination city for a route, else the country (or region). */
	place: string;
	/** ISO 3166-1 alpha-3 of the place's country; empty for a region or an unnamed group. */
	iso3: string;
	/** What happened, in short: the route's airports, the visitor, or the event's title. */
	what: string;
	/** ISO 8601 at the text's precision (2025, 2025-07). */
	date: string;
	/** The date reference data gives where it disagrees with the text's (a route's first flight), else ''. */
	referenceDate: string;
	/** Where the mark stands (the destination for a route); null when the text names no place. */
	lat: number | null;
	lon: number | null;
	/** A route's origin airport; null for other rows. */
	originLat: number | null;
	originLon: number | null;
	/** How many visits the row stands for (five Speakers of parliament: 5). */
	count: number;
	/** The words of the text behind the row, and where they are. */
	quote: string;
	docId: string;
	paragraphNo: number;
	sentenceNo: number;
	start: number;
	end: number;
	/** Why a row is not drawn, or where reference data or the text need a word of caution. */
	note: string;
	/**
	 * What the note is: unplaced (no position), outside-europe (see Kyrgyzstan), reference-date
	 * (reference data dates it otherwise; the text's date is shown), other, or none.
	 */
	noteKind: '' | 'unplaced' | 'outside-europe' | 'reference-date' | 'other';
}

export interface MapRowOptions {
	/** Region of each country (iso3 → 'europe', 'asia', …) from the reference gazetteer. */
	regionByIso3?: ReadonlyMap<string, string>;
}

/** Sector whose mention marks an agreement as a science-and-technology one (sector taxonomy). */
export const SCIENCE_SECTOR = 'science-education-people';

const UNPLACED_NOTE = 'The text does not name the countries, so the map does not place them.';

const sentenceKey = (docId: string, paragraphNo: number, sentenceNo: number) =>
	`${docId}|${paragraphNo}|${sentenceNo}`;

/** Which optional layer an event's places belong to, if any. */
function eventLayer(
	event: EventRow,
	sentence: string,
	scienceSentences: ReadonlySet<string>
): MapLayerId | undefined {
	if (event.kind !== 'agreement') return undefined;
	// The investment protection agreement by its name, as the text and the timeline call it.
	if (/\bEVIPA\b/.test(event.title)) return 'evipa';
	if (event.date.startsWith('2025') && scienceSentences.has(sentence)) return 'st';
	return undefined;
}

/**
 * The note on a hosted delegation whose country the gazetteer places outside Europe while the
 * text counts it among its "European delegations" (Kyrgyzstan).
 */
function outsideEuropeNote(
	data: DashboardData,
	visit: DashboardData['visits'][number],
	region: string | undefined
): string {
	if (visit.direction !== 'inbound' || region === undefined || region === 'europe') return '';
	const count = data.figures.find(
		(f) =>
			f.docId === visit.docId &&
			f.paragraphNo === visit.paragraphNo &&
			f.sentenceNo === visit.sentenceNo &&
			f.kind === 'count' &&
			/\bEuropean\b/.test(f.quote)
	);
	if (!count) return '';
	return `${visit.country} lies outside Europe, but the text counts it among the “${count.quote}”.`;
}

export function mapRows(data: DashboardData, options: MapRowOptions = {}): MapRow[] {
	const rows: MapRow[] = [];
	for (const [i, route] of data.routes.entries()) {
		rows.push({
			key: `route-${i + 1}-${route.destinationIata.toLowerCase()}`,
			layer: 'routes',
			place: `${route.destination}, ${route.country}`,
			iso3: route.iso3,
			what: `${route.origin} (${route.originIata}) – ${route.destination} (${route.destinationIata})`,
			date: route.launched,
			referenceDate: route.referenceLaunched,
			lat: route.destLat,
			lon: route.destLon,
			originLat: route.originLat,
			originLon: route.originLon,
			count: 1,
			quote: route.quote,
			docId: route.docId,
			paragraphNo: route.paragraphNo,
			sentenceNo: route.sentenceNo,
			start: route.start,
			end: route.end,
			note: route.note,
			noteKind: route.referenceLaunched ? 'reference-date' : route.note ? 'other' : ''
		});
	}
	for (const [i, visit] of data.visits.entries()) {
		const layer = visit.direction === 'inbound' ? 'hosted' : 'made';
		const placed = visit.lat !== null && visit.lon !== null;
		const caution = placed
			? outsideEuropeNote(data, visit, options.regionByIso3?.get(visit.iso3))
			: UNPLACED_NOTE;
		rows.push({
			key: `${layer}-${i + 1}-${(visit.iso3 || 'unnamed').toLowerCase()}`,
			layer,
			place: visit.country,
			iso3: visit.iso3,
			what: visit.count > 1 ? `${visit.count} × ${visit.visitor}` : visit.visitor,
			date: visit.date,
			referenceDate: '',
			lat: visit.lat,
			lon: visit.lon,
			originLat: null,
			originLon: null,
			count: visit.count,
			quote: visit.quote,
			docId: visit.docId,
			paragraphNo: visit.paragraphNo,
			sentenceNo: visit.sentenceNo,
			start: visit.start,
			end: visit.end,
			note: caution,
			noteKind: !placed ? 'unplaced' : caution ? 'outside-europe' : ''
		});
	}
	const events = new Map(data.events.map((e) => [e.eventId, e]));
	const scienceSentences = new Set(
		data.sectors
			.filter((s: SectorMentionRow) => s.sector === SCIENCE_SECTOR)
			.map((s) => sentenceKey(s.docId, s.paragraphNo, s.sentenceNo))
	);
	for (const [i, place] of data.eventPlaces.entries()) {
		const event = events.get(place.eventId);
		if (!event) continue;
		const layer = eventLayer(
			event,
			sentenceKey(place.docId, place.paragraphNo, place.sentenceNo),
			scienceSentences
		);
		if (!layer) continue;
		rows.push({
			key: `${layer}-${i + 1}-${(place.iso3 || 'region').toLowerCase()}`,
			layer,
			place: place.place,
			iso3: place.iso3,
			what: event.title,
			date: event.date,
			referenceDate: '',
			lat: place.lat,
			lon: place.lon,
			originLat: null,
			originLon: null,
			count: 1,
			quote: place.quote,
			docId: place.docId,
			paragraphNo: place.paragraphNo,
			sentenceNo: place.sentenceNo,
			start: place.start,
			end: place.end,
			note: place.note,
			noteKind: place.lat === null || place.lon === null ? 'unplaced' : place.note ? 'other' : ''
		});
	}
	const order = new Map(MAP_LAYERS.map((layer, i) => [layer.id, i]));
	// Stable sort: layer order, then the text's order within a layer.
	return rows.sort((a, b) => (order.get(a.layer) ?? 0) - (order.get(b.layer) ?? 0));
}

/** Rows that stand on the map (the others are listed in the table and its notes only). */
export function isPlaced(row: MapRow): row is MapRow & { lat: number; lon: number } {
	return row.lat !== null && row.lon !== null;
}
