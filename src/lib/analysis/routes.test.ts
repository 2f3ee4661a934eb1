import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pieces, quotesSliceExactly } from './fuzz.testing';
import { itFindsNothingIn, sentenceStarting, whole } from './spans.testing';
import { extractRoutes, type RouteOrigin } from './routes';
import type { Gazetteer, Route, SentenceInput } from './types';

const gazetteer = JSON.parse(readFileSync('seeds/reference/gazetteer.json', 'utf8')) as Gazetteer;
const origins = JSON.parse(
	readFileSync('seeds/reference/route-origins.json', 'utf8')
) as RouteOrigin[];
const ARTICLE = readFileSync('seeds/001_d8726251e0999ed0.txt', 'utf8').replace(/^\uFEFF/, '');
const STATEMENT = readFileSync('seeds/000_094e36a2e337436e.txt', 'utf8').replace(/^\uFEFF/, '');

const routes = (s: SentenceInput, list: RouteOrigin[] = origins) =>
	extractRoutes(s, gazetteer, list, { year: '2025' });
const ROUTES_OPENING = 'In particular, the launch of new direct air routes';

describe('route-origins.json', () => {
	it('gives each origin a home airport from the gazetteer and a source', () => {
		const iata = new Map(gazetteer.cities.map((c) => [c.airport.iata, c]));
		expect(origins.map((o) => o.destinationIata)).toEqual(['CPH', 'MUC', 'MXP']);
		for (const o of origins) {
			expect(iata.get(o.originIata)?.iso3, o.destinationIata).toBe('VNM');
			expect(iata.has(o.destinationIata), o.destinationIata).toBe(true);
			expect(o.sourceUrl).toMatch(/^https:\/\//);
			expect(o.referenceLaunch ?? '').toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
		}
	});
});

describe('extractRoutes on the article', () => {
	const found = routes(sentenceStarting(ARTICLE, ROUTES_OPENING));
	/** A route as one line: '<from>–<to> <city>, <country> (<iso3>) <launched> <precision> <origin of fact>: <quote>'. */
	const brief = (r: Route) =>
		`${r.originIata}–${r.destinationIata} ${r.destination}, ${r.country} (${r.iso3}) ${r.launched} ${r.precision} ${r.originOfFact}: ${r.quote}`;

	it('reads three routes with their month and a reference origin', () => {
		expect(found.map(brief)).toEqual([
			'HAN–MXP Milan, Italy (ITA) 2025-07 month reference: Milan, Italy (July 2025)',
			'HAN–MUC Munich, Germany (DEU) 2025-10 month reference: Munich, Germany (October 2025)',
			'SGN–CPH Copenhagen, Denmark (DNK) 2025-12 month reference: Copenhagen, Denmark (December 2025)'
		]);

		for (const r of found) expect(ARTICLE.slice(r.start, r.end)).toBe(r.quote);
	});

	it('places both ends at their airports', () => {
		expect(found[0]).toMatchObject({
			origin: 'Hanoi',
			originLat: 21.22,
			originLon: 105.81,
			destLat: 45.63,
			destLon: 8.73
		});
		expect(found[2]).toMatchObject({ origin: 'Ho Chi Minh City', originLat: 10.82 });
	});

	it('notes where the reference launch disagrees with the text, and only there', () => {
		expect(found.map((r) => r.note)).toEqual([
			'',
			expect.stringMatching(/^Reference: .*began October 2024; the text dates it October 2025\.$/),
			''
		]);
		expect(found[1]?.sourceUrl).toContain('aviation24.be');
		expect(found.map((r) => [r.launched, r.referenceLaunched])).toEqual([
			['2025-07', ''],
			['2025-10', '2024-10'],
			['2025-12', '']
		]);
	});

	it('follows the text when a month or a city is edited', () => {
		const edited = ARTICLE.replace('Milan, Italy (July 2025)', 'Milan, Italy (August 2025)');
		const [milan] = routes(sentenceStarting(edited, ROUTES_OPENING));
		expect(milan).toMatchObject({ launched: '2025-08', quote: 'Milan, Italy (August 2025)' });
		expect(milan?.note).toBe(
			'Reference: Vietnam Airlines Hanoi–Milan Malpensa flights began 1 July 2025; the text dates it August 2025.'
		);
		expect(milan?.referenceLaunched).toBe('2025-07-01');
		const moved = ARTICLE.replace(
			'Munich, Germany (October 2025)',
			'Vienna, Austria (October 2025)'
		);
		// Vienna has no reference origin: the route is not invented.
		expect(routes(sentenceStarting(moved, ROUTES_OPENING)).map((r) => r.destinationIata)).toEqual([
			'MXP',
			'CPH'
		]);
	});
});

describe('extractRoutes: sentences without routes', () => {
	itFindsNothingIn(routes, [
		'Both sides will promote the opening of more direct flights between Viet Nam and EU Member States.',
		'Austria’s Vienna concert series (November 2025) was held in Hanoi.',
		'Both sides support Critical Maritime Routes in the Indo-Pacific.',
		'The Paris Agreement guides flights of policy.'
	]);

	it('returns [] for the Joint Statement as a whole', () => {
		expect(routes(whole(STATEMENT))).toEqual([]);
	});
});

describe('extractRoutes on hand-made sentences', () => {
	it('takes the origin from the text when it names a home city', () => {
		const [route] = routes(whole('Direct flights from Da Nang to Milan began in May 2026.'));
		expect(route).toMatchObject({
			origin: 'Da Nang',
			originIata: 'DAD',
			destinationIata: 'MXP',
			launched: '2026-05',
			quote: 'Milan',
			originOfFact: 'text',
			sourceUrl: '',
			note: 'Reference: Vietnam Airlines Hanoi–Milan Malpensa flights began 1 July 2025; the text dates it May 2026.'
		});
	});

	it('falls back to the context year when no month is given', () => {
		const [route] = routes(whole('New air routes to Copenhagen opened.'));
		expect(route).toMatchObject({ launched: '2025', precision: 'year', note: '' });
	});

	it('never throws and quotes always slice exactly', () => {
		const words = pieces(
			'direct air routes to Europe:|flights|Milan, Italy|Munich|Germany|Copenhagen, Denmark|Hanoi|(July 2025)|(|)|;|in 2024|\r\n'
		);
		const found = quotesSliceExactly(routes, words, { maxWords: 20 });
		expect(found).toBeGreaterThan(0);
	});
});
