import { CHARTS, commitmentsByChapter, sectorMentions } from '$lib/charts/registry';
import { PRIMARY_DOC_ID } from '$lib/links';
import { buildKpis, summariseStatement } from '$lib/overview/kpis';
import { loadDashboardData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = loadDashboardData();
	const events = data.events;
	return {
		kpis: buildKpis(data),
		statement: summariseStatement(data, PRIMARY_DOC_ID),
		// Every registered chart's rows, for "All charts as a deck" (a few KB compressed).
		deck: Object.values(CHARTS).map((chart) => ({
			id: chart.id,
			rows: chart.rows(data) as unknown[]
		})),
		previews: {
			byChapter: commitmentsByChapter.rows(data),
			sectors: sectorMentions.rows(data).slice(0, 6)
		},
		span: {
			first: events[0]?.date.slice(0, 4) ?? '',
			last: events[events.length - 1]?.date.slice(0, 4) ?? '',
			events: events.length
		},
		places: {
			visits: data.visits.length,
			routes: data.routes.length
		}
	};
};
