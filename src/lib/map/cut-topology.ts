/**
 * Cuts a world TopoJSON (world-atlas) down to the countries of one lon/lat box, so the site
 * ships a small file instead of the whole world. Pure: no Node or DOM APIs.
 *
 * Polygons are kept when a vertex of theirs is on the map (so France keeps the mainland and
 * Corsica but drops French Guiana and Réunion); then every point is clamped into the box. A
 * clamp is the nearest-point projection onto a convex box, so inside the box each ring still
 * winds around exactly the points it wound around before: fills are unchanged there, and the
 * parts outside collapse onto the box's edges, which sit outside the drawn map.
 */
import type { Arc, GeometryObject, Properties, Topology } from 'topojson-specification';

export interface LonLatBox {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** What the reference gazetteer says of a country, by its numeric id. */
export interface CountryAttributes {
	iso3: string;
	/** 'europe', 'asia', … */
	region: string;
}

/** A country of the cut: its polygons as rings of arc indexes (~i = arc i reversed). */
export interface CutCountry {
	id?: string;
	name?: string;
	iso3?: string;
	region?: string;
	polygons: number[][][];
}

/** A cut topology before simplification: absolute lon/lat arcs, no transform. */
export interface CutTopology {
	arcs: [number, number][][];
	countries: CutCountry[];
}

/** Absolute lon/lat positions of every arc (undoes world-atlas's quantisation and deltas). */
export function decodeArcs(topology: Topology): [number, number][][] {
	const t = topology.transform;
	return topology.arcs.map((arc: Arc) => {
		let x = 0;
		let y = 0;
		return arc.map((position) => {
			const [a = 0, b = 0] = position;
			if (!t) return [a, b];
			x += a;
			y += b;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

const arcIndex = (i: number) => (i < 0 ? ~i : i);

/** Whether a vertex of the polygon's outer ring (holes lie inside it) passes `keep`. */
function polygonMeets(
	rings: number[][],
	arcs: [number, number][][],
	keep: (lon: number, lat: number) => boolean
): boolean {
	for (const i of rings[0] ?? []) {
		for (const [lon, lat] of arcs[arcIndex(i)] ?? []) if (keep(lon, lat)) return true;
	}
	return false;
}

export const insideBox = (box: LonLatBox) => (lon: number, lat: number) =>
	lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const degrees = (value: number) => ((value % 360) + 360) % 360;

/**
 * The box edge nearest to a longitude going round the globe: Chukotka (−170°) is 50° east of a
 * 140° edge but 138° west of a −32° edge, so it goes to the east edge (a plain clamp would pull
 * it across the whole map and the ring would wrap the sphere).
 */
export function clampLongitude(lon: number, box: LonLatBox): number {
	if (lon >= box.west && lon <= box.east) return lon;
	return degrees(lon - box.east) <= degrees(box.west - lon) ? box.east : box.west;
}

function polygonsOf(geometry: GeometryObject<Properties>): number[][][] {
	if (geometry.type === 'Polygon') return [geometry.arcs];
	if (geometry.type === 'MultiPolygon') return geometry.arcs;
	return [];
}

/**
 * The countries of `world.objects[objectName]` with a polygon that has a vertex passing `keep`,
 * with only those polygons, their arcs renumbered in order of first use and clamped into the box.
 */
export interface CutOptions {
	/** The gazetteer's alpha-3 code (the data tables' key) and region, by numeric id. */
	attributes?: ReadonlyMap<string, CountryAttributes>;
	/** Whether a vertex is on the map (default: inside the box). */
	keep?: (lon: number, lat: number) => boolean;
	/** Interior points closer than this to the previous one are dropped (degrees; default 0). */
	spacing?: number;
	objectName?: string;
}

export function cutTopology(
	world: Topology,
	box: LonLatBox,
	options: CutOptions = {}
): CutTopology {
	const {
		attributes = new Map<string, CountryAttributes>(),
		keep = insideBox(box),
		spacing = 0,
		objectName = 'countries'
	} = options;
	const collection = world.objects[objectName];
	if (!collection || collection.type !== 'GeometryCollection') {
		throw new Error(`the topology has no geometry collection named ${objectName}`);
	}
	const source = decodeArcs(world);
	const renumbered = new Map<number, number>();
	const arcs: [number, number][][] = [];
	const take = (i: number): number => {
		const abs = arcIndex(i);
		let next = renumbered.get(abs);
		if (next === undefined) {
			next = arcs.length;
			renumbered.set(abs, next);
			arcs.push(clampArc(source[abs] ?? [], box, spacing));
		}
		return i < 0 ? ~next : next;
	};

	const countries: CutCountry[] = [];
	for (const geometry of collection.geometries) {
		const kept = polygonsOf(geometry).filter((rings) => polygonMeets(rings, source, keep));
		if (kept.length === 0) continue;
		const id = geometry.id === undefined ? undefined : String(geometry.id).padStart(3, '0');
		const name = (geometry.properties as { name?: unknown } | undefined)?.name;
		const known = id === undefined ? undefined : attributes.get(id);
		countries.push({
			...(id === undefined ? {} : { id }),
			...(typeof name === 'string' ? { name } : {}),
			...(known === undefined ? {} : { iso3: known.iso3, region: known.region }),
			polygons: kept.map((rings) => rings.map((ring) => ring.map(take)))
		});
	}
	return { arcs, countries };
}

/**
 * Clamps each point into the box and drops the points the clamp piles up, plus interior points
 * closer than `spacing` degrees to the last one kept (far below what the map can show, and it
 * spares the simplifier most of its work); the arc's ends always stay, so shared arcs still
 * meet. Keeps at least two points.
 */
export function clampArc(arc: [number, number][], box: LonLatBox, spacing = 0): [number, number][] {
	const out: [number, number][] = [];
	const last = arc.length - 1;
	arc.forEach(([lon, lat], i) => {
		const point: [number, number] = [clampLongitude(lon, box), clamp(lat, box.south, box.north)];
		const previous = out[out.length - 1];
		if (previous) {
			const dx = Math.abs(point[0] - previous[0]);
			const dy = Math.abs(point[1] - previous[1]);
			if (dx === 0 && dy === 0) return;
			if (i < last && dx < spacing && dy < spacing) return;
		}
		out.push(point);
	});
	const first = out[0];
	if (out.length === 1 && first) out.push([first[0], first[1]]);
	return out;
}
