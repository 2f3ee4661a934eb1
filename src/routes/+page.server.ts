import { loadDashboardData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = loadDashboardData();
	return {
		documents: data.documents,
		chapters: data.chapters,
		figures: data.figures,
		visits: data.visits,
		routes: data.routes,
		events: data.events,
		totals: {
			clauses: data.clauses.length,
			commitments: data.clauses.filter((c) => c.level >= 3).length,
			sectorMentions: data.sectors.length
		}
	};
};
