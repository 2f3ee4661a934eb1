import { compareLength, compareSectors } from '$lib/charts/registry';
import { loadDashboardData } from '$lib/server/data';

export const pageData = () => {
	const data = loadDashboardData();
	return {
		// One row per statement feeds every bar chart of the page (their registry rows are these).
		statements: compareLength.rows(data),
		sectorCells: compareSectors.rows(data),
		addresses: Object.fromEntries(data.compare.map((s) => [s.docId, s.url]))
	};
};

/** What /compare/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
