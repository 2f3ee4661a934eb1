import { buildMapModel } from '$lib/map/map-model';
import { loadDashboardData } from '$lib/server/data';
import { loadMapTopology } from '$lib/server/map-geometry';

/** The whole map is computed here: the page gets path strings and positions, not geometry. */
export const pageData = () => ({
	map: buildMapModel(loadDashboardData(), loadMapTopology())
});

/** What /map/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
