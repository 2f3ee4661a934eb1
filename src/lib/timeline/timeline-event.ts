/**
 * The fields of an event row the timeline uses, and where each event's source lives: a paragraph
 * of the texts (`/text#…`) or, for a reference fact, its public source page.
 */
import type { EventRow, EventSourceRow } from '$lib/contract/tables';
import { textHref } from '$lib/links';

/** The fields of an event the timeline draws (and nothing more travels to the page). */
const TIMELINE_FIELDS = [
	'eventId',
	'date',
	'precision',
	'title',
	'kind',
	'docId',
	'paragraphNo',
	'quote',
	'origin',
	'sourceUrl',
	'sourcePublisher',
	'sourceTitle',
	'note'
] as const satisfies readonly (keyof EventRow)[];

/** A further record of an event: a sentence of the texts, or a reference fact (its URL). */
export type OtherSource = Pick<
	EventSourceRow,
	'origin' | 'docId' | 'paragraphNo' | 'sourceUrl' | 'sourcePublisher' | 'sourceTitle'
>;

export type TimelineEvent = Pick<EventRow, (typeof TIMELINE_FIELDS)[number]> & {
	/** The event's other records (event-sources.csv beyond the shown one), in their order. */
	otherSources: OtherSource[];
};

export interface EventSource {
	href: string;
	external: boolean;
	/** Who the source is: "Joint statement ¶60", or a reference's publisher ("Viet Nam News"). */
	label: string;
	/** A reference page's own title (the link's words beside its publisher); '' for the texts. */
	title: string;
}

/** "Viet Nam News, “Vietnam Airlines inaugurates …”" or "Joint statement ¶60": one line of text. */
export function sourceText(source: EventSource): string {
	return source.title ? `${source.label}, “${source.title}”` : source.label;
}

/**
 * Where an event opens. Throws when a text event has no paragraph or a reference fact no URL:
 * every mark on the timeline must lead to its source, so a gap is a data error.
 */
export function eventSource(
	event: Omit<TimelineEvent, 'otherSources'> | (OtherSource & { eventId?: string }),
	docNames: Readonly<Record<string, string>>
): EventSource {
	const eventId = 'eventId' in event ? event.eventId : '';
	if (event.origin === 'reference') {
		if (!event.sourceUrl) throw new Error(`Reference event ${eventId} has no source URL`);
		// Named by its reviewed publisher and title: a host name can be a CMS's, not the publisher's.
		if (!event.sourcePublisher || !event.sourceTitle) {
			throw new Error(`Reference event ${eventId} has no source publisher or title`);
		}
		return {
			href: event.sourceUrl,
			external: true,
			label: event.sourcePublisher,
			title: event.sourceTitle
		};
	}
	if (event.paragraphNo === null || !event.docId) {
		throw new Error(`Text event ${eventId} has no source paragraph`);
	}
	const doc = docNames[event.docId] ?? event.docId;
	return {
		href: textHref(event.docId, event.paragraphNo),
		external: false,
		label: `${doc} ¶${event.paragraphNo}`,
		title: ''
	};
}

/** "joint-statement" → "Joint statement": the short name of a document, from its kind. */
export function docShortName(kind: string): string {
	const words = kind.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Short document names by docId, for link labels ("Joint statement ¶60"). */
export function docNamesOf(
	documents: readonly { docId: string; kind: string }[]
): Record<string, string> {
	return Object.fromEntries(documents.map((d) => [d.docId, docShortName(d.kind)]));
}

/** Where each further record of an event opens, the shown one left out. */
export function otherEventSources(
	event: TimelineEvent,
	docNames: Readonly<Record<string, string>>
): EventSource[] {
	return event.otherSources.map((s) => eventSource({ ...s, eventId: event.eventId }, docNames));
}

/**
 * Only the fields the timeline draws, so a page's hydration data carries nothing more; with the
 * event's other records from `sources` (the event-sources rows, any order of events).
 */
export function toTimelineEvent(e: EventRow, sources: readonly EventSourceRow[]): TimelineEvent {
	const picked = Object.fromEntries(TIMELINE_FIELDS.map((k) => [k, e[k]])) as Omit<
		TimelineEvent,
		'otherSources'
	>;
	const otherSources = sources
		.filter((s) => s.eventId === e.eventId && s.sourceNo > 1)
		.sort((a, b) => a.sourceNo - b.sourceNo)
		.map(({ origin, docId, paragraphNo, sourceUrl, sourcePublisher, sourceTitle }) => ({
			origin,
			docId,
			paragraphNo,
			sourceUrl,
			sourcePublisher,
			sourceTitle
		}));
	return { ...picked, otherSources };
}

/** Every event of the package as the timeline draws it. */
export function timelineEventsOf(data: {
	events: readonly EventRow[];
	eventSources: readonly EventSourceRow[];
}): TimelineEvent[] {
	const byEvent = new Map<string, EventSourceRow[]>();
	for (const s of data.eventSources) {
		const list = byEvent.get(s.eventId) ?? [];
		list.push(s);
		byEvent.set(s.eventId, list);
	}
	return data.events.map((e) => toTimelineEvent(e, byEvent.get(e.eventId) ?? []));
}
