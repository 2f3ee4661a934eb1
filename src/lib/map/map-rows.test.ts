import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../analysis/types';
import { parseDashboard } from '../data-package/dashboard-json';
import { isPlaced, mapRows, type MapRow } from './map-rows';

const data = parseDashboard(readFileSync('data/dashboard.json', 'utf8'));
const gazetteer = JSON.parse(readFileSync('seeds/reference/gazetteer.json', 'utf8')) as Gazetteer;
const regionByIso3 = new Map(gazetteer.countries.map((c) => [c.iso3, c.region]));
const rows = mapRows(data, { regionByIso3 });
const layer = (id: MapRow['layer']) => rows.filter((r) => r.layer === id);

describe('mapRows', () => {
	it('has the three 2025 routes with their months, origins and the source paragraph', () => {
		expect(layer('routes').map((r) => [r.place, r.date])).toEqual([
			['Milan, Italy', '2025-07'],
			['Munich, Germany', '2025-10'],
			['Copenhagen, Denmark', '2025-12']
		]);
		const copenhagen = layer('routes')[2];
		expect(copenhagen?.what).toBe('Ho Chi Minh City (SGN) – Copenhagen (CPH)');
		expect([copenhagen?.originLat, copenhagen?.originLon]).toEqual([10.82, 106.65]);
		expect(copenhagen?.quote).toBe('Copenhagen, Denmark (December 2025)');
		expect(copenhagen?.paragraphNo).toBe(12);
	});

	it('splits visits into delegations hosted (by origin) and visits made (by destination)', () => {
		expect(layer('hosted').map((r) => r.place)).toEqual([
			'Belgium',
			'France',
			'Hungary',
			'Lithuania',
			'Russia',
			'Spain',
			'Kyrgyzstan',
			'',
			'European Union'
		]);
		expect(layer('made').map((r) => r.place)).toEqual([
			'Estonia',
			'Russia',
			'Belarus',
			'Bulgaria',
			'United Kingdom',
			'Finland'
		]);
		// The text's 12 delegations: seven named ones and five Speakers, all in 2025.
		const in2025 = layer('hosted').filter((r) => r.date === '2025');
		expect(in2025.reduce((sum, r) => sum + r.count, 0)).toBe(12);
	});

	it('keeps the five Speakers of parliament as a note, not a point', () => {
		const speakers = layer('hosted').find((r) => r.count === 5);
		expect(speakers?.quote).toBe('Speakers of parliament from five partner countries');
		expect(speakers && isPlaced(speakers)).toBe(false);
		expect(speakers?.noteKind).toBe('unplaced');
	});

	it('notes that the text counts Kyrgyzstan among the European delegations', () => {
		const kyrgyzstan = rows.find((r) => r.iso3 === 'KGZ');
		expect(kyrgyzstan?.noteKind).toBe('outside-europe');
		expect(kyrgyzstan?.note).toBe(
			'Kyrgyzstan lies outside Europe, but the text counts it among the “12 high-level European delegations”.'
		);
		expect(rows.filter((r) => r.noteKind === 'outside-europe')).toHaveLength(1);
		expect(mapRows(data).find((r) => r.iso3 === 'KGZ')?.note).toBe('');
	});

	it('reads the EVIPA ratifications and the 2025 science agreements from the event places', () => {
		expect(layer('evipa').map((r) => r.iso3)).toEqual(['CYP', 'POL', 'DEU']);
		expect(layer('evipa')[0]?.what).toBe('EVIPA ratified by Cyprus, Poland, and Germany');
		expect(layer('st').map((r) => r.place)).toEqual([
			'Russia',
			'France',
			'Sweden',
			'Estonia',
			'Central Asian countries'
		]);
		const region = layer('st').at(-1);
		expect(region && isPlaced(region)).toBe(false);
		expect(region?.noteKind).toBe('unplaced');
	});

	it('gives every row a unique key and words that are in its paragraph', () => {
		expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
		const paragraphs = new Map(data.paragraphs.map((p) => [`${p.docId}|${p.paragraphNo}`, p.text]));
		for (const row of rows) {
			expect(paragraphs.get(`${row.docId}|${row.paragraphNo}`), row.key).toContain(row.quote);
		}
	});
});
