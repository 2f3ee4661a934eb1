/**
 * Direct air routes named in a sentence: "new direct air routes to Europe: Milan, Italy (July
 * 2025); Munich, Germany (October 2025); …". The text names the destination city and the launch
 * month; the origin airport comes from reviewed reference data (seeds/reference/route-origins.json)
 * unless the sentence itself names a home-country city ("flights from Hanoi to Milan").
 */
import { HOME_ISO3, createPlaceMatcher, type PlaceMention } from './places';
import { formatDate } from './dates';
import type { DatePrecision, Gazetteer, GazetteerCity, Route, SentenceInput, Span } from './types';
import { eventDates, firstFrom, type EventDate } from './visits';

/** Reference data: which home airport serves a destination, with its source. */
export interface RouteOrigin {
	destinationIata: string;
	originIata: string;
	sourceUrl: string;
	/**
	 * The reference service in words ("Vietnam Airlines Hanoi–Milan Malpensa flights"); quoted in
	 * the route's note when the reference launch date disagrees with the text.
	 */
	note?: string;
	/** Launch date per the reference source, ISO 8601 at its precision. */
	referenceLaunch?: string;
}

/** Words that make a sentence about air routes ("new direct air routes", "direct flights"). */
const ROUTE_CUE =
	/\b(?:[Ff]lights?|[Aa]ir\s+(?:routes?|links?|connections?|services?)|[Dd]irect\s+routes?)\b/;
/** Cheap gate (no flags): a sentence without these words names no air route. */
const MAY_NAME_ROUTE = /[Ff]light|[Aa]ir|[Rr]oute/;
/** ", Italy" after a city: the country is part of the quote. */
const COUNTRY_SEPARATOR = /\s*,\s*/uy;
const OPEN_PAREN = /\s*\(\s*/uy;
const CLOSE_PAREN = /\s*\)/uy;

/** The reference's launch date when it disagrees with the text's at the coarser precision, else ''. */
function disagreeingLaunch(origin: RouteOrigin | undefined, launched: string): string {
	const reference = origin?.referenceLaunch;
	if (reference === undefined || reference === '' || launched === '') return '';
	const length = Math.min(reference.length, launched.length);
	return reference.slice(0, length) === launched.slice(0, length) ? '' : reference;
}

/** The route's note: set only when the reference launch disagrees at the text's precision. */
function launchNote(origin: RouteOrigin | undefined, launched: string): string {
	const reference = disagreeingLaunch(origin, launched);
	if (reference === '') return '';
	const service = origin?.note || 'the route';
	return `Reference: ${service} began ${formatDate(reference)}; the text dates it ${formatDate(launched)}.`;
}

interface Lookups {
	places: ReturnType<typeof createPlaceMatcher>;
	cityByName: Map<string, GazetteerCity>;
	cityByIata: Map<string, GazetteerCity>;
}

const lookupsByGazetteer = new WeakMap<Gazetteer, Lookups>();

function lookups(gazetteer: Gazetteer): Lookups {
	const cached = lookupsByGazetteer.get(gazetteer);
	if (cached !== undefined) return cached;
	const built: Lookups = {
		places: createPlaceMatcher(gazetteer),
		cityByName: new Map(gazetteer.cities.map((c) => [c.name, c])),
		cityByIata: new Map(gazetteer.cities.map((c) => [c.airport.iata, c]))
	};
	lookupsByGazetteer.set(gazetteer, built);
	return built;
}

function sticky(re: RegExp, text: string, at: number): number {
	re.lastIndex = at;
	const match = re.exec(text);
	return match === null ? -1 : at + match[0].length;
}

/** Where a destination's words end (after ", Country" and a "(Month Year)") and its date. */
function destinationExtent(
	docText: string,
	city: PlaceMention,
	byStart: ReadonlyMap<number, PlaceMention>,
	dates: readonly EventDate[],
	limit: number
): { end: number; date: EventDate | undefined } {
	let end = city.end;
	const afterComma = sticky(COUNTRY_SEPARATOR, docText, end);
	const country = afterComma < 0 ? undefined : byStart.get(afterComma);
	if (country?.kind === 'country' && country.iso3 === city.iso3) end = country.end;
	const open = sticky(OPEN_PAREN, docText, end);
	const next = dates[firstFrom(dates, end)];
	const dated = open >= 0 && next?.start === open ? next : undefined;
	if (dated !== undefined) {
		const close = sticky(CLOSE_PAREN, docText, dated.end);
		return { end: close < 0 ? dated.end : close, date: dated };
	}
	// Otherwise the first date before the next destination ("to Milan in July 2025"), left out of
	// the quote, which names the place.
	return { end, date: next !== undefined && next.end <= limit ? next : undefined };
}

/**
 * Air routes named in one sentence, in text order. A destination without an origin (neither in
 * the sentence nor in `origins`) is left out: a route needs both ends.
 */
export function extractRoutes(
	sentence: SentenceInput,
	gazetteer: Gazetteer,
	origins: RouteOrigin[],
	context: { year: string }
): Route[] {
	const { docText } = sentence;
	const span: Span = {
		start: Math.max(0, sentence.start),
		end: Math.min(docText.length, sentence.end)
	};
	if (span.end <= span.start) return [];
	const text = docText.slice(span.start, span.end);
	const cue = MAY_NAME_ROUTE.test(text) ? ROUTE_CUE.exec(text) : null;
	if (cue === null) return [];
	const { places, cityByName, cityByIata } = lookups(gazetteer);
	const mentions = places(docText, span);
	const cities = mentions.filter((m) => m.kind === 'city');
	const homeCities = cities.filter((m) => m.iso3 === HOME_ISO3);
	const cueAt = span.start + cue.index;
	const destinations = cities.filter((m) => m.iso3 !== HOME_ISO3 && m.start >= cueAt);
	if (destinations.length === 0) return [];
	const byStart = new Map(mentions.map((m) => [m.start, m]));
	const dates = eventDates({ docText, ...span });
	const sentenceDate = dates[0];
	// One home city named in the sentence is the origin for all its destinations.
	const textOrigin =
		homeCities.length === 1 ? cityByName.get(homeCities[0]?.name ?? '') : undefined;
	const routes: Route[] = [];
	destinations.forEach((mention, i) => {
		const city = cityByName.get(mention.name);
		if (city === undefined) return;
		const limit = destinations[i + 1]?.start ?? span.end;
		const extent = destinationExtent(docText, mention, byStart, dates, limit);
		const when: { date: string; precision: DatePrecision } = extent.date ??
			sentenceDate ?? { date: context.year, precision: 'year' };
		const reference = origins.find((o) => o.destinationIata === city.airport.iata);
		const origin = textOrigin ?? cityByIata.get(reference?.originIata ?? '');
		if (origin === undefined) return;
		const fromText = textOrigin !== undefined;
		routes.push({
			start: mention.start,
			end: extent.end,
			origin: origin.name,
			originIata: origin.airport.iata,
			originLat: origin.airport.lat,
			originLon: origin.airport.lon,
			destination: city.name,
			destinationIata: city.airport.iata,
			country: city.country,
			iso3: city.iso3,
			destLat: city.airport.lat,
			destLon: city.airport.lon,
			launched: when.date,
			precision: when.precision,
			quote: docText.slice(mention.start, extent.end),
			originOfFact: fromText ? 'text' : 'reference',
			sourceUrl: fromText ? '' : (reference?.sourceUrl ?? ''),
			note: launchNote(reference, when.date),
			referenceLaunched: disagreeingLaunch(reference, when.date)
		});
	});
	return routes;
}
