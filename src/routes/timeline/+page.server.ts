import { loadDashboardData } from '$lib/server/data';
import { timelineEventsOf } from '$lib/timeline/timeline-event';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
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
