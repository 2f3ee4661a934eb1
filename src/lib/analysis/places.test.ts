import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOME_ISO3, createPlaceMatcher } from './places';
import type { Gazetteer } from './types';

const gazetteer = JSON.parse(readFileSync('seeds/reference/gazetteer.json', 'utf8')) as Gazetteer;
const places = createPlaceMatcher(gazetteer);
const find = (text: string) => places(text, { start: 0, end: text.length });

describe('gazetteer.json', () => {
	const { countries, cities } = gazetteer;

	it('names its sources', () => {
		expect(gazetteer.source).toMatch(/ISO 3166-1/);
		expect(gazetteer.source).toMatch(/Natural Earth/);
		expect(gazetteer.source).toMatch(/OurAirports/);
	});

	it('is sorted by name and formatted with tabs', () => {
		const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'en'));
		expect(countries.map((c) => c.name)).toEqual(sorted(countries.map((c) => c.name)));
		expect(cities.map((c) => c.name)).toEqual(sorted(cities.map((c) => c.name)));
		const raw = readFileSync('seeds/reference/gazetteer.json', 'utf8');
		expect(raw).toBe(`${JSON.stringify(gazetteer, null, '\t')}\n`);
	});

	it('has unique ISO alpha-3 and numeric codes', () => {
		const iso3 = countries.map((c) => c.iso3);
		expect(new Set(iso3).size).toBe(iso3.length);
		const numeric = countries.map((c) => c.isoNumeric).filter((n) => n !== '');
		expect(new Set(numeric).size).toBe(numeric.length);
		for (const c of countries) {
			expect(c.iso3, c.name).toMatch(/^[A-Z]{3}$/);
			expect(c.isoNumeric, c.name).toMatch(/^(?:\d{3})?$/);
		}
	});

	it('gives every place a name or alias that no other place uses', () => {
		const owner = new Map<string, string>();
		const entries = [
			...countries.map((c) => ({ id: `country:${c.iso3}`, names: [c.name, ...c.aliases] })),
			...cities.map((c) => ({ id: `city:${c.name}`, names: [c.name, ...c.aliases] }))
		];
		for (const { id, names } of entries) {
			for (const name of new Set(names.map((n) => n.toLowerCase()))) {
				expect(owner.get(name) ?? id, `'${name}' names two places`).toBe(id);
				owner.set(name, id);
			}
		}
		expect(owner.size).toBeGreaterThan(countries.length + cities.length);
	});

	it.each([
		['Belgium', 'BEL', '056'],
		['Viet Nam', 'VNM', '704'],
		['Austria', 'AUT', '040'],
		['Russia', 'RUS', '643'],
		['United Kingdom', 'GBR', '826'],
		['Kyrgyzstan', 'KGZ', '417'],
		['European Union', 'EUU', '']
	])('codes %s as %s / %s', (name, iso3, isoNumeric) => {
		expect(countries.find((c) => c.name === name)).toMatchObject({ iso3, isoNumeric });
	});

	it('covers the 27 EU member states and the other countries the texts name', () => {
		const eu = [
			'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT',
			'ROU SVK SVN ESP SWE'
		]
			.join(' ')
			.split(' ');
		const others = 'GBR RUS BLR NOR CHE UKR SRB KGZ KAZ UZB TJK TKM LAO KHM VNM EUU'.split(' ');
		expect(eu).toHaveLength(27);
		const iso3 = new Set(countries.map((c) => c.iso3));
		expect([...eu, ...others].filter((code) => !iso3.has(code))).toEqual([]);
		expect(countries).toHaveLength(eu.length + others.length);
	});

	it('keeps coordinates in range, European capitals inside Europe', () => {
		for (const c of countries) {
			expect(Math.abs(c.lat), c.name).toBeLessThanOrEqual(90);
			expect(Math.abs(c.lon), c.name).toBeLessThanOrEqual(180);
			expect(['europe', 'asia'], c.name).toContain(c.region);
			if (c.region === 'europe') {
				expect(c.lon, c.name).toBeGreaterThanOrEqual(-25);
				expect(c.lon, c.name).toBeLessThanOrEqual(45);
				expect(c.lat, c.name).toBeGreaterThanOrEqual(34);
				expect(c.lat, c.name).toBeLessThanOrEqual(72);
			}
		}
	});

	it('puts each city and its airport in its country, within 60 km of each other', () => {
		const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
		const iatas = cities.map((c) => c.airport.iata);
		expect(new Set(iatas).size).toBe(iatas.length);
		for (const city of cities) {
			expect(byIso3.get(city.iso3)?.name, city.name).toBe(city.country);
			expect(city.airport.iata, city.name).toMatch(/^[A-Z]{3}$/);
			const kmPerDegree = 111.32;
			const dLat = (city.lat - city.airport.lat) * kmPerDegree;
			const dLon =
				(city.lon - city.airport.lon) * kmPerDegree * Math.cos((city.lat * Math.PI) / 180);
			expect(Math.hypot(dLat, dLon), city.name).toBeLessThan(60);
		}
	});

	it('places each capital that is also a listed city at the same point', () => {
		const cityByName = new Map(cities.map((c) => [c.name, c]));
		const capitals = countries.filter((c) => cityByName.has(c.capital));
		expect(capitals.length).toBeGreaterThan(8);
		for (const country of capitals) {
			expect([country.lat, country.lon], country.name).toEqual([
				cityByName.get(country.capital)?.lat,
				cityByName.get(country.capital)?.lon
			]);
		}
	});
});

describe('createPlaceMatcher', () => {
	it.each([
		['Vietnam’s exports', [['country', 'Viet Nam', 'Vietnam']]],
		[
			'Viet Nam - Laos/Cambodia - EU',
			[
				['country', 'Viet Nam', 'Viet Nam'],
				['country', 'Laos', 'Laos'],
				['country', 'Cambodia', 'Cambodia'],
				['country', 'European Union', 'EU']
			]
		],
		['to the Russian Federation to attend', [['country', 'Russia', 'the Russian Federation']]],
		[
			'The Russian Federation and Ukraine',
			[
				['country', 'Russia', 'The Russian Federation'],
				['country', 'Ukraine', 'Ukraine']
			]
		],
		[
			'including the UK and Finland',
			[
				['country', 'United Kingdom', 'the UK'],
				['country', 'Finland', 'Finland']
			]
		],
		['approved in Hanoi on 29 January', [['city', 'Hanoi', 'Hanoi']]],
		['President of the European Council', [['country', 'European Union', 'European Council']]],
		['Vietnamese leaders and eu members in Francefield', []],
		['in line with the Paris Agreement', []],
		['a flight to Paris in May', [['city', 'Paris', 'Paris']]],
		[
			'Ho Chi Minh City and HCM City',
			[
				['city', 'Ho Chi Minh City', 'Ho Chi Minh City'],
				['city', 'Ho Chi Minh City', 'HCM City']
			]
		]
	])('finds the places in %j', (text, expected) => {
		expect(find(text).map((m) => [m.kind, m.name, m.text])).toEqual(expected);
	});

	it('matches names broken across CRLF lines and keeps exact offsets', () => {
		const text = 'visit to the Russian\r\nFederation and Viet\r\nNam.';
		const found = find(text);
		expect(found.map((m) => [m.iso3, m.text])).toEqual([
			['RUS', 'the Russian\r\nFederation'],
			[HOME_ISO3, 'Viet\r\nNam']
		]);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
	});

	it('looks only inside the span, never across its end', () => {
		const text = 'France, Germany and Italy';
		expect(places(text, { start: 8, end: text.length }).map((m) => m.name)).toEqual([
			'Germany',
			'Italy'
		]);
		// A span that starts inside a word does not find the word's tail ("ermany").
		expect(places(text, { start: 9, end: text.length }).map((m) => m.name)).toEqual(['Italy']);
		expect(places(text, { start: 0, end: 12 }).map((m) => m.name)).toEqual(['France']);
	});

	it('never throws and every mention slices exactly (any text, any span)', () => {
		const alphabet = fc.constantFrom(
			...'Viet Nam the Russian Federation UK EU Paris Agreement Hanoi , ;\r\n’'.split(' '),
			' ',
			'a',
			'\r\n'
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.array(alphabet).map((parts) => parts.join(''))
				),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(text, a, b) => {
					const [from, to] = [a, b].map((x) => Math.round(x * text.length)) as [number, number];
					const span = { start: Math.min(from, to), end: Math.max(from, to) };
					const found = places(text, span);
					const exact = found.every(
						(m) =>
							text.slice(m.start, m.end) === m.text && m.start >= span.start && m.end <= span.end
					);
					expect(exact).toBe(true);
				}
			),
			{ numRuns: 500 }
		);
	});
});
