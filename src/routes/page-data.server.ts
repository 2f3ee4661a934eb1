import { CHARTS, commitmentsByChapter, sectorMentions } from '$lib/charts/registry';
import { PRIMARY_DOC_ID } from '$lib/links';
import { buildKpis, summariseStatement } from '$lib/overview/kpis';
import { summariseVisits } from '$lib/overview/visit-summary';
import { loadDashboardData } from '$lib/server/data';
import { loadMapTopology } from '$lib/server/map-geometry';
import { buildMapModel, mapPreview } from '$lib/map/map-model';
import { timelineEventsOf } from '$lib/timeline/timeline-event';
import { timelineEras, timelineSpan } from '$lib/timeline/timeline-eras';

export const pageData = () => {
	const data = loadDashboardData();
	const events = timelineEventsOf(data);
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
		span: { ...timelineSpan(timelineEras(events)), events: events.length },
		mapPreview: mapPreview(buildMapModel(data, loadMapTopology())),
		places: summariseVisits(data).text
	};
};

/** What /page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
