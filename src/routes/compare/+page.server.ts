import { compareLength, compareSectors } from '$lib/charts/registry';
import { loadDashboardData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = loadDashboardData();
	return {
		// One row per statement feeds every bar chart of the page (their registry rows are these).
		statements: compareLength.rows(data),
		sectorCells: compareSectors.rows(data),
		addresses: Object.fromEntries(data.compare.map((s) => [s.docId, s.url]))
	};
};
