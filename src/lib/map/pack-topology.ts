/**
 * Simplifies, quantises and serialises a cut topology into the bytes of data/map.topo.json.
 * Deterministic: fixed key order, a transform derived from the box (not from the data), and
 * integer delta-encoded arcs, so the same input gives the same bytes on every run.
 */
import { quantize } from 'topojson-client';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import type { CutTopology, LonLatBox } from './cut-topology';

export interface PackOptions {
	/** Smallest triangle (degrees², scaled by cos(latitude)) a point must span to be kept. */
	minWeight: number;
	/** Grid steps across the box on each axis (quantisation). */
	quantization: number;
}

/** The object name the site reads. */
export const COUNTRIES_OBJECT = 'countries';

/** A geometry of the packed file, keys in the order they are written. */
export interface PackedCountry {
	type: 'Polygon' | 'MultiPolygon';
	id?: string;
	properties: { name?: string; iso3?: string; region?: string };
	arcs: number[][] | number[][][];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Visvalingam areas shrink towards the poles on the sphere; lon/lat areas do not. */
function weight(triangle: [[number, number], [number, number], [number, number]]): number {
	return planarTriangleArea(triangle) * Math.cos((triangle[1][1] * Math.PI) / 180);
}

export function packTopology(cut: CutTopology, box: LonLatBox, options: PackOptions): string {
	const geometries: PackedCountry[] = cut.countries.map((country) => ({
		type: country.polygons.length === 1 ? 'Polygon' : 'MultiPolygon',
		...(country.id === undefined ? {} : { id: country.id }),
		properties: {
			...(country.name === undefined ? {} : { name: country.name }),
			...(country.iso3 === undefined ? {} : { iso3: country.iso3 }),
			...(country.region === undefined ? {} : { region: country.region })
		},
		arcs: country.polygons.length === 1 ? (country.polygons[0] ?? []) : country.polygons
	}));
	const raw = {
		type: 'Topology',
		bbox: [box.west, box.south, box.east, box.north],
		objects: { [COUNTRIES_OBJECT]: { type: 'GeometryCollection', geometries } },
		arcs: cut.arcs
	} as unknown as Topology<Objects<PackedCountry['properties']>>;
	const simplified = simplify(presimplify(raw, weight), options.minWeight);
	const n = options.quantization;
	const transform = {
		scale: [round((box.east - box.west) / (n - 1), 9), round((box.north - box.south) / (n - 1), 9)],
		translate: [box.west, box.south]
	} as Topology['transform'] & object;
	const quantized = quantize(simplified, transform);
	return serializeTopology(quantized.arcs as number[][][], transform, box, geometries);
}

/** JSON with a fixed key order; arcs one per line so diffs stay readable. */
function serializeTopology(
	arcs: number[][][],
	transform: { scale: [number, number]; translate: [number, number] },
	box: LonLatBox,
	geometries: PackedCountry[]
): string {
	const head = {
		type: 'Topology',
		bbox: [box.west, box.south, box.east, box.north],
		transform: { scale: transform.scale, translate: transform.translate },
		objects: {
			[COUNTRIES_OBJECT]: {
				type: 'GeometryCollection',
				geometries: geometries.map((g) => ({
					type: g.type,
					...(g.id === undefined ? {} : { id: g.id }),
					properties: g.properties,
					arcs: g.arcs
				}))
			}
		}
	};
	const lines = arcs.map((arc) => JSON.stringify(arc.map(([x = 0, y = 0]) => [x, y])));
	const json = JSON.stringify(head);
	return `${json.slice(0, -1)},"arcs":[\n${lines.join(',\n')}\n]}\n`;
}
