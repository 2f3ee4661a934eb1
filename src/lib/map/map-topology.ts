/**
 * data/map.topo.json from the world geometry and the reference gazetteer: the countries of the
 * map's frame, simplified and quantised, each named by the gazetteer's alpha-3 code and region
 * where it knows the country (so the map can join the data tables, which use alpha-3). Pure.
 */
import type { Topology } from 'topojson-specification';
import type { Gazetteer } from '../analysis/types';
import { cutTopology, insideBox, type CountryAttributes } from './cut-topology';
import { CLIP_BOX } from './frame';
import { createProjection, mapSize } from './projection';
import { packTopology, type PackOptions } from './pack-topology';

/** File name inside the data package. */
export const MAP_TOPOLOGY_FILE = 'map.topo.json';

/**
 * Sub-pixel at the map's 1,000-unit width (one unit is about 0.2°, so 0.05 deg² is about a
 * square unit), and a 1:5,000 grid (0.04° steps): about 70 KB, 21 KB gzipped.
 */
export const PACK_OPTIONS: PackOptions = { minWeight: 0.05, quantization: 5000 };

export function countryAttributes(gazetteer: Gazetteer): Map<string, CountryAttributes> {
	const attributes = new Map<string, CountryAttributes>();
	for (const country of gazetteer.countries) {
		if (country.isoNumeric) {
			attributes.set(country.isoNumeric, { iso3: country.iso3, region: country.region });
		}
	}
	return attributes;
}

/** A quarter of a map unit (about 0.2°): points closer than this never show. */
const POINT_SPACING = 0.05;

/** Margin around the viewBox within which a polygon still counts as on the map, SVG units. */
const VIEW_MARGIN = 40;

/**
 * Whether a point is on the drawn map (with a margin) and inside the clip box: the box alone
 * is a lon/lat rectangle and would keep northern Brazil, far below the map's west edge.
 */
function onTheMap(): (lon: number, lat: number) => boolean {
	const size = mapSize();
	const projection = createProjection(size);
	const inBox = insideBox(CLIP_BOX);
	return (lon, lat) => {
		if (!inBox(lon, lat)) return false;
		const point = projection([lon, lat]);
		if (!point) return false;
		const [x, y] = point;
		return (
			x >= -VIEW_MARGIN &&
			y >= -VIEW_MARGIN &&
			x <= size.width + VIEW_MARGIN &&
			y <= size.height + VIEW_MARGIN
		);
	};
}

export function buildMapTopology(world: Topology, gazetteer: Gazetteer): string {
	const cut = cutTopology(world, CLIP_BOX, {
		attributes: countryAttributes(gazetteer),
		keep: onTheMap(),
		spacing: POINT_SPACING
	});
	return packTopology(cut, CLIP_BOX, PACK_OPTIONS);
}
