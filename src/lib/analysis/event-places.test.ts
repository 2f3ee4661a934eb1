import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_NOTE, placesNamed } from './event-places';
import { extractEvents } from './events';
import { createPlaceMatcher } from './places';
import type { Gazetteer } from './types';

const gazetteer = JSON.parse(readFileSync('seeds/reference/gazetteer.json', 'utf8')) as Gazetteer;
const matcher = createPlaceMatcher(gazetteer);
const named = (text: string, start = 0, end = text.length) =>
	placesNamed(text, { start, end }, matcher, gazetteer);

describe('placesNamed', () => {
	it('lists countries with their capital’s position, cities with their own, regions without', () => {
		const text =
			'Agreements signed with the Russian Federation, Milan, Italy and Nordic countries in 2024.';
		const found = named(text);
		expect(found.map((p) => [p.placeKind, p.place, p.iso3, p.lat, p.lon, p.quote])).toEqual([
			['country', 'Russia', 'RUS', 55.76, 37.62, 'the Russian Federation'],
			['city', 'Milan', 'ITA', 45.46, 9.19, 'Milan'],
			['country', 'Italy', 'ITA', 41.9, 12.5, 'Italy'],
			['region', 'Nordic countries', '', null, null, 'Nordic countries']
		]);
		expect(found.map((p) => p.note)).toEqual(['', '', '', REGION_NOTE]);
		for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.quote);
	});

	it('names each place once, at its first mention, and looks only inside the span', () => {
		const text = 'Poland. Between Vietnam and Cyprus and between Viet Nam and Malta. Spain.';
		const found = named(text, 8, 66);
		expect(found.map((p) => [p.place, p.quote])).toEqual([
			['Viet Nam', 'Vietnam'],
			['Cyprus', 'Cyprus'],
			['Malta', 'Malta']
		]);
	});

	it('finds nothing in words that name no place', () => {
		expect(named('Both sides will meet in 2027 under the Paris Agreement.')).toEqual([]);
	});

	it('gives each event of a coordinated phrase the places of its own conjunct only', () => {
		const text =
			'The year marked the 60th anniversary of diplomatic relations between Vietnam and Malta and between Vietnam and Nordic countries.';
		const events = extractEvents(
			{ docText: text, start: 0, end: text.length },
			{ docYear: 2025, docDate: '2025-12-01' }
		);
		const placesOf = (title: string) => {
			const event = events.find((e) => e.title.startsWith(title))!;
			const span = event.places ?? { start: event.start!, end: event.end! };
			return named(text, span.start, span.end).map((p) => p.place);
		};
		expect(placesOf('60th anniversary of Viet Nam–Malta')).toEqual(['Viet Nam', 'Malta']);
		expect(placesOf('Viet Nam–Malta relations established')).toEqual(['Viet Nam', 'Malta']);
		expect(placesOf('60th anniversary of Viet Nam–Nordic')).toEqual([
			'Viet Nam',
			'Nordic countries'
		]);
		expect(placesOf('Viet Nam–Nordic countries relations established')).toEqual([
			'Viet Nam',
			'Nordic countries'
		]);
	});
});
