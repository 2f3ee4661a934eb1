/**
 * The seed events for tests: read straight from data/dashboard.json and checked against the
 * event and event-source row schemas only, so timeline tests use the real events and do not depend on tables
 * the timeline never reads.
 */
import { z } from 'zod';
import raw from '../../../data/dashboard.json?raw';
import { eventRow, eventSourceRow } from '$lib/contract/tables';
import { decodeDashboard } from '$lib/data-package/dashboard-json';
import { timelineEventsOf, type TimelineEvent } from './timeline-event';

const packageEvents = z.object({
	documents: z.array(z.object({ docId: z.string(), kind: z.string(), title: z.string() })),
	events: z.array(eventRow),
	eventSources: z.array(eventSourceRow)
});

export function seedEvents(): { events: TimelineEvent[]; docKinds: Record<string, string> } {
	const data = packageEvents.parse(decodeDashboard(JSON.parse(raw)));
	return {
		events: timelineEventsOf(data),
		docKinds: Object.fromEntries(data.documents.map((d) => [d.docId, d.kind]))
	};
}
