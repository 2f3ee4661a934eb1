/**
 * The one importer of data/map.topo.json (written by npm run preprocess): the map's country
 * outlines, read on the server at build time only, so the geometry never ships to browsers.
 */
import raw from '../../../data/map.topo.json?raw';
import type { Topology } from 'topojson-specification';
import { COUNTRIES_OBJECT } from '$lib/map/pack-topology';

let cached: Topology | undefined;

export function loadMapTopology(): Topology {
	if (!cached) {
		const topology = JSON.parse(raw) as Topology;
		if (topology.type !== 'Topology' || topology.objects[COUNTRIES_OBJECT] === undefined) {
			throw new Error(
				`data/map.topo.json has no "${COUNTRIES_OBJECT}" object. Run npm run preprocess.`
			);
		}
		cached = topology;
	}
	return cached;
}
