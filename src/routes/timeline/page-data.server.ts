import { loadDashboardData } from '$lib/server/data';
import { docNamesOf, timelineEventsOf } from '$lib/timeline/timeline-event';
import { timelineLayouts } from '$lib/timeline/timeline-layouts';

export const pageData = () => {
	const data = loadDashboardData();
	const events = timelineEventsOf(data);
	return {
		documents: data.documents.map(({ docId, kind, title, date, publisher }) => ({
			docId,
			kind,
			title,
			date,
			publisher
		})),
		// Only the fields the timeline draws.
		events,
		layouts: timelineLayouts(events, docNamesOf(data.documents))
	};
};

/** What /timeline/page-data.json holds (see $lib/page-data.ts). */
export type PageDataJson = ReturnType<typeof pageData>;
