import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../analysis/types';
import { clampArc, clampLongitude, cutTopology, decodeArcs } from './cut-topology';
import { CLIP_BOX } from './frame';
import { buildMapTopology, MAP_TOPOLOGY_FILE } from './map-topology';

const require = createRequire(import.meta.url);
const world = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology;
const gazetteer = JSON.parse(readFileSync('seeds/reference/gazetteer.json', 'utf8')) as Gazetteer;
const text = buildMapTopology(world, gazetteer);
const topology = JSON.parse(text) as Topology;
const countries = feature(
	topology,
	topology.objects.countries as GeometryCollection<{ name?: string; iso3?: string }>
).features;
const byId = new Map(countries.map((c) => [c.id, c]));

describe('buildMapTopology', () => {
	it('keeps Europe, Central Asia and Viet Nam, and drops far-off countries', () => {
		for (const id of ['704', '276', '417', '352', '620', '196', '643', '040']) {
			expect(byId.has(id), id).toBe(true);
		}
		for (const id of ['076', '036', '124', '840', '710', '032'])
			expect(byId.has(id), id).toBe(false);
	});

	it('keeps ids as zero-padded strings and names countries by the gazetteer', () => {
		const austria = byId.get('040');
		expect(austria?.id).toBe('040');
		expect(austria?.properties).toEqual({ name: 'Austria', iso3: 'AUT', region: 'europe' });
		expect(byId.get('417')?.properties).toMatchObject({ iso3: 'KGZ', region: 'asia' });
	});

	it("keeps Viet Nam's islands (Phu Quoc, Con Dao)", () => {
		const vietNam = byId.get('704');
		expect(vietNam?.geometry.type).toBe('MultiPolygon');
		const polygons = vietNam?.geometry.type === 'MultiPolygon' ? vietNam.geometry.coordinates : [];
		expect(polygons.length).toBe(8);
		const [[west, south], [east, north]] = geoBounds(vietNam!);
		expect(south).toBeLessThan(8.7); // Con Dao and Ca Mau
		expect(west).toBeLessThan(104); // Phu Quoc
		expect(east).toBeGreaterThan(109);
		expect(north).toBeGreaterThan(23);
	});

	it('drops the parts of a country outside the frame (French Guiana, Réunion)', () => {
		const [[west, south]] = geoBounds(byId.get('250')!);
		expect(west).toBeGreaterThan(-6);
		expect(south).toBeGreaterThan(41);
	});

	it('never wraps a ring round the globe (Chukotka crosses the antimeridian)', () => {
		const largest = Math.max(...countries.map((c) => geoArea(c)));
		// Russia is the largest, about 0.4 sr after the cut; an inverted ring would be > 2π.
		expect(byId.get('643') && geoArea(byId.get('643')!)).toBe(largest);
		expect(largest).toBeLessThan(0.6);
	});

	it('is small and byte-identical on every run, and is what data/ holds', () => {
		expect(text.length).toBeLessThan(100_000);
		expect(buildMapTopology(world, gazetteer)).toBe(text);
		expect(readFileSync(`data/${MAP_TOPOLOGY_FILE}`, 'utf8')).toBe(text);
		expect(topology.bbox).toEqual([CLIP_BOX.west, CLIP_BOX.south, CLIP_BOX.east, CLIP_BOX.north]);
	});
});

describe('clamping', () => {
	const box = { west: -32, south: -12, east: 140, north: 82 };

	it('sends a longitude to the nearer edge going round the globe', () => {
		expect(clampLongitude(10, box)).toBe(10);
		expect(clampLongitude(-170, box)).toBe(140);
		expect(clampLongitude(-60, box)).toBe(-32);
		expect(clampLongitude(179.9, box)).toBe(140);
	});

	it('drops the repeats a clamp creates but keeps two points', () => {
		expect(
			clampArc(
				[
					[150, 10],
					[160, 20],
					[130, 30]
				],
				box
			)
		).toEqual([
			[140, 10],
			[140, 20],
			[130, 30]
		]);
		expect(
			clampArc(
				[
					[150, 85],
					[160, 86]
				],
				box
			)
		).toEqual([
			[140, 82],
			[140, 82]
		]);
	});

	it('decodes quantised, delta-encoded arcs', () => {
		const arcs = decodeArcs({
			type: 'Topology',
			objects: {},
			transform: { scale: [0.5, 2], translate: [10, -5] },
			arcs: [
				[
					[2, 3],
					[1, -1]
				]
			]
		});
		expect(arcs).toEqual([
			[
				[11, 1],
				[11.5, -1]
			]
		]);
	});

	it('renumbers the arcs it keeps in order of first use', () => {
		const cut = cutTopology(world, CLIP_BOX);
		const used = new Set(
			cut.countries.flatMap((c) => c.polygons.flat(2).map((i) => (i < 0 ? ~i : i)))
		);
		expect(used.size).toBe(cut.arcs.length);
		expect(Math.max(...used)).toBe(cut.arcs.length - 1);
	});
});
