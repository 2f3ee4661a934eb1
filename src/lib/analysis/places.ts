/**
 * Gazetteer lookup: finds the countries and cities a text names, with their offsets.
 *
 * Matching is case-sensitive (place names are proper nouns: "EU" must not match "eu"), except
 * that an alias starting with a lower-case article ("the Russian Federation") also matches at
 * the start of a sentence ("The Russian Federation"). A space inside a name matches any run of
 * whitespace, so names broken across CRLF lines are still found. The longest name wins where
 * names overlap ("the Russian Federation" over "Russian Federation").
 */
import { isWhitespaceCode, spanSlice } from './lines';
import type { Gazetteer, Span } from './types';

/** The country whose relations the texts describe: visits to it are inbound, routes start there. */
export const HOME_ISO3 = 'VNM';

export interface PlaceMention extends Span {
	kind: 'country' | 'city';
	/** The gazetteer's name of the place, e.g. 'Russia' for "the Russian Federation". */
	name: string;
	/** ISO 3166-1 alpha-3 of the country (of the city's country for a city). */
	iso3: string;
	/** The exact words, equal to `docText.slice(start, end)`. */
	text: string;
}

interface Term {
	/** The name as written in the gazetteer, with single spaces. */
	text: string;
	kind: PlaceMention['kind'];
	name: string;
	iso3: string;
}

/** Letters and digits: a name must start and end on a boundary between these and the rest. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Per UTF-16 code unit: 1 when it is a letter or digit, 2 when not, 0 not yet known. The scan
 * reads every character of every sentence, so it tests the table, not a regular expression.
 * Surrogate halves count as letters (astral letters stay whole words).
 */
const WORD_TABLE = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
	if (code < 128) {
		return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	}
	let known = WORD_TABLE[code];
	if (known === 0) {
		const isWord = (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
		known = isWord ? 1 : 2;
		WORD_TABLE[code] = known;
	}
	return known === 1;
}

/** End of the run of letters and digits that starts at `from`. */
function wordEnd(text: string, from: number): number {
	let at = from;
	while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
	return at;
}

/**
 * A city name followed by one of these nouns names an instrument, not the city
 * ("the Paris Agreement", "the Hanoi Declaration").
 */
const INSTRUMENT_AFTER_CITY =
	/^\s+(?:Agreement|Accord|Declaration|Convention|Protocol|Principles|Charter|Club|Process|Statement)\b/u;

const firstWord = (text: string) => text.slice(0, wordEnd(text, 0));

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Index of terms by their first word, longest term first so the longest name wins. */
function buildIndex(gazetteer: Gazetteer): Map<string, Term[]> {
	const terms: Term[] = [];
	for (const country of gazetteer.countries) {
		for (const text of new Set([country.name, ...country.aliases])) {
			terms.push({ text, kind: 'country', name: country.name, iso3: country.iso3 });
		}
	}
	for (const city of gazetteer.cities) {
		for (const text of new Set([city.name, ...city.aliases])) {
			terms.push({ text, kind: 'city', name: city.name, iso3: city.iso3 });
		}
	}
	const index = new Map<string, Term[]>();
	const add = (term: Term) => {
		const key = firstWord(term.text);
		if (key === '') throw new Error(`gazetteer name must start with a letter: '${term.text}'`);
		const list = index.get(key) ?? [];
		list.push(term);
		index.set(key, list);
	};
	for (const term of terms) {
		const text = term.text.trim().replace(/\s+/gu, ' ');
		add({ ...term, text });
		if (/^\p{Ll}/u.test(text)) add({ ...term, text: capitalise(text) });
	}
	for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
	return index;
}

/** End offset of `term` matched at `pos` (spaces match any whitespace run), or -1. */
function matchTerm(docText: string, pos: number, term: string, limit: number): number {
	let at = pos;
	for (let i = 0; i < term.length; i++) {
		const ch = term[i];
		if (ch === ' ') {
			if (at >= limit || !isWhitespaceCode(docText.charCodeAt(at))) return -1;
			while (at < limit && isWhitespaceCode(docText.charCodeAt(at))) at++;
		} else {
			if (at >= limit || docText[at] !== ch) return -1;
			at++;
		}
	}
	// The name must end on a word boundary: "Vietnam" is not found in "Vietnamese".
	if (at < docText.length && isWordCode(docText.charCodeAt(at))) return -1;
	return at;
}

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');

/**
 * A regular expression that jumps to where a name may start: a capital a name starts with, or a
 * whole lower-case first word ("the"). Scanning with it is several times faster than reading
 * every character in JavaScript, which matters on 40 MB of text.
 */
function candidateStarts(keys: readonly string[]): RegExp {
	const capitals = new Set<string>();
	const lowerWords = new Set<string>();
	for (const key of keys) {
		if (/^\p{Ll}/u.test(key)) lowerWords.add(key);
		else capitals.add(key.charAt(0));
	}
	const parts = [`[${[...capitals].map(escapeRegExp).join('')}]`];
	for (const word of lowerWords) parts.push(escapeRegExp(word));
	return new RegExp(parts.join('|'), 'g');
}

/** The longest of `candidates` that the text names at `at`, as a mention. */
function matchAt(
	docText: string,
	at: number,
	candidates: readonly Term[],
	limit: number
): PlaceMention | undefined {
	for (const term of candidates) {
		const end = matchTerm(docText, at, term.text, limit);
		if (end < 0) continue;
		if (term.kind === 'city' && INSTRUMENT_AFTER_CITY.test(docText.slice(end, end + 16))) continue;
		const { kind, name, iso3 } = term;
		return { start: at, end, kind, name, iso3, text: docText.slice(at, end) };
	}
	return undefined;
}

/**
 * Compiles the gazetteer once and returns a matcher that lists the places named inside a span
 * of a document, in text order, without overlaps.
 */
export function createPlaceMatcher(
	gazetteer: Gazetteer
): (docText: string, span: Span) => PlaceMention[] {
	const index = buildIndex(gazetteer);
	const starts = candidateStarts([...index.keys()]);
	return (docText, span) => {
		const mentions: PlaceMention[] = [];
		const { begin, text } = spanSlice(docText, span);
		const limit = begin + text.length;
		starts.lastIndex = 0;
		let match: RegExpExecArray | null;
		while ((match = starts.exec(text)) !== null) {
			const at = begin + match.index;
			const end = wordEnd(docText, at);
			starts.lastIndex = end - begin;
			if (at > 0 && isWordCode(docText.charCodeAt(at - 1))) continue;
			const candidates = index.get(docText.slice(at, end));
			const found = candidates === undefined ? undefined : matchAt(docText, at, candidates, limit);
			if (found === undefined) continue;
			mentions.push(found);
			starts.lastIndex = found.end - begin;
		}
		return mentions;
	};
}

export interface PlaceInfo {
	country: string;
	iso3: string;
	lat: number;
	lon: number;
}

const placeLookups = new WeakMap<Gazetteer, (mention: PlaceMention) => PlaceInfo | undefined>();

/** Country name and coordinates for a mention: the capital for a country, the city itself. */
export function placeLookup(
	gazetteer: Gazetteer
): (mention: PlaceMention) => PlaceInfo | undefined {
	const cached = placeLookups.get(gazetteer);
	if (cached !== undefined) return cached;
	const countries = new Map(gazetteer.countries.map((c) => [c.iso3, c]));
	const cities = new Map(gazetteer.cities.map((c) => [c.name, c]));
	const lookup = (mention: PlaceMention): PlaceInfo | undefined => {
		if (mention.kind === 'city') {
			const city = cities.get(mention.name);
			return city && { country: city.country, iso3: city.iso3, lat: city.lat, lon: city.lon };
		}
		const country = countries.get(mention.iso3);
		return (
			country && { country: country.name, iso3: country.iso3, lat: country.lat, lon: country.lon }
		);
	};
	placeLookups.set(gazetteer, lookup);
	return lookup;
}
