/**
 * The places an event's own words name, so the map can draw an event as a layer ("EVIPA
 * ratified by …", "agreements signed with …"). Read from the event's quote with the gazetteer
 * matcher, plus regions the text names without listing their countries.
 */
import { placeLookup, type createPlaceMatcher } from './places';
import { findRegions } from './regions';
import type { Gazetteer, Span } from './types';

export type PlaceKind = 'country' | 'city' | 'region';

export interface NamedPlace extends Span {
	placeKind: PlaceKind;
	/** Gazetteer name of the country or city ('Russia' for "the Russian Federation"); a region as written. */
	place: string;
	/** ISO 3166-1 alpha-3 (the city's country for a city); '' for a region. */
	iso3: string;
	/** The capital's position for a country, the city's for a city; null for a region. */
	lat: number | null;
	lon: number | null;
	/** The exact words, equal to `docText.slice(start, end)`. */
	quote: string;
	note: string;
}

export const REGION_NOTE =
	'A group of countries the text does not list: no code and no position, so the map names it instead of drawing it.';

/**
 * Places named inside `span` of `docText`, in text order, each once (the first mention is kept:
 * "between Vietnam and …, and between Vietnam and …" names Viet Nam once).
 */
export function placesNamed(
	docText: string,
	span: Span,
	matchPlaces: ReturnType<typeof createPlaceMatcher>,
	gazetteer: Gazetteer
): NamedPlace[] {
	const lookup = placeLookup(gazetteer);
	const mentions = matchPlaces(docText, span);
	const found: NamedPlace[] = [];
	for (const mention of mentions) {
		const info = lookup(mention);
		found.push({
			placeKind: mention.kind,
			place: mention.name,
			iso3: mention.iso3,
			lat: info?.lat ?? null,
			lon: info?.lon ?? null,
			quote: mention.text,
			start: mention.start,
			end: mention.end,
			note: ''
		});
	}
	for (const region of findRegions(docText, span, mentions)) {
		found.push({
			placeKind: 'region',
			place: region.name,
			iso3: '',
			lat: null,
			lon: null,
			quote: region.text,
			start: region.start,
			end: region.end,
			note: REGION_NOTE
		});
	}
	found.sort((a, b) => a.start - b.start);
	const seen = new Set<string>();
	return found.filter((p) => {
		const key = `${p.placeKind}|${p.place}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
