import { buildMapModel } from '$lib/map/map-model';
import { loadDashboardData } from '$lib/server/data';
import { loadMapTopology } from '$lib/server/map-geometry';
import type { PageServerLoad } from './$types';

/** The whole map is computed here: the page gets path strings and positions, not geometry. */
export const load: PageServerLoad = () => ({
	map: buildMapModel(loadDashboardData(), loadMapTopology())
});
