/**
 * Regions a text names as a group of countries without listing them: "Central Asian countries",
 * "Central and Eastern European countries", "Nordic nations". They are not in the gazetteer (it
 * holds countries and cities), so they have no code or position; they are still places an event
 * names, and the map can say so.
 *
 * A region is a run of capitalised words (optionally joined by "and") directly before a
 * lower-case "countries", "nations" or "states". "Member States", "United States" (capitalised
 * head) and "EU member states" (lower-case word in between) are not regions; a leading
 * determiner ("Many European countries") is dropped, and so is a place the gazetteer knows
 * ("Estonia and Central Asian countries" → "Central Asian countries").
 */
import { spanSlice } from './lines';
import type { Span } from './types';

export interface RegionMention extends Span {
	/** The words as written, equal to `docText.slice(start, end)`. */
	text: string;
	/** The words with single spaces, e.g. 'Central Asian countries'. */
	name: string;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const HEAD = String.raw`(?:countries|nations|states)`;
const REGION = new RegExp(
	String.raw`(?<![\p{L}\p{N}])${CAPITALISED}(?:\s+(?:and\s+)?${CAPITALISED})*\s+${HEAD}(?![\p{L}\p{N}])`,
	'gu'
);
/** A whole region phrase, to re-check what is left after trimming its start. */
const WHOLE_REGION = new RegExp(
	String.raw`^${CAPITALISED}(?:\s+(?:and\s+)?${CAPITALISED})*\s+${HEAD}$`,
	'u'
);
/** Capitalised at the start of a sentence, but not part of a region's name. */
const DETERMINER =
	/^(?:The|A|An|All|Any|Both|Each|Every|Few|Many|Most|Other|Several|Some|Such|These|Those|Their|Its|Our)\s+/u;
/** What joins a place to the region after it: ", and ", " and ", ", ". */
const JOIN = /^(?:\s*,)?\s*(?:and\s+)?/u;

/**
 * The regions named inside `span` of `docText`, in text order. `places` are the gazetteer
 * mentions in the same span: a region never overlaps one.
 */
export function findRegions(docText: string, span: Span, places: readonly Span[]): RegionMention[] {
	const { begin, text } = spanSlice(docText, span);
	const regions: RegionMention[] = [];
	REGION.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = REGION.exec(text)) !== null) {
		let start = begin + match.index;
		const end = start + match[0].length;
		for (const place of places) {
			if (place.start < end && place.end > start) start = Math.max(start, place.end);
		}
		start += JOIN.exec(docText.slice(start, end))?.[0].length ?? 0;
		start += DETERMINER.exec(docText.slice(start, end))?.[0].length ?? 0;
		const words = docText.slice(start, end);
		if (!WHOLE_REGION.test(words)) continue;
		regions.push({ start, end, text: words, name: words.replace(/\s+/gu, ' ') });
	}
	return regions;
}
