/**
 * Reads the world geometry (world-atlas, Natural Earth 1:50m: the 1:110m file lacks small
 * states, the 1:10m one has inverted Maldives rings) and returns data/map.topo.json's contents.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { Gazetteer } from '../../src/lib/analysis/types';
import { buildMapTopology } from '../../src/lib/map/map-topology';

export { MAP_TOPOLOGY_FILE } from '../../src/lib/map/map-topology';

const WORLD = 'world-atlas/countries-50m.json';

export async function mapTopologyFile(gazetteer: Gazetteer): Promise<string> {
	const file = createRequire(import.meta.url).resolve(WORLD);
	const world = JSON.parse(await readFile(file, 'utf8')) as Topology;
	return buildMapTopology(world, gazetteer);
}
