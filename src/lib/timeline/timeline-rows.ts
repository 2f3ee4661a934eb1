/**
 * The rows behind the timeline, one per event in time order: what the table alternative lists
 * and what a CSV export or the chart registry writes. Pure; the drawing reads the same events.
 */
import { chronological, eventFacts } from './placed-event';
import { sourceText, type EventSource, type TimelineEvent } from './timeline-event';

export interface TimelineRow {
	eventId: string;
	/** ISO 8601 at its precision ("2025-07"). */
	date: string;
	precision: TimelineEvent['precision'];
	/** The date for people ("Jul 2025"). */
	dateLabel: string;
	title: string;
	kind: TimelineEvent['kind'];
	origin: TimelineEvent['origin'];
	/** The words of the text; empty for reference facts. */
	quote: string;
	note: string;
	/** Where the event opens: `/text#…` or the reference's public page. */
	href: string;
	/** "Joint statement ¶60" or the reference's publisher ("Viet Nam News"). */
	sourceLabel: string;
	/** The reference page's title; empty for the texts. */
	sourceTitle: string;
	external: boolean;
	/** The event's other records: "Joint statement ¶41; VietNamNet, “…”" (empty when one). */
	otherSources: string;
	/** Where each of them opens, in the same order. */
	otherLinks: EventSource[];
}

export function timelineRows(
	events: readonly TimelineEvent[],
	docNames: Readonly<Record<string, string>> = {}
): TimelineRow[] {
	return chronological(events.map((e) => eventFacts(e, docNames))).map((f) => ({
		eventId: f.event.eventId,
		date: f.event.date,
		precision: f.event.precision,
		dateLabel: f.dateLabel,
		title: f.event.title,
		kind: f.event.kind,
		origin: f.event.origin,
		quote: f.event.quote,
		note: f.event.note,
		href: f.source.href,
		sourceLabel: f.source.label,
		sourceTitle: f.source.title,
		external: f.source.external,
		otherSources: f.otherSources.map(sourceText).join('; '),
		otherLinks: f.otherSources
	}));
}
