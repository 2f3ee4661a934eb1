/**
 * /embed/<id>: every registered chart and the map, chrome-free, prerendered. The page reads
 * its flags (theme, plain, transparent) and the chart's own parameters in the browser.
 */
import { error } from '@sveltejs/kit';
import { CHARTS } from '$lib/charts/registry';
import { buildMapModel } from '$lib/map/map-model';
import { loadDashboardData } from '$lib/server/data';
import { loadMapTopology } from '$lib/server/map-geometry';
import type { EntryGenerator, PageServerLoad } from './$types';

const MAP_ID = 'map';

export const entries: EntryGenerator = () =>
	[...Object.keys(CHARTS), MAP_ID].map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const data = loadDashboardData();
	if (params.chart === MAP_ID) {
		return { kind: 'map' as const, id: MAP_ID, map: buildMapModel(data, loadMapTopology()) };
	}
	const chart = CHARTS[params.chart];
	if (!chart) error(404, `No chart called ${params.chart}`);
	return { kind: 'chart' as const, id: chart.id, rows: chart.rows(data) as unknown[] };
};
