/**
 * /embed/<id>: every registered chart, the map and the timeline, chrome-free, prerendered. The page reads
 * its flags (theme, plain, transparent) and the chart's own parameters in the browser.
 */
import { error } from '@sveltejs/kit';
import { CHARTS } from '$lib/charts/registry';
import { DRAWINGS } from '$lib/map/frame';
import { buildMapModel } from '$lib/map/map-model';
import { loadDashboardData } from '$lib/server/data';
import { timelineEventsOf } from '$lib/timeline/timeline-event';
import { loadMapTopology } from '$lib/server/map-geometry';
import type { EntryGenerator, PageServerLoad } from './$types';

const MAP_ID = 'map';
/** The map drawn for a slide (larger names and marks): what its exports and the deck draw. */
const MAP_SLIDE_ID = 'map-slide';
const TIMELINE_ID = 'timeline';
/** The timeline's slide layout (a window a slide holds at 24 px): what its exports and the deck draw. */
const TIMELINE_SLIDE_ID = 'timeline-slide';

export const entries: EntryGenerator = () =>
	[...Object.keys(CHARTS), MAP_ID, MAP_SLIDE_ID, TIMELINE_ID, TIMELINE_SLIDE_ID].map((chart) => ({
		chart
	}));

export const load: PageServerLoad = ({ params }) => {
	const data = loadDashboardData();
	if (params.chart === MAP_ID) {
		return { kind: 'map' as const, id: MAP_ID, map: buildMapModel(data, loadMapTopology()) };
	}
	if (params.chart === MAP_SLIDE_ID) {
		const map = buildMapModel(data, loadMapTopology(), DRAWINGS.slide);
		return { kind: 'map' as const, id: MAP_ID, map };
	}
	if (params.chart === TIMELINE_ID || params.chart === TIMELINE_SLIDE_ID) {
		return {
			kind: 'timeline' as const,
			id: TIMELINE_ID,
			slide: params.chart === TIMELINE_SLIDE_ID,
			documents: data.documents.map(({ docId, kind }) => ({ docId, kind })),
			events: timelineEventsOf(data)
		};
	}
	const chart = CHARTS[params.chart];
	if (!chart) error(404, `No chart called ${params.chart}`);
	return { kind: 'chart' as const, id: chart.id, rows: chart.rows(data) as unknown[] };
};
