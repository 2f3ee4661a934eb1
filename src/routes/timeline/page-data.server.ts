import { loadDashboardData } from '$lib/server/data';
import { timelineEventsOf } from '$lib/timeline/timeline-event';

export const pageData = () => {
	const data = loadDashboardData();
	return {
		documents: data.documents.map(({ docId, kind, title, date, publisher }) => ({
			docId,
			kind,
			title,
			date,
			publisher
		})),
		// Only the fields the timeline draws: the page carries this payload for hydration.
		events: timelineEventsOf(data)
	};
};

/** What /timeline/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
