/**
 * The seed events for tests: read straight from data/dashboard.json and checked against the
 * event row schema only, so timeline tests use the real 52 events and do not depend on tables
 * the timeline never reads.
 */
import { z } from 'zod';
import raw from '../../../data/dashboard.json?raw';
import { eventRow } from '$lib/contract/tables';
import { decodeDashboard } from '$lib/data-package/dashboard-json';
import type { TimelineEvent } from './timeline-event';

const packageEvents = z.object({
	documents: z.array(z.object({ docId: z.string(), kind: z.string(), title: z.string() })),
	events: z.array(eventRow)
});

export function seedEvents(): { events: TimelineEvent[]; docKinds: Record<string, string> } {
	const data = packageEvents.parse(decodeDashboard(JSON.parse(raw)));
	return {
		events: data.events,
		docKinds: Object.fromEntries(data.documents.map((d) => [d.docId, d.kind]))
	};
}
