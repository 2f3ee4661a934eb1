import { loadDashboardData } from '$lib/server/data';
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
		events: data.events.map(
			({
				eventId,
				date,
				precision,
				title,
				kind,
				docId,
				paragraphNo,
				quote,
				origin,
				sourceUrl,
				note
			}) => ({
				eventId,
				date,
				precision,
				title,
				kind,
				docId,
				paragraphNo,
				quote,
				origin,
				sourceUrl,
				note
			})
		)
	};
};
