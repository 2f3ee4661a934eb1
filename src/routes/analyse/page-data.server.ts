import { compareLength } from '$lib/charts/registry';
import { loadDashboardData } from '$lib/server/data';

export const pageData = () => ({
	// The corpus a statement read here is set among: /compare's rows, on the same scales.
	corpus: compareLength.rows(loadDashboardData())
});

/** What /analyse/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
